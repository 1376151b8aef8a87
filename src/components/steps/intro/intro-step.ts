import { html, nothing } from 'lit';
import { StepElement } from '../step-element.js';
import type { StepId } from '../../../state/steps.js';

/** Step 1: what this is and is not, how long it takes, privacy in a sentence. */
export class IntroStep extends StepElement {
  protected readonly stepId: StepId = 'intro';

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
      <p>${t('time')}</p>
      <p class="privacy">${this.t('common:privacy')}</p>
    </section>`;
  }
}
