// The only module with a side effect: registers our tags. Safe to run twice (two bundles, a plugin
// loading us again, back/forward cache): an existing registration is kept, and a different version
// already owning the tag gets one warning instead of a thrown NotSupportedError.
// The intro is drawn by the root itself; the question steps register themselves from questions.ts,
// the comparison and summary from results.ts, when first needed (lazy parts: see loading/load-part.ts).
import { MbcDecisionAid } from './components/decision-aid/decision-aid.js';
import { defineOnce } from './components/steps/define-step.js';

export { defineOnce };

defineOnce('mbc-decision-aid', MbcDecisionAid);
