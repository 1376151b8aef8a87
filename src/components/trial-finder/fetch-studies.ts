// One request per press. Every way it can fail becomes one of a few named problems the finder can
// explain in the person's language; none of them throws past here or touches the answers.
import { parseStudyPage, type StudyPage } from './response.js';

export const TIMEOUT_MS = 8000;
/**
 * A page of PAGE_SIZE studies with only the fields we ask for is a few tens of KB; a body far larger
 * is a broken or hostile server (or proxy) and is refused before it is parsed.
 */
export const MAX_RESPONSE_CHARS = 1_000_000;
/** When the server asks us to wait longer than this, we still wait only this long before allowing a retry. */
const MAX_WAIT_S = 300;
const DEFAULT_WAIT_S = { busy: 30, server: 15 } as const;

export type Problem =
  | { kind: 'offline' }
  | { kind: 'timeout' }
  | { kind: 'busy'; waitSeconds: number }
  | { kind: 'server'; waitSeconds: number }
  | { kind: 'malformed' }
  /** Refused before any answer: usually the API not allowing this page's origin (CORS), or a blocker. */
  | { kind: 'blocked' }
  | { kind: 'refused'; status: number }
  | { kind: 'aborted' };

export type Outcome = { ok: true; page: StudyPage } | { ok: false; problem: Problem };

/** Retry-After: delay-seconds or an HTTP date; anything else gives the default. */
export function retryAfterSeconds(header: string | null, fallback: number, now = Date.now()): number {
  const h = header?.trim();
  let s = fallback;
  if (h && /^\d{1,7}$/.test(h)) s = Number(h);
  else if (h) {
    const at = Date.parse(h);
    if (!Number.isNaN(at)) s = Math.ceil((at - now) / 1000);
  }
  return Math.min(MAX_WAIT_S, Math.max(1, s));
}

const online = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * GET the study page. `signal` aborts it (new search, step change); the 8 s limit is ours. No
 * cookies, no referrer: the registry learns the words sent and nothing about the page or person.
 */
export async function fetchStudies(url: string, signal: AbortSignal, fetchImpl: typeof fetch = fetch): Promise<Outcome> {
  if (!online()) return { ok: false, problem: { kind: 'offline' } };
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, TIMEOUT_MS);
  const onAbort = () => ctrl.abort();
  signal.addEventListener('abort', onAbort);
  if (signal.aborted) ctrl.abort();
  try {
    let res: Response;
    try {
      res = await fetchImpl(url, {
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        mode: 'cors',
        cache: 'no-store',
        headers: { accept: 'application/json' },
        signal: ctrl.signal,
      });
    } catch {
      return problem(timedOut, signal, online() ? { kind: 'blocked' } : { kind: 'offline' });
    }
    if (res.status === 429) return { ok: false, problem: { kind: 'busy', waitSeconds: retryAfterSeconds(res.headers.get('retry-after'), DEFAULT_WAIT_S.busy) } };
    if (res.status >= 500) return { ok: false, problem: { kind: 'server', waitSeconds: retryAfterSeconds(res.headers.get('retry-after'), DEFAULT_WAIT_S.server) } };
    if (!res.ok) return { ok: false, problem: { kind: 'refused', status: res.status } };
    if (Number(res.headers.get('content-length')) > MAX_RESPONSE_CHARS) return { ok: false, problem: { kind: 'malformed' } };
    let data: unknown;
    try {
      const text = await res.text();
      if (text.length > MAX_RESPONSE_CHARS) return { ok: false, problem: { kind: 'malformed' } };
      data = JSON.parse(text);
    } catch {
      return problem(timedOut, signal, { kind: 'malformed' });
    }
    const page = parseStudyPage(data);
    return page ? { ok: true, page } : { ok: false, problem: { kind: 'malformed' } };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function problem(timedOut: boolean, signal: AbortSignal, otherwise: Problem): Outcome {
  if (signal.aborted) return { ok: false, problem: { kind: 'aborted' } };
  return { ok: false, problem: timedOut ? { kind: 'timeout' } : otherwise };
}
