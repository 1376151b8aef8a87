// The question steps: what the person needs once they press Start (or an embedder sets `profile` or
// `step`) — with the parser that checks a `profile` the page sets and what loads the comparison's
// part — loaded lazily so a page visit that never starts stays small. The element loads this and the
// engine's rules (engine/evaluate.ts, a file of its own) with components/decision-aid/load-questions.ts;
// `el.ready` settles with them.
import { ReceptorsStep } from './components/steps/receptors/receptors-step.js';
import { TreatmentsStep } from './components/steps/treatments/treatments-step.js';
import { PrioritiesStep } from './components/steps/priorities/priorities-step.js';
import { defineStep } from './components/steps/define-step.js';
import { choiceStyles } from './components/ui/choice-group.styles.js';
import { stepStyles } from './components/steps/step.styles.js';
import { adoptInto } from './components/steps/adopt-styles.js';

// What loads the comparison's part once the person is past the intro (it needs these steps first).
export { AfterStartController } from './components/decision-aid/after-start-controller.js';
// Checking a profile the page sets comes with the steps too: nothing before Start needs it.
export { checkProfile } from './state/check-profile.js';
// Keeping the focus on a step's heading when its real view replaces the placeholder.
export { keepFocusOnHeading } from './components/decision-aid/keep-focus.js';
/** Adds the styles these steps need to a widget's shadow root (the element calls it when this part arrives). */
export const adopt = (root: ShadowRoot): void => adoptInto(root, [choiceStyles, stepStyles]);

defineStep('mbc-step-receptors', ReceptorsStep);
defineStep('mbc-step-treatments', TreatmentsStep);
defineStep('mbc-step-priorities', PrioritiesStep);
