// Everything the comparison and summary need beyond the first load — their code (results.ts), their
// text (the 'details' and 'content' locale parts) and the knowledge base — is one lazy part with one
// status (a PartController), published through knowledgeContext. Loading starts when the person
// leaves the intro, so it is usually there before they reach the comparison. After a failure nothing
// loads again until the person presses "Try again" (retry()); the answers are never touched. A failure
// emits `mbc-error` 'comparison-failed' once per attempt. This controller comes with the question
// steps (questions.ts), which the comparison needs first: QuestionsController stands in for it until
// then, with the question steps' own status.
import type { LitElement, ReactiveController, TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import type { KnowledgeIndex } from '../../content/knowledge.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { PartController } from '../../loading/part-controller.js';
import { knowledgeContext, type KnowledgeView } from '../../state/context.js';
import { partPlaceholder } from '../ui/after-start-gate.js';
import type { AfterStart } from './after-start.js';
import { loadPart } from '../../loading/load-part.js';
import { isRecord } from '../../util/is-record.js';
import { emit } from '../../util/events.js';
import type { StepId } from '../../state/steps.js';
import { keepFocusOnHeading } from './keep-focus.js';
import { ensureComparisonText, retryComparisonText } from './comparison-text.js';

export class AfterStartController implements ReactiveController {
  readonly #i18n: I18nController;
  readonly #provider: ContextProvider<typeof knowledgeContext>;
  readonly #part: PartController<KnowledgeIndex>;
  /** "About this guide", once the part is here. */
  about: AfterStart['about'] | undefined;

  constructor(host: LitElement & { step: StepId }, i18n: I18nController) {
    let adopt: (root: ShadowRoot) => void = () => {};
    this.#i18n = i18n;
    this.#provider = new ContextProvider(host, { context: knowledgeContext, initialValue: { state: 'idle', index: undefined } });
    this.#part = new PartController(
      host,
      async () => {
        const [after] = await Promise.all([
          loadPart('after-start', () => import('./after-start.js'), (m) => (isRecord(m) && typeof m.loadAfterStart === 'function' ? (m.loadAfterStart as () => Promise<AfterStart>) : undefined)).then((load) => load()),
          ensureComparisonText(i18n),
        ]);
        adopt = after.adopt;
        this.about = after.about;
        return after.index;
      },
      (s) => {
        this.#provider.setValue(
          s.status === 'ready'
            ? { state: 'ready', index: s.value }
            : s.status === 'failed'
              ? { state: 'failed', index: undefined, reason: s.reason }
              : { state: s.status, index: undefined },
        );
        if (s.status === 'ready') {
          if (host.shadowRoot) adopt(host.shadowRoot);
          void keepFocusOnHeading(host, host.step);
        }
        if (s.status === 'failed') emit(host, 'mbc-error', { code: 'comparison-failed' });
      },
    );
    host.addController(this);
  }

  hostConnected(): void {}

  /** The one status of the after-start part. */
  get state(): KnowledgeView {
    return this.#provider.value;
  }

  /** Start loading, once: a failed load waits for retry(). */
  ensure(): void {
    if (this.#part.state.status === 'idle') this.#part.ensure().catch(() => {});
  }

  /** The person pressed "Try again". */
  retry(): void {
    this.#part.retry();
  }

  /** "Try again" on the notice that the comparison text is shown in English. */
  retryText(): void {
    void retryComparisonText(this.#i18n);
  }

  /** The step `step` once everything is here, else its heading and the status in its place. */
  render(step: 'comparison' | 'summary', ready: () => TemplateResult): TemplateResult {
    if (this.#part.state.status === 'ready') return ready();
    return partPlaceholder(step, this.#i18n.current, this.state.state, 'common:details.failed');
  }
}
