// The question steps with the engine's rules: one lazy part (questions.ts) with one status (a
// PartController). It loads on Start, when an embedder sets `profile` or `step`, or in idle time once
// the widget is on screen; after a failure only "Try again" loads it again.
import type { LitElement, TemplateResult } from 'lit';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { PartController } from '../../loading/part-controller.js';
import type { Store } from '../../state/store.js';
import type { StepId } from '../../state/steps.js';
import { emit } from '../../util/events.js';
import { partPlaceholder } from '../ui/after-start-gate.js';
import { loadQuestions, type QuestionsPart } from './load-questions.js';

export class QuestionsController {
  readonly #i18n: I18nController;
  readonly #part: PartController<QuestionsPart>;

  /** When the part arrives, its styles join the widget's, the store gets the engine, then `arrived()`. */
  constructor(host: LitElement, i18n: I18nController, store: Store, arrived: () => void) {
    this.#i18n = i18n;
    this.#part = new PartController(
      host,
      async () => (await Promise.all([loadQuestions(), i18n.ensureQuestions()]))[0],
      (s) => {
        if (s.status === 'ready') {
          if (host.shadowRoot) s.value.adopt(host.shadowRoot);
          store.setEvaluator(s.value.evaluate);
          arrived();
        } else if (s.status === 'failed') emit(host, 'mbc-error', { code: 'part-load-failed' });
      },
    );
  }

  /** Resolves with the part once it is here; rejects if this attempt failed. Starts loading if nothing was tried. */
  ensure(): Promise<QuestionsPart> {
    return this.#part.ensure();
  }

  /** Load unless tried already (a failure waits for "Try again"). */
  want(): void {
    if (this.#part.state.status === 'idle') this.#part.ensure().catch(() => {});
  }

  /** The person pressed "Try again". */
  retry(): void {
    this.#part.retry();
  }

  /** The question step, or its heading with the loading (or failed) status in its place. */
  render(step: StepId, ready: () => TemplateResult): TemplateResult {
    const { status } = this.#part.state;
    if (status === 'ready') return ready();
    return partPlaceholder(step, this.#i18n.current, status === 'failed' ? 'failed' : 'loading', 'common:details.failedQuestions');
  }
}
