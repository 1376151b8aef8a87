// Step 1: what this is and is not, how long it takes, privacy in a sentence. A view the root draws
// itself (like its header and footer), not a step element: the first screen then needs none of the
// step elements' machinery (step-element.ts, context), which comes with the question steps.
import { html, type TemplateResult } from 'lit';
import type { I18nView } from '../../../i18n/i18n-controller.js';
import type { Settings } from '../../../state/context.js';

export interface IntroInput {
  /** The person said yes to keeping their answers in this tab (storage="none"): say so where the button was. */
  kept: boolean;
  /** "Keep my answers in this tab". */
  keep(): void;
}

/** storage="none" must not promise breaks: say how long answers last, and offer to keep them (only on a yes). */
function time(i18n: I18nView, s: Settings, f: IntroInput): TemplateResult {
  const t = (k: string) => i18n.t(`intro:${k}`);
  if (f.kept) return html`<p>${t('time')}</p><p class="kept" tabindex="-1" role="status">${i18n.t('common:storage.session')}</p>`;
  if (s.storage !== 'none') return html`<p>${t('time')}</p>`;
  return html`<p>${t('timeNoStorage')}</p>
    <p><button type="button" class="button keep" @click=${f.keep}>${t('keep')}</button></p>`;
}

export function introView(i18n: I18nView, s: Settings, f: IntroInput): TemplateResult {
  const t = (k: string) => i18n.t(`intro:${k}`);
  return html`<section class="step intro" aria-labelledby="heading-intro">
    <h2 tabindex="-1" class="step-heading" id="heading-intro">${t('heading')}</h2>
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
    ${time(i18n, s, f)}
    <p class="privacy">${i18n.t('common:privacy')}</p>
  </section>`;
}
