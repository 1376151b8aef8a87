// One study from the registry as a plain-language card: what is tested (in words the person already
// knows where the registry's names allow), phase, status, where (nearest the place they gave), words
// from the eligibility text worth asking about, and a box to take it to the summary.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import { sitesNear, studyPageUrl, type Study } from './response.js';
import { eligibilityWords, treatmentOf } from './words.js';

export interface CardContext {
  /** Text of the finder's own namespace (summary:trials.finder.*). */
  t: (key: string, options?: Record<string, unknown>) => string;
  i18n: I18nView;
  /** Whether the person has taken this study to their summary. */
  chosen: boolean;
  onChoose: (on: boolean) => void;
}

export function studyCard(s: Study, place: string, c: CardContext): TemplateResult {
  const { t, i18n } = c;
  const href = studyPageUrl(s.nctId);
  const words = eligibilityWords(s.searchText);
  return html`<li class="tf-study" id="tf-${s.nctId}">
    <article aria-labelledby="tf-title-${s.nctId}">
      <h5 id="tf-title-${s.nctId}" lang="en">${s.title}</h5>
      <dl>
        <div><dt>${t('card.tested')}</dt><dd>${interventions(s, c)}</dd></div>
        <div><dt>${t('card.phase')}</dt><dd>${s.phases.length ? i18n.list(s.phases.map((ph) => t(`phase.${ph}`))) : t('phase.none')}</dd></div>
        <div><dt>${t('card.status')}</dt><dd>${t(`status.${s.status}`)}</dd></div>
        <div><dt>${t('card.where')}</dt><dd>${where(s, place, c)}</dd></div>
        ${words.length
          ? html`<div><dt>${t('card.words')}</dt><dd><ul class="tf-words">${words.map((w) => html`<li><mark>${t(`words.${w}`)}</mark></li>`)}</ul>
              <span class="fine">${t('card.wordsHint')}</span></dd></div>`
          : nothing}
        <div><dt>${t('card.updated')}</dt><dd>${s.updated ? (s.updated.length === 10 ? i18n.date(s.updated) : s.updated) : t('card.unknown')}</dd></div>
      </dl>
      <p class="tf-links">
        ${href ? html`<a class="tf-page" href=${href} target="_blank" rel="noopener noreferrer">${t('card.page', { id: s.nctId })}</a>` : nothing}
        <label class="tf-choose"><input type="checkbox" .checked=${c.chosen} @change=${(e: Event) => c.onChoose((e.target as HTMLInputElement).checked)} />
          ${t('card.choose')}</label>
      </p>
    </article>
  </li>`;
}

function interventions(s: Study, { t, i18n }: CardContext): TemplateResult | string {
  if (!s.interventions.length) return t('card.unknown');
  return html`<ul class="tf-tested">${s.interventions.map((i) => {
    const group = treatmentOf(i);
    const words = group === 'placebo' ? t('placebo') : group ? i18n.t(`treatments:received.names.${group}`) : '';
    // The treatment name the person already knows says it all when it contains the registry's name.
    if (group === 'placebo' || (words && words.toLowerCase().includes(i.name.toLowerCase()))) return html`<li>${words}</li>`;
    return html`<li><span lang="en">${i.name}</span>${words ? ` – ${words}` : nothing}</li>`;
  })}</ul>`;
}

function where(s: Study, place: string, { t, i18n }: CardContext): TemplateResult | string {
  if (!s.siteCount) return t('card.noSites');
  const { near } = sitesNear(s.sites, place);
  const count = t('card.sites', { n: i18n.number(s.siteCount) });
  if (!near.length) return place ? html`${count} ${t('card.noneInPlace', { place })}` : count;
  return html`<ul class="tf-sites">${near.slice(0, 3).map((x) => html`<li lang="en">${[x.facility, x.city, x.state, x.country].filter(Boolean).join(', ')}</li>`)}</ul>
    ${count}`;
}
