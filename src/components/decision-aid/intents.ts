// What the steps ask the root for: internal events ("intents") that never leave the widget's shadow
// root (util/events.ts `intent()`), listed here with their details so both sides agree on them.
import type { StepId } from '../../state/steps.js';
import type { EditIntent } from '../steps/summary/summary-answers.js';

export interface IntentMap {
  /** "Change" on the summary: back to the question that asked it. */
  'mbc-intent-edit': EditIntent;
  /** "Start over". */
  'mbc-intent-reset': unknown;
  /**
   * "Try again" on a part that could not be loaded (or "About" needing the comparison's part);
   * `reload`: "Reload the page" beside it (ui/details-gate.ts).
   */
  'mbc-intent-after-start': { reload?: boolean } | undefined;
  /** Straight to a step (clinician mode's "Show comparison"). */
  'mbc-intent-step': { step: StepId };
  /** "About this guide". */
  'mbc-intent-about': unknown;
}

/** Listens on `root` for every intent, each with its own handler. */
export function onIntents(root: EventTarget, handlers: { [K in keyof IntentMap]: (detail: IntentMap[K]) => void }): void {
  for (const [type, handle] of Object.entries(handlers) as Array<[string, (detail: unknown) => void]>)
    root.addEventListener(type, (e) => handle((e as CustomEvent).detail));
}
