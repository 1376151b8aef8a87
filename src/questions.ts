// The question steps and the engine's rules: what the person needs once they press Start (or an
// embedder sets `profile` or `step`) — with the parser that checks a `profile` the page sets — loaded lazily so a page visit that never starts stays small.
// The element loads this with components/decision-aid/load-questions.ts; `el.ready` settles with it.
import { ReceptorsStep } from './components/steps/receptors/receptors-step.js';
import { TreatmentsStep } from './components/steps/treatments/treatments-step.js';
import { PrioritiesStep } from './components/steps/priorities/priorities-step.js';
import { defineStep } from './components/steps/define-step.js';
import { choiceStyles } from './components/ui/choice-group.styles.js';
import { stepStyles } from './components/steps/step.styles.js';
import { adoptInto } from './components/steps/adopt-styles.js';

export { evaluate } from './engine/evaluate.js';
// Checking a profile the page sets comes with the steps too: nothing before Start needs it.
export { parseProfile } from './engine/parse.js';
/** Adds the styles these steps need to a widget's shadow root (the element calls it when this part arrives). */
export const adopt = (root: ShadowRoot): void => adoptInto(root, [choiceStyles, stepStyles]);

defineStep('mbc-step-receptors', ReceptorsStep);
defineStep('mbc-step-treatments', TreatmentsStep);
defineStep('mbc-step-priorities', PrioritiesStep);
