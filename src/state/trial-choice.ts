// Studies the person chose to take to their appointment, and the finder's last ticks and place.
// Kept per widget (per store) in memory only: never in storage, never sent, and in the share link
// only when the person ticks "add to the link". Small and free of the finder, so the summary's
// share button can read it without loading the finder.
import { completeness } from '../engine/flow.js';
import type { Store } from './store.js';

export interface ChosenStudy {
  nctId: string;
  title: string;
}

export interface TrialChoice {
  chosen: ChosenStudy[];
  /** The person ticked "put these study numbers in the share link". */
  share: boolean;
  /** Finder inputs, so coming back to the summary shows what was ticked and typed. */
  ticked?: string[];
  place?: string;
}

const memory = new WeakMap<Store, TrialChoice>();

export function trialChoice(store: Store): TrialChoice {
  let c = memory.get(store);
  if (!c) {
    memory.set(store, (c = { chosen: [], share: false }));
    // "Start over" empties every answer: the studies chosen for those answers go with them.
    const off = store.subscribe((now, before) => {
      if (now.profile === before.profile || completeness(now.profile) > 0 || completeness(before.profile) === 0) return;
      memory.delete(store);
      off();
    });
  }
  return c;
}

/** NCT numbers for the share link, or none unless the person asked for them. */
export function sharedStudyIds(store: Store): string[] {
  const c = memory.get(store);
  return c?.share ? c.chosen.map((s) => s.nctId) : [];
}
