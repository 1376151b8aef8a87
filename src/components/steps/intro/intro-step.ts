import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { StepElement } from '../step-element.js';
import type { StepId } from '../../../state/steps.js';
import { intent } from '../../../util/events.js';

/** Step 1: what this is and is not, how long it takes, privacy in a sentence. */
export class IntroStep extends StepElement {
  protected readonly stepId: StepId = 'intro';

  /** The person just said yes to keeping their answers: confirm it where the button was. */
  @state() private kept = false;

  #keep = async () => {
    intent(this, 'mbc-intent-keep', {});
    this.kept = true;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.kept')?.focus();
  };

  /** storage="none" must not promise breaks: say how long answers last, and offer to keep them (only on a yes). */
  #time() {
    const t = (k: string) => this.t(`intro:${k}`);
    if (this.kept) return html`<p>${t('time')}</p><p class="kept" tabindex="-1" role="status">${this.t('common:storage.session')}</p>`;
    if (this.settings.storage !== 'none') return html`<p>${t('time')}</p>`;
    return html`<p>${t('timeNoStorage')}</p>
      <p><button type="button" class="button keep" @click=${this.#keep}>${t('keep')}</button></p>`;
  }

  protected override render() {
    if (!this.ready) return nothing;
    const t = (k: string) => this.t(`intro:${k}`);
    return html`<section class="step intro" aria-labelledby="heading-intro">
      ${this.heading(t('heading'))}
      <p class="lead">${t('lead')}</p>
      <div class="two-up">
        <div>
          <h3>${t('isHeading')}</h3>
          <ul>
            <li>${t('is1')}</li>
            <li>${t('is2')}</li>
            <li>${t('is3')}</li>
          </ul>
        </div>
        <div>
          <h3>${t('isNotHeading')}</h3>
          <ul>
            <li>${t('isNot1')}</li>
            <li>${t('isNot2')}</li>
          </ul>
        </div>
      </div>
      ${this.#time()}
      <p class="privacy">${this.t('common:privacy')}</p>
    </section>`;
  }
}
