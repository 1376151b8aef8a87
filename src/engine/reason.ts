// Building blocks shared by every rule: statuses, reason definitions and verdicts.
// A ReasonDef is created once at module load (key + sources; reason-defs.ts lists them all); a Reason is a ReasonDef traced to the
// answers it came from. Sources arrays are frozen and shared between calls, so evaluate() allocates
// only what differs per profile.
import type { AnswerPath, MessageKey, Reason, SourceId, Status } from './types.js';

export const OFTEN: Status = 'often-considered';
export const SOMETIMES: Status = 'sometimes-considered';
export const DEPENDS: Status = 'depends-on-tests';
export const NOT: Status = 'not-usually-used';

export interface ReasonDef {
  readonly key: MessageKey;
  readonly sources: readonly SourceId[];
}

export const def = (key: MessageKey, ...sources: SourceId[]): ReasonDef => Object.freeze({ key, sources: Object.freeze(sources) });

/** The reason, traced to the answers it depends on. */
export function why(d: ReasonDef, ...because: AnswerPath[]): Reason {
  return { key: d.key, because, sources: d.sources as SourceId[] };
}

export interface Verdict {
  status: Status;
  reasons: Reason[];
}

export const verdict = (status: Status, ...reasons: Reason[]): Verdict => ({ status, reasons });

// An option is as present in the discussion as its most discussed approach; an approach that waits
// for a test outranks one that is not usually used, so the option points the person to the test.
const RANK: Record<Status, number> = {
  'often-considered': 0,
  'sometimes-considered': 1,
  'depends-on-tests': 2,
  'not-usually-used': 3,
};

export function strongest(verdicts: readonly Verdict[]): Status {
  let best: Status = NOT;
  for (const v of verdicts) if (RANK[v.status] < RANK[best]) best = v.status;
  return best;
}

/**
 * Lowers 'often' to 'sometimes' when a situation makes the approach less discussed, saying why.
 * Returns a new verdict: the one given may be shared by several rules and must stay as it was.
 */
export function cap(v: Verdict, when: boolean, reason: () => Reason): Verdict {
  if (!when || v.status !== OFTEN) return v;
  return { ...v, status: SOMETIMES, reasons: [...v.reasons, reason()] };
}
