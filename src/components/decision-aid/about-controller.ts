// "About this guide" in place of the step: opened from the footer, closed with "Back to the guide",
// and focus goes back to where it was. Its text arrives with the comparison's, and so does its view
// (AfterStartController hands it over): until then the heading holds the place with the loading status.
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { Settings } from '../../state/context.js';
import type { StepId } from '../../state/steps.js';
import { contentReviewDate } from '../../content/reviewed.js';
import { afterStartGate } from '../ui/after-start-gate.js';
import type { Details } from './questions-controller.js';

export class AboutController implements ReactiveController {
  readonly #host: LitElement & { step: StepId };
  readonly #details: () => Details;
  #return: HTMLElement | null = null;
  /** Shown in place of the step. */
  open = false;

  /** `details`: the comparison's loader (or its stand-in until the question steps brought it). */
  constructor(host: LitElement & { step: StepId }, details: () => Details) {
    this.#host = host;
    this.#details = details;
    host.addController(this);
  }

  hostConnected(): void {}

  show = (): void => {
    this.#details().ensure();
    this.#return = this.#host.shadowRoot?.activeElement as HTMLElement | null;
    this.open = true;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#host.shadowRoot?.getElementById('heading-about')?.focus());
  };

  hide = (): void => {
    this.open = false;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      const back = this.#return?.isConnected ? this.#return : this.#host.shadowRoot?.getElementById(`heading-${this.#host.step}`);
      back?.focus();
    });
  };

  render(i18n: I18nView, settings: Settings): TemplateResult {
    const gate = afterStartGate(i18n, this.#details().state);
    const about = this.#details().about;
    return html`<section class="step about" aria-labelledby="heading-about">
      <h2 tabindex="-1" class="step-heading" id="heading-about">${i18n.t('common:trust.about')}</h2>
      ${gate === nothing && about ? about(i18n, settings, contentReviewDate()) : gate}
      <p><button type="button" class="button back-to-guide" @click=${this.hide}>${i18n.t('common:trust.back')}</button></p>
    </section>`;
  }
}
