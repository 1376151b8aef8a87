// The only module with a side effect: registers our tags. Safe to run twice (two bundles, a plugin
// loading us again, back/forward cache): an existing registration is kept, and a different version
// already owning the tag gets one warning instead of a thrown NotSupportedError.
// The comparison and summary steps register themselves from results.ts when first needed.
import { MbcDecisionAid } from './components/decision-aid/decision-aid.js';
import { IntroStep } from './components/steps/intro/intro-step.js';
import { ReceptorsStep } from './components/steps/receptors/receptors-step.js';
import { TreatmentsStep } from './components/steps/treatments/treatments-step.js';
import { PrioritiesStep } from './components/steps/priorities/priorities-step.js';
import { defineOnce, defineStep } from './components/steps/define-step.js';

export { defineOnce };

// Steps first: the root renders them as soon as it upgrades.
defineStep('mbc-step-intro', IntroStep);
defineStep('mbc-step-receptors', ReceptorsStep);
defineStep('mbc-step-treatments', TreatmentsStep);
defineStep('mbc-step-priorities', PrioritiesStep);
defineOnce('mbc-decision-aid', MbcDecisionAid);
