// The one way the widget loads a lazy part (a step's code, the knowledge data, a language's text):
// a dynamic import() relative to this module, so every bundler splits it and the script-tag build
// fetches it as a native chunk beside the entry — no asset base URL, no second script.
//
// Failure states are explicit (PartFailure) so views can say what happened and tests can cause each
// one (see setImporterForTesting). A part is requested once per page and shared by every widget on
// it; a failure is not kept, so the next request — made only when the person presses "Try again" —
// imports again. That request starts a new attempt: a request still unanswered from before it is
// not waited on again (the file may have been broken then), for this part or any other.

/** Why a part did not arrive. */
export type PartFailure =
  /** The module could not be fetched or evaluated (offline, 404, blocked by the host's CSP). */
  | 'network'
  /** No answer within LOAD_TIMEOUT_MS. */
  | 'timeout'
  /** It arrived but does not hold what we expect (a stale or foreign file). */
  | 'invalid';

export type PartState<T = unknown> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly reason: PartFailure };

export class PartError extends Error {
  constructor(
    readonly part: string,
    readonly reason: PartFailure,
    options?: { cause?: unknown },
  ) {
    super(`mbc: could not load ${part} (${reason})`, options);
    this.name = 'PartError';
  }
}

/** Long enough for a slow phone connection, short enough that nobody waits on a spinner for ever. */
const LOAD_TIMEOUT_MS = 15000;

type Importer = () => Promise<unknown>;

/** A request for a part, in the attempt it was made in; `ok` or `failed` once it settled. */
interface Request {
  request: Promise<unknown>;
  attempt: number;
  ok?: boolean;
  failed?: boolean;
}
/** Every part's latest request: shared while on its way, kept once it arrived, made again after a failure. */
const requests = new Map<string, Request>();
const overrides = new Map<string, Importer>();
let timeoutForTesting: number | undefined;

/**
 * Counts the person's "Try again" presses, as seen from here: a part that failed is asked for again.
 * Read by the script-tag build's chunk loader too (scripts/rollup-fresh-retry.mjs), which then asks
 * for a file still unanswered from an earlier attempt under a fresh URL.
 */
export let attempt = 0;
let counted = false;

/**
 * Loads `part` once per page with `importer` (a function holding a literal `import()`, so bundlers
 * see it), checks it with `accept` and resolves with what `accept` returns. Rejects with a PartError.
 */
export function loadPart<T>(part: string, importer: Importer, accept: (module: unknown) => T | undefined, timeoutMs = timeoutForTesting ?? LOAD_TIMEOUT_MS): Promise<T> {
  const hit = requests.get(part);
  if (hit?.failed && !counted) {
    // One press retries several parts (the question steps and the comparison): one attempt for all.
    attempt++;
    counted = true;
    setTimeout(() => (counted = false));
  }
  // A part that arrived is kept; one still on its way is shared, unless it was asked for before a "Try again".
  if (hit && !hit.failed && (hit.ok || hit.attempt === attempt)) return hit.request as Promise<T>;
  const request = withTimeout(part, (overrides.get(part) ?? importer)(), timeoutMs).then((module) => {
    const value = accept(module);
    if (value === undefined) throw new PartError(part, 'invalid');
    return value;
  });
  const entry: Request = { request, attempt };
  requests.set(part, entry);
  request.then(
    () => (entry.ok = true),
    () => (entry.failed = true),
  );
  return request;
}

function withTimeout(part: string, request: Promise<unknown>, ms: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PartError(part, 'timeout')), ms);
    request.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (cause: unknown) => {
        clearTimeout(timer);
        reject(cause instanceof PartError ? cause : new PartError(part, 'network', { cause }));
      },
    );
  });
}

/** The reason behind any rejection from loadPart (anything else counts as 'network'). */
export const failureOf = (error: unknown): PartFailure => (error instanceof PartError ? error.reason : 'network');

/**
 * Tests (and only tests) replace how a part is imported — to make it fail, hang or arrive late —
 * and call it again with `undefined` to restore it. Forgets any request already made for the part.
 */
export function setImporterForTesting(part: string, importer: Importer | undefined): void {
  requests.delete(part);
  if (importer) overrides.set(part, importer);
  else overrides.delete(part);
}

/** Tests shorten the time limit to see a 'timeout' without waiting 15 s; `undefined` restores it. */
export function setLoadTimeoutForTesting(ms: number | undefined): void {
  timeoutForTesting = ms;
}
