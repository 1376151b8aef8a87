// How the question steps change the answers: each edit makes the store's next snapshot. Apart from
// the store (store.ts), which is in the element's first load, because only the question steps and
// the summary's readiness check (lazy parts) edit answers one by one; the first load only replaces,
// moves and resets them. A step edits through `edits(this.store)`.
import type { BiomarkerId, PriorityId, PriorityLevel, Profile, Test } from '../engine/index.js';
import { BIOMARKER_IDS, emptyProfile } from '../engine/profile.js';
import type { GateAnswer, ListField, ReadinessItem, SingleField, Store, UnsureField } from './store.js';

export class AnswerEdits {
  readonly #store: Store;

  constructor(store: Store) {
    this.#store = store;
  }

  #unsure(field: UnsureField, on: boolean): UnsureField[] {
    const others = this.#store.snapshot.unsure.filter((f) => f !== field);
    return on ? [...others, field] : others;
  }

  answer<K extends SingleField>(field: K, value: Profile[K]): void {
    this.#store.commit({ profile: { ...this.#store.snapshot.profile, [field]: value }, unsure: this.#unsure(field, value === 'unknown') });
  }

  setBiomarker(id: BiomarkerId, value: Test): void {
    const p = this.#store.snapshot.profile;
    this.#store.commit({
      profile: { ...p, biomarkers: { ...p.biomarkers, [id]: value } },
      unsure: this.#unsure(`biomarkers.${id}`, value === 'unknown'),
      biomarkerGate: 'yes',
    });
  }

  /**
   * The biomarker gate. "No" or "Not sure" hides the biomarker questions and sets them back to not
   * answered (hidden answers must not steer the engine); what was entered is kept in memory (the
   * store's `stash`), so a "Yes" a moment later brings it back rather than losing it.
   */
  setBiomarkerGate(answer: GateAnswer): void {
    const store = this.#store;
    const { profile: p, unsure } = store.snapshot;
    if (answer === 'yes') {
      const stash = store.stash;
      store.stash = undefined;
      store.commit({ biomarkerGate: 'yes', ...(stash ? { profile: { ...p, biomarkers: stash.biomarkers }, unsure: [...unsure, ...stash.unsure] } : {}) });
      return;
    }
    const answered = BIOMARKER_IDS.some((id) => p.biomarkers[id] !== 'unknown' || unsure.includes(`biomarkers.${id}`));
    if (answered) store.stash = { biomarkers: p.biomarkers, unsure: unsure.filter((f) => f.startsWith('biomarkers.')) };
    store.commit({
      biomarkerGate: answer,
      profile: answered ? { ...p, biomarkers: emptyProfile().biomarkers } : p,
      unsure: unsure.filter((f) => !f.startsWith('biomarkers.')),
    });
  }

  /**
   * Add or remove one entry of a multi-choice answer, in the order of `order` — the question's
   * vocabulary (engine/vocabulary.ts), which the step renders its choices from — so equal answers
   * are equal.
   */
  toggle<K extends ListField>(field: K, value: Profile[K][number], on: boolean, order: readonly Profile[K][number][]): void {
    const { profile: p, unsure } = this.#store.snapshot;
    const current = new Set<string>(p[field]);
    if (on) current.add(value);
    else current.delete(value);
    const ordered = (order as readonly string[]).filter((v) => current.has(v));
    this.#store.commit({ profile: { ...p, [field]: ordered } as Profile, unsure: on ? unsure.filter((f) => f !== field) : unsure });
  }

  /** "I'm not sure" for a multi-choice question: clears its choices, since they are what we're unsure of. */
  setUnsure(field: ListField, on: boolean): void {
    const p = this.#store.snapshot.profile;
    const others = this.#unsure(field, false);
    this.#store.commit(on ? { profile: { ...p, [field]: [] } as Profile, unsure: [...others, field] } : { unsure: others });
  }

  setPriority(id: PriorityId, level: PriorityLevel | undefined): void {
    const p = this.#store.snapshot.profile;
    const priorities = { ...p.priorities };
    if (level === undefined) delete priorities[id];
    else priorities[id] = level;
    this.#store.commit({ profile: { ...p, priorities } });
  }

  setReadiness(id: ReadinessItem, value: 'yes' | 'no'): void {
    this.#store.commit({ readiness: { ...this.#store.snapshot.readiness, [id]: value } });
  }
}

/** The edits a step can make to `store`'s answers. */
export const edits = (store: Store): AnswerEdits => new AnswerEdits(store);
