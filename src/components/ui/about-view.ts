// "About this guide": who made it, who pays for it, conflicts of interest, how the content is kept
// current, clinical review and how to report a mistake — the IPDAS certification items (docs/ipdas.md)
// — plus the embedding organisation's own statement (content-src "about"). One template for the
// screen and for paper, so the two can never say different things.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { Settings } from '../../state/context.js';
import { pick } from '../../state/embedder-text.js';

export function aboutView(i18n: I18nView, s: Settings, reviewed: string, headingLevel: 'h3' | 'h4' = 'h3'): TemplateResult {
  const t = (k: string, o?: Record<string, unknown>) => i18n.t(`summary:about.${k}`, o);
  const h = (text: string) => (headingLevel === 'h3' ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`);
  const org = s.orgName;
  return html`<div class="about-body">
    ${h(t('whoHeading'))}
    <p>${t('who')}</p>
    ${h(t('fundingHeading'))}
    <p>${t('funding')}</p>
    ${h(t('conflictsHeading'))}
    <p>${t('conflicts')}</p>
    ${h(t('updatesHeading'))}
    <p>${t('updates', { date: i18n.monthYear(reviewed) })}</p>
    ${h(t('reviewHeading'))}
    <p>${s.reviewedBy ? i18n.t('common:trust.reviewedBy', { org: s.reviewedBy }) : i18n.t('common:trust.notReviewed')}</p>
    ${h(t('errorHeading'))}
    <p>${org ? t('errorOrg', { org }) : t('error')}</p>
    ${s.embedderContent?.about
      ? html`${h(t('orgHeading', { org: org ?? location.host }))}
          <p class="org-statement">${pick(s.embedderContent.about, i18n.lang)}</p>`
      : nothing}
  </div>`;
}
