// One study result: trial and year, who took part, the headline in words with locale-formatted
// numbers, and — where two arms are counted out of 100 — a pair of icon arrays saying the same.
import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence } from '../../../content/types.js';
import type { I18nView } from '../../../i18n/i18n-controller.js';
import { iconArray } from '../../ui/icon-array.js';
import type { Citations } from '../../ui/citations.js';
import { richText } from '../../ui/rich-text.js';

export function evidenceView(e: Evidence, i18n: I18nView, citations: Citations, prefix: string): TemplateResult {
  const { t } = i18n;
  const values = Object.fromEntries(Object.entries(e.values ?? {}).map(([k, v]) => [k, i18n.number(v)]));
  const arms = e.arms;
  const outcome = arms ? t(`evidence:${arms.outcome}`) : '';
  const arm = (a: { label: string; count: number }) => {
    const label = t('comparison:numbers.arm', { label: t(`evidence:${a.label}`), n: i18n.number(a.count) });
    return html`<figure class="arm">
      ${iconArray(a.count, arms!.outOf, `${label}. ${outcome}`)}
      <figcaption aria-hidden="true">${label}</figcaption>
    </figure>`;
  };
  return html`<div class="evidence-item">
    <p class="trial"><strong>${t('comparison:trialYear', { trial: e.trial, year: e.year })}</strong>
      ${richText(t(`evidence:${e.population}`), i18n)}</p>
    <p>${richText(t(`evidence:${e.headline}`, values), i18n)} ${citations.cite(e.sources, i18n, prefix)}</p>
    ${arms
      ? html`<div class="arms" role="group" aria-label=${outcome}>
          <p class="arms-outcome">${outcome}</p>
          ${arm(arms.treatment)} ${arm(arms.comparison)}
        </div>`
      : nothing}
  </div>`;
}
