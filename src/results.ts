// The comparison and summary steps: everything only needed once the person has answered. Loaded
// after the person starts (components/decision-aid/load-results.ts), so the first load stays small.
import { ComparisonStep } from './components/steps/comparison/comparison-step.js';
import { SummaryStep } from './components/steps/summary/summary-step.js';
import { defineStep } from './components/steps/define-step.js';
import { GlossaryTerm } from './components/ui/glossary-term.js';
import { choiceStyles } from './components/ui/choice-group.styles.js';
import { stepStyles } from './components/steps/step.styles.js';
import { adoptInto } from './components/steps/adopt-styles.js';
import { printStyles } from './styles/print.js';

/** Adds the styles these steps need to a widget's shadow root, print last (the element calls it when this part arrives). */
export const adopt = (root: ShadowRoot): void => adoptInto(root, [choiceStyles, stepStyles, printStyles]);

defineStep('mbc-step-comparison', ComparisonStep);
defineStep('mbc-step-summary', SummaryStep);
defineStep('mbc-glossary-term', GlossaryTerm);
