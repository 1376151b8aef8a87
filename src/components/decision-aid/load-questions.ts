// The question steps and the engine (questions.ts): one lazy part, shared by every widget on the page.
import type { CSSResult } from 'lit';
import { loadPart } from '../../loading/load-part.js';
import type { Evaluator } from '../../state/store.js';
import { isRecord } from '../../util/is-record.js';

export interface QuestionsPart {
  evaluate: Evaluator;
  /** Styles the question steps need in the widget's shadow root. */
  styles: CSSResult[];
}

export function loadQuestions(): Promise<QuestionsPart> {
  return loadPart('questions', () => import('../../questions.js'), (m) =>
    isRecord(m) && typeof m.evaluate === 'function' && Array.isArray(m.styles) && customElements.get('mbc-step-priorities')
      ? { evaluate: m.evaluate as Evaluator, styles: m.styles as CSSResult[] }
      : undefined,
  );
}
