// The one place answers live. Views read an immutable snapshot and change it only through intents;
// each intent makes a new snapshot, and the assessment is always derived from the profile, never stored.
import { evaluate, emptyProfile, completeness } from '../engine/index.js';
import type { Assessment, BiomarkerId, PriorityId, PriorityLevel, Profile, Site, Symptom, Test, TreatmentId } from '../engine/index.js';
import { SITES, SYMPTOMS, TREATMENT_IDS } from '../engine/vocabulary.js';
import type { StepId } from './steps.js';

export type SureId = 'sure' | 'informed' | 'values' | 'support';
export type SureAnswers = Partial<Record<SureId, 'yes' | 'no'>>;

export interface Snapshot {
  readonly profile: Profile;
  readonly assessment: Assessment;
  /** 0..1, share of the questions that apply which have an answer. */
  readonly completeness: number;
  readonly step: StepId;
  /** The readiness check (SURE) is about the person, not the medicine: kept beside, never in, the profile. */
  readonly sure: SureAnswers;
  /** Multi-choice questions answered "I'm not sure" (the profile holds them as empty lists). */
  readonly unsure: readonly ListField[];
}

export type ListField = 'sites' | 'symptoms' | 'received';
const LIST_ORDER: { [K in ListField]: readonly Profile[K][number][] } = { sites: SITES, symptoms: SYMPTOMS, received: TREATMENT_IDS };

interface Parts {
  profile: Profile;
  step: StepId;
  sure: SureAnswers;
  unsure: readonly ListField[];
}

function snapshotOf(parts: Parts, previous?: Snapshot): Snapshot {
  // The engine runs only when the answers changed; moving between steps reuses the assessment.
  const same = previous?.profile === parts.profile;
  return {
    ...parts,
    assessment: same ? previous.assessment : evaluate(parts.profile),
    completeness: same ? previous.completeness : completeness(parts.profile),
  };
}

export type Listener = (snapshot: Snapshot, previous: Snapshot) => void;

export class Store {
  #snapshot: Snapshot;
  readonly #listeners = new Set<Listener>();

  constructor(step: StepId = 'intro') {
    this.#snapshot = snapshotOf({ profile: emptyProfile(), step, sure: {}, unsure: [] });
  }

  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #commit(next: Partial<Parts>): void {
    const prev = this.#snapshot;
    const { profile, step, sure, unsure } = prev;
    this.#snapshot = snapshotOf({ profile, step, sure, unsure, ...next }, prev);
    for (const l of this.#listeners) l(this.#snapshot, prev);
  }

  /** Replace all answers (already validated by parseProfile). */
  setProfile(profile: Profile, step?: StepId): void {
    this.#commit({ profile, unsure: [], ...(step ? { step } : {}) });
  }

  answer<K extends Exclude<keyof Profile, 'biomarkers' | 'priorities' | ListField>>(field: K, value: Profile[K]): void {
    this.#commit({ profile: { ...this.#snapshot.profile, [field]: value } });
  }

  setBiomarker(id: BiomarkerId, value: Test): void {
    const p = this.#snapshot.profile;
    this.#commit({ profile: { ...p, biomarkers: { ...p.biomarkers, [id]: value } } });
  }

  /** Add or remove one entry of a multi-choice answer, keeping vocabulary order (so equal answers are equal). */
  toggle<K extends ListField>(field: K, value: Profile[K][number], on: boolean): void {
    const p = this.#snapshot.profile;
    const current = new Set<string>(p[field]);
    if (on) current.add(value);
    else current.delete(value);
    const ordered = (LIST_ORDER[field] as readonly string[]).filter((v) => current.has(v));
    const unsure = on ? this.#snapshot.unsure.filter((f) => f !== field) : this.#snapshot.unsure;
    this.#commit({ profile: { ...p, [field]: ordered } as Profile, unsure });
  }

  /** "I'm not sure" for a multi-choice question: clears its choices, since they are what we're unsure of. */
  setUnsure(field: ListField, on: boolean): void {
    const p = this.#snapshot.profile;
    const others = this.#snapshot.unsure.filter((f) => f !== field);
    this.#commit(on ? { profile: { ...p, [field]: [] } as Profile, unsure: [...others, field] } : { unsure: others });
  }

  setPriority(id: PriorityId, level: PriorityLevel | undefined): void {
    const p = this.#snapshot.profile;
    const priorities = { ...p.priorities };
    if (level === undefined) delete priorities[id];
    else priorities[id] = level;
    this.#commit({ profile: { ...p, priorities } });
  }

  setSure(id: SureId, value: 'yes' | 'no'): void {
    this.#commit({ sure: { ...this.#snapshot.sure, [id]: value } });
  }

  goTo(step: StepId): void {
    if (step !== this.#snapshot.step) this.#commit({ step });
  }

  reset(step: StepId): void {
    this.#commit({ profile: emptyProfile(), step, sure: {}, unsure: [] });
  }
}

export type { Site, Symptom, TreatmentId };
