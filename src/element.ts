// Classes only, no registration: for scoped registries or a custom tag name.
export { MbcDecisionAid } from './components/decision-aid/decision-aid.js';
export { ReceptorsStep } from './components/steps/receptors/receptors-step.js';
export { TreatmentsStep } from './components/steps/treatments/treatments-step.js';
export { PrioritiesStep } from './components/steps/priorities/priorities-step.js';
export { ComparisonStep } from './components/steps/comparison/comparison-step.js';
export { SummaryStep } from './components/steps/summary/summary-step.js';
