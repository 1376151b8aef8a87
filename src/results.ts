// The comparison and summary steps: everything only needed once the person has answered. Loaded
// after the person starts (components/decision-aid/load-results.ts), so the first load stays small.
import { ComparisonStep } from './components/steps/comparison/comparison-step.js';
import { SummaryStep } from './components/steps/summary/summary-step.js';
import { defineStep } from './components/steps/define-step.js';

defineStep('mbc-step-comparison', ComparisonStep);
defineStep('mbc-step-summary', SummaryStep);
