// The question steps and the engine (questions.ts): one lazy part, shared by every widget on the page.
import { loadPart } from '../../loading/load-part.js';
import type { ParseResult } from '../../engine/types.js';
import type { Evaluator } from '../../state/store.js';
import { isRecord } from '../../util/is-record.js';

export interface QuestionsPart {
  evaluate: Evaluator;
  /** Checks a profile set by the page (engine/parse.ts). */
  parseProfile: (input: unknown) => ParseResult;
  /** Adds the styles the question steps need to a widget's shadow root. */
  adopt: (root: ShadowRoot) => void;
}

export function loadQuestions(): Promise<QuestionsPart> {
  return loadPart('questions', () => import('../../questions.js'), (m) =>
    isRecord(m) && typeof m.evaluate === 'function' && typeof m.parseProfile === 'function' && typeof m.adopt === 'function' && customElements.get('mbc-step-priorities')
      ? { evaluate: m.evaluate as Evaluator, parseProfile: m.parseProfile as QuestionsPart['parseProfile'], adopt: m.adopt as QuestionsPart['adopt'] }
      : undefined,
  );
}
