// The question steps with the engine's rules and the profile parser: one lazy part (questions.ts)
// with one status (a PartController). It loads on Start, when an embedder sets `profile` or `step`,
// or in idle time once the widget is on screen; after a failure only "Try again" loads it again.
// A `profile` set before the part is here waits for its parser: each value set is checked and applied
// in turn as the part arrives (before `el.ready` resolves); once it is here, setting is synchronous.
import type { LitElement, TemplateResult } from 'lit';
import type { ParseResult } from '../../engine/types.js';
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
  readonly #checked: (result: ParseResult) => void;
  /** Profiles set by the page before the parser arrived, oldest first. */
  #waiting: unknown[] = [];

  /**
   * When the part arrives, its styles join the widget's, the store gets the engine, the waiting
   * profiles are checked (`checked` gets each result), then `arrived()`.
   */
  constructor(host: LitElement, i18n: I18nController, store: Store, checked: (result: ParseResult) => void, arrived: () => void) {
    this.#i18n = i18n;
    this.#checked = checked;
    this.#part = new PartController(
      host,
      async () => (await Promise.all([loadQuestions(), i18n.ensureQuestions()]))[0],
      (s) => {
        if (s.status === 'ready') {
          if (host.shadowRoot) s.value.adopt(host.shadowRoot);
          store.setEvaluator(s.value.evaluate);
          for (const input of this.#waiting.splice(0)) checked(s.value.parseProfile(input));
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

  /** The page set `profile`: checked now if the parser is here, else once it is (and loading starts). */
  setProfile(input: unknown): void {
    const { state } = this.#part;
    if (state.status === 'ready') return this.#checked(state.value.parseProfile(input));
    this.#waiting.push(input);
    this.want();
  }

  /** The latest profile still waiting for the parser (unchecked), if any: "Reload the page" keeps it (if it can be written down). */
  get waiting(): unknown {
    const latest = this.#waiting[this.#waiting.length - 1];
    try {
      JSON.stringify(latest);
      return latest;
    } catch {
      return undefined;
    }
  }

  /** reset(): profiles still waiting are dropped with the answers. */
  dropWaiting(): void {
    this.#waiting = [];
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
