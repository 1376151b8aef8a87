// The question steps (questions.ts) and the engine's rules (engine/evaluate.ts): loaded together as
// one lazy part, shared by every widget on the page. Two modules, each reached by its own import(),
// so that each stays a file of its own within the lazy-part budget and "Try again" can ask for
// either again.
import { loadPart } from '../../loading/load-part.js';
import type { Evaluator } from '../../state/store.js';
import type { AfterStartController } from './after-start-controller.js';
import type { checkProfile } from '../../state/check-profile.js';
import type { keepFocusOnHeading } from './keep-focus.js';
import { isRecord } from '../../util/is-record.js';

export interface QuestionsPart {
  evaluate: Evaluator;
  /** Checks a profile set by the page (state/check-profile.ts). */
  checkProfile: typeof checkProfile;
  keepFocusOnHeading: typeof keepFocusOnHeading;
  /** Loads what the comparison and summary need (one per widget, made when this part arrives). */
  AfterStartController: typeof AfterStartController;
  /** Adds the styles the question steps need to a widget's shadow root. */
  adopt: (root: ShadowRoot) => void;
}

const PART = ['checkProfile', 'keepFocusOnHeading', 'AfterStartController', 'adopt'] as const;

export function loadQuestions(): Promise<QuestionsPart> {
  return Promise.all([
    loadPart('questions', () => import('../../questions.js'), (m) =>
      isRecord(m) && PART.every((k) => typeof m[k] === 'function') && customElements.get('mbc-step-priorities') ? (m as unknown as Omit<QuestionsPart, 'evaluate'>) : undefined,
    ),
    loadPart('engine', () => import('../../engine/evaluate.js'), (m) => (isRecord(m) && typeof m.evaluate === 'function' ? (m.evaluate as Evaluator) : undefined)),
  ]).then(([part, evaluate]) => ({ ...part, evaluate }));
}
