// The one place answers live. Views read an immutable snapshot and change it only through intents;
// each intent makes a new snapshot, and the assessment is always derived from the profile, never stored
// (computed when first read, then kept for as long as the answers stay the same).
// The engine's rules are a lazy part (questions.ts): until the element hands them over with
// setEvaluator(), the assessment is null and the answers are kept as they are. So are the edits the
// question steps make (state/answer-edits.ts): the first load only replaces, moves and resets.
import { emptyProfile } from '../engine/profile.js';
import type { Assessment, BiomarkerId, Profile } from '../engine/index.js';
import { BIOMARKER_IDS } from '../engine/profile.js';
import type { StepId } from './steps.js';

/** The four items of the SURE readiness check; their answers are the person's, kept beside the profile. */
export type ReadinessItem = 'sure' | 'informed' | 'values' | 'support';
export type ReadinessAnswers = Partial<Record<ReadinessItem, 'yes' | 'no'>>;

export interface Snapshot {
  readonly profile: Profile;
  /** null until the engine has loaded (the element's `ready`). */
  readonly assessment: Assessment | null;
  readonly step: StepId;
  /** The readiness check (SURE) is about the person, not the medicine: kept beside, never in, the profile. */
  readonly readiness: ReadinessAnswers;
  /**
   * Questions the person answered "I'm not sure". The profile holds those as 'unknown' (or an empty
   * list), exactly like questions never touched; this list is what tells the two apart on screen, so
   * an untouched question shows nothing selected and the summary can say "not answered".
   */
  readonly unsure: readonly UnsureField[];
  /** "Do you have any gene or biomarker results?" — undefined until answered. */
  readonly biomarkerGate: GateAnswer | undefined;
}

export type ListField = 'sites' | 'symptoms' | 'received';
export type SingleField = 'hr' | 'her2' | 'menopause' | 'rapidOrganThreat' | 'earlyRelapse' | 'metastaticLines';
export type UnsureField = ListField | SingleField | `biomarkers.${BiomarkerId}`;
export type GateAnswer = 'yes' | 'no' | 'unknown';

export interface Parts {
  profile: Profile;
  step: StepId;
  readiness: ReadinessAnswers;
  unsure: readonly UnsureField[];
  biomarkerGate: GateAnswer | undefined;
}

export type Evaluator = (profile: Profile) => Assessment;

function snapshotOf(parts: Parts, assess: Evaluator | undefined): Snapshot {
  return {
    ...parts,
    get assessment(): Assessment | null {
      return assess ? assess(parts.profile) : null;
    },
  };
}

export type Listener = (snapshot: Snapshot, previous: Snapshot) => void;

export class Store {
  #snapshot: Snapshot;
  #evaluate: Evaluator | undefined;
  /**
   * The engine runs when an assessment is first read (only the comparison, the summary and the
   * element's getter read it), once per set of answers: moving between steps reuses it.
   */
  readonly #assessed = new WeakMap<Profile, Assessment>();
  readonly #assess = (p: Profile): Assessment => this.#assessed.get(p) ?? this.#assessed.set(p, this.#evaluate!(p)).get(p)!;
  readonly #listeners = new Set<Listener>();

  constructor(step: StepId = 'intro', evaluate?: Evaluator) {
    this.#evaluate = evaluate;
    this.#snapshot = snapshotOf({ profile: emptyProfile(), step, readiness: {}, unsure: [], biomarkerGate: undefined }, evaluate && this.#assess);
  }

  /** The engine has arrived: from now on every snapshot carries the assessment. */
  /**
   * Biomarker answers hidden by a "No" to "Do you have any results?", kept in memory so that a "Yes" a
   * moment later brings them back (state/answer-edits.ts); replacing the answers drops them.
   */
  stash: { biomarkers: Profile['biomarkers']; unsure: UnsureField[] } | undefined;

  setEvaluator(evaluate: Evaluator): void {
    if (this.#evaluate) return;
    this.#evaluate = evaluate;
    this.commit({});
  }

  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * The next snapshot: what `next` changes, the rest as it was. For the answer edits of the question
   * steps (state/answer-edits.ts) and the methods below; views never call it.
   */
  commit(next: Partial<Parts>): void {
    const prev = this.#snapshot;
    const { profile, step, readiness, unsure, biomarkerGate } = prev;
    this.#snapshot = snapshotOf({ profile, step, readiness, unsure, biomarkerGate, ...next }, this.#evaluate && this.#assess);
    for (const l of this.#listeners) l(this.#snapshot, prev);
  }

  /** Replace all answers (already validated by parseProfile). */
  setProfile(profile: Profile, step?: StepId): void {
    this.stash = undefined;
    this.commit({ profile, unsure: [], biomarkerGate: gateOf(profile), ...(step ? { step } : {}) });
  }

  goTo(step: StepId): void {
    if (step !== this.#snapshot.step) this.commit({ step });
  }

  reset(step: StepId): void {
    this.stash = undefined;
    this.commit({ profile: emptyProfile(), step, readiness: {}, unsure: [], biomarkerGate: undefined });
  }
}

/** A profile that already holds a biomarker result has, in effect, answered the gate "yes". */
function gateOf(p: Profile): GateAnswer | undefined {
  return BIOMARKER_IDS.some((id) => p.biomarkers[id] !== 'unknown') ? 'yes' : undefined;
}

/** Shown as answered: a value other than 'unknown', or "I'm not sure" chosen on purpose. */
export function isAnswered(s: Pick<Snapshot, 'profile' | 'unsure'>, field: UnsureField): boolean {
  if (s.unsure.includes(field)) return true;
  const p = s.profile;
  if (field.startsWith('biomarkers.')) return p.biomarkers[field.slice('biomarkers.'.length) as BiomarkerId] !== 'unknown';
  const v = p[field as SingleField | ListField];
  return Array.isArray(v) ? v.length > 0 : v !== 'unknown';
}
