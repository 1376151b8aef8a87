// The question steps with the engine's rules and the profile parser: one lazy part (questions.ts)
// with one status (a PartController). It loads on Start, when an embedder sets `profile` or `step`,
// or in idle time once the widget is on screen; after a failure only "Try again" loads it again.
// A `profile` set before the part is here waits for its parser: each value set is checked and applied
// in turn as the part arrives (before `el.ready` resolves); once it is here, setting is synchronous.
// The part also brings what loads the comparison's own part (AfterStartController): until then,
// `details` is this controller, standing in with the question steps' status.
import type { LitElement, TemplateResult } from 'lit';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { PartController } from '../../loading/part-controller.js';
import type { KnowledgeView } from '../../state/context.js';
import type { Store } from '../../state/store.js';
import type { StepId } from '../../state/steps.js';
import { emit } from '../../util/events.js';
import { partPlaceholder } from '../ui/after-start-gate.js';
import type { AfterStartController } from './after-start-controller.js';
import { loadQuestions, type QuestionsPart } from './load-questions.js';

/** What the comparison, the summary and "About this guide" ask of the part they need. */
export type Details = Pick<AfterStartController, 'state' | 'about' | 'ensure' | 'retry' | 'render'> & Partial<Pick<AfterStartController, 'retryText'>>;

export class QuestionsController implements Details {
  readonly #i18n: I18nController;
  readonly #part: PartController<QuestionsPart>;
  readonly #store: Store;
  readonly #refused: () => void;
  /** Profiles set by the page before the parser arrived, oldest first. */
  #waiting: unknown[] = [];
  #details: AfterStartController | undefined;

  /**
   * When the part arrives, its styles join the widget's, the store gets the engine, the waiting
   * profiles are checked (applied, or `refused()`), the comparison's loader is made, then
   * `arrived()`, and the focus stays on the step's heading if it was on its placeholder's.
   */
  constructor(host: LitElement & { step: StepId }, i18n: I18nController, store: Store, refused: () => void, arrived: () => void) {
    this.#i18n = i18n;
    this.#store = store;
    this.#refused = refused;
    this.#part = new PartController(
      host,
      async () => (await Promise.all([loadQuestions(), i18n.ensureQuestions()]))[0],
      (s) => {
        if (s.status === 'ready') {
          if (host.shadowRoot) s.value.adopt(host.shadowRoot);
          store.setEvaluator(s.value.evaluate);
          for (const input of this.#waiting.splice(0)) this.#check(s.value, input);
          this.#details ??= new s.value.AfterStartController(host, i18n);
          arrived();
          void s.value.keepFocusOnHeading(host, host.step);
        } else if (s.status === 'failed') emit(host, 'mbc-error', { code: 'part-load-failed' });
      },
    );
  }

  /** Resolves with the part once it is here; rejects if this attempt failed. Starts loading if nothing was tried. */
  loaded(): Promise<QuestionsPart> {
    return this.#part.ensure();
  }

  /** Load unless tried already (a failure waits for "Try again"). */
  ensure = (): void => {
    if (this.#part.state.status === 'idle') this.#part.ensure().catch(() => {});
  };

  /** The page set `profile`: checked now if the parser is here, else once it is (and loading starts). */
  setProfile(input: unknown): void {
    const { state } = this.#part;
    if (state.status === 'ready') return this.#check(state.value, input);
    this.#waiting.push(input);
    this.ensure();
  }

  #check(part: QuestionsPart, input: unknown): void {
    part.checkProfile(input, (profile) => this.#store.setProfile(profile), this.#refused);
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

  /** The comparison's loader once this part brought it; until then this controller in its place. */
  get details(): Details {
    return this.#details ?? this;
  }

  // ── standing in for the comparison's loader until this part is here ──
  get state(): KnowledgeView {
    return { state: this.#part.state.status === 'failed' ? 'failed' : 'loading', index: undefined };
  }

  readonly about = undefined;

  /** The step (a question step, or the comparison or summary while `details` is this), or its heading with the loading (or failed) status in its place. */
  render(step: StepId, ready: () => TemplateResult): TemplateResult {
    const { status } = this.#part.state;
    const details = step === 'comparison' || step === 'summary';
    if (status === 'ready' && !details) return ready();
    return partPlaceholder(step, this.#i18n.current, status === 'failed' ? 'failed' : 'loading', details ? 'common:details.failed' : 'common:details.failedQuestions');
  }
}
