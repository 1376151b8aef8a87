// Everything the comparison and summary need beyond the first load — their code (results script),
// their text (the i18n 'details' and 'content' parts) and the knowledge base — fetched once the
// person has started, so it is usually there before they reach the comparison. Failures are kept
// per part and retried on request; the answers are never touched.
import type { LitElement, ReactiveController, TemplateResult } from 'lit';
import { html } from 'lit';
import { ContextProvider } from '@lit/context';
import { loadKnowledge } from '../../content/load-knowledge.js';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { knowledgeContext } from '../../state/context.js';
import type { StepId } from '../../state/steps.js';
import { detailsGate } from '../ui/details-gate.js';
import { loadResults } from './load-results.js';

type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

export class DetailsController implements ReactiveController {
  readonly #host: LitElement & { step: StepId };
  readonly #i18n: I18nController;
  readonly #knowledge: ContextProvider<typeof knowledgeContext>;
  #results: LoadState = 'idle';

  constructor(host: LitElement & { step: StepId }, i18n: I18nController) {
    this.#host = host;
    this.#i18n = i18n;
    this.#knowledge = new ContextProvider(host, { context: knowledgeContext, initialValue: { state: 'idle', index: undefined } });
    host.addController(this);
  }

  hostConnected(): void {}

  /** Start (or retry) whatever has not arrived yet. */
  ensure(): void {
    void this.#i18n.ensureDetails();
    if (this.#results === 'idle' || this.#results === 'failed') {
      this.#results = 'loading';
      loadResults().then(
        () => this.#resultsArrived(),
        () => {
          this.#results = 'failed';
          this.#host.requestUpdate();
        },
      );
    }
    const knowledge = this.#knowledge.value.state;
    if (knowledge === 'idle' || knowledge === 'failed') {
      this.#knowledge.setValue({ state: 'loading', index: undefined });
      loadKnowledge().then(
        (index) => this.#knowledge.setValue({ state: 'ready', index }),
        () => this.#knowledge.setValue({ state: 'failed', index: undefined }),
      );
    }
  }

  /** The step view for `step` if its code is here, else its heading and a short status in its place. */
  view(step: 'comparison' | 'summary', ready: () => TemplateResult): TemplateResult {
    if (customElements.get(`mbc-step-${step}`)) return ready();
    const i18n = this.#i18n.view;
    return html`<section class="step ${step}" aria-labelledby="heading-${step}">
      <h2 tabindex="-1" class="step-heading" id="heading-${step}">${i18n.t(`common:steps.${step}`)}</h2>
      ${detailsGate(i18n, { state: this.#results === 'failed' ? 'failed' : 'loading' })}
    </section>`;
  }

  /** The real view replaces the placeholder: keep focus on the step heading if it was there. */
  async #resultsArrived(): Promise<void> {
    this.#results = 'ready';
    const root = this.#host.shadowRoot;
    const step = this.#host.step;
    const hadFocus = root?.activeElement?.id === `heading-${step}`;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (!hadFocus) return;
    await root?.querySelector<LitElement>(`mbc-step-${step}`)?.updateComplete;
    root?.getElementById(`heading-${step}`)?.focus();
  }
}
