// The widget's footer: the helpline, when the sources were checked and who reviewed the content
// (with "About this guide"), the offering organisation and its links, and where answers are kept.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { Settings } from '../../state/context.js';
import { pick } from '../../state/embedder-text.js';
import { contentReviewDate } from '../../content/reviewed.js';
import { SLOT, withSlot } from '../ui/with-slot.js';

export interface FooterInput {
  /** On the intro the privacy line is in the intro's own words already. */
  intro: boolean;
  aboutOpen: boolean;
  openAbout(): void;
  forget(): void;
}

export function footerView(i18n: I18nView, s: Settings, f: FooterInput): TemplateResult {
  const { t } = i18n;
  return html`<footer class="footer" part="footer">
    ${s.helpline
      ? html`<p class="helpline">${withSlot(t('common:helpline', { phone: SLOT }), html`<a class="phone" href="tel:${s.helpline.replace(/[^\d+]/g, '')}">${s.helpline}</a>`)}</p>`
      : nothing}
    <p class="trust">
      <span>${t('common:trust.checked', { date: i18n.monthYear(contentReviewDate()) })}</span>
      <span>${s.reviewedBy ? t('common:trust.reviewedBy', { org: s.reviewedBy }) : t('common:trust.notReviewed')}</span>
      <button type="button" class="link-button about-link" aria-expanded=${f.aboutOpen ? 'true' : 'false'} @click=${f.openAbout}>${t('common:trust.about')}</button>
    </p>
    ${s.orgName
      ? html`<p class="org">${s.orgUrl ? html`<a href=${s.orgUrl} target="_blank" rel="noopener noreferrer">${t('common:helplineOrg', { org: s.orgName })}</a>` : t('common:helplineOrg', { org: s.orgName })}</p>`
      : nothing}
    ${s.embedderContent?.links.length
      ? html`<ul class="org-links">
          ${s.embedderContent.links.map((l) => html`<li><a href=${l.url} target="_blank" rel="noopener noreferrer">${pick(l.label, i18n.lang)}</a></li>`)}
        </ul>`
      : nothing}
    ${s.storage !== 'none'
      ? html`<p class="storage">${t(`common:storage.${s.storage}`)}
          <button type="button" class="button quiet forget" @click=${f.forget}>${t('common:storage.forget')}</button></p>`
      : f.intro
        ? nothing
        : html`<p class="privacy">${t('common:privacy')}</p>`}
  </footer>`;
}
