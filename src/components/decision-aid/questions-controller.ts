// The question steps with the engine's rules: one lazy part (questions.ts) with one status (a
// PartController). It loads on Start, when an embedder sets `profile` or `step`, or in idle time once
// the widget is on screen; after a failure only "Try again" loads it again.
import type { LitElement, TemplateResult } from 'lit';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { PartController } from '../../loading/part-controller.js';
import type { StepId } from '../../state/steps.js';
import { emit } from '../../util/events.js';
import { partPlaceholder } from '../ui/details-gate.js';
import { loadQuestions, type QuestionsPart } from './load-questions.js';

export interface QuestionsOptions {
  i18n: I18nController;
  /** The part arrived (or came back after "Try again"). */
  arrived(part: QuestionsPart): void;
}

export class QuestionsController {
  readonly #o: QuestionsOptions;
  readonly #part: PartController<QuestionsPart>;

  constructor(host: LitElement, options: QuestionsOptions) {
    this.#o = options;
    this.#part = new PartController(
      host,
      async () => (await Promise.all([loadQuestions(), options.i18n.ensureQuestions()]))[0],
      (s) => {
        if (s.status === 'ready') options.arrived(s.value);
        else if (s.status === 'failed') emit(host, 'mbc-error', { code: 'part-load-failed' });
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
  view(step: StepId, ready: () => TemplateResult): TemplateResult {
    const { status } = this.#part.state;
    if (status === 'ready') return ready();
    return partPlaceholder(step, this.#o.i18n.view, status === 'failed' ? 'failed' : 'loading', 'common:details.failedQuestions');
  }
}
