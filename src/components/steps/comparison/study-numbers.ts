// "Numbers from studies": behind a kind question, because some of them are about how long people
// lived. Once shown, every option gets the same block: only studies whose population matches the
// answers (content/evidence-match.ts), the same two measures in the same words, and "What these
// numbers mean" beside them rather than folded away.
import { html, nothing, type TemplateResult } from 'lit';
import { evidenceByOption } from '../../../content/evidence-match.js';
import type { Evidence } from '../../../content/types.js';
import type { OptionId } from '../../../engine/index.js';
import { iconArray } from '../../ui/icon-array.js';
import { richText } from '../../ui/rich-text.js';
import { sourceEntries, sourcesToggle } from './row-sources.js';
import type { ViewContext } from './view-context.js';

/** Evidence ids behind an option: those of the kinds of treatment inside it, in their order. */
export const optionEvidence = (v: ViewContext, option: OptionId): string[] =>
  evidenceByOption(v.assessment.options, (id) => v.k.approach(id), v.profile).get(option) ?? [];

function measure(v: ViewContext, label: string, a: number | undefined, b: number | undefined): TemplateResult | typeof nothing {
  if (a === undefined || b === undefined) return nothing;
  return html`<div><dt>${label}</dt><dd>${v.i18n.t('comparison:study.pair', { new: v.i18n.number(a), std: v.i18n.number(b) })}</dd></div>`;
}

function study(v: ViewContext, e: Evidence): TemplateResult {
  const { t } = v.i18n;
  const values = Object.fromEntries(Object.entries(e.values ?? {}).map(([k, n]) => [k, v.i18n.number(n)]));
  const arms = e.arms;
  const outcome = arms ? t(`evidence:${arms.outcome}`) : '';
  const arm = (a: { label: string; count: number }) => {
    const label = t('comparison:numbers.arm', { label: t(`evidence:${a.label}`), n: v.i18n.number(a.count) });
    return html`<figure class="arm">
      ${iconArray(a.count, arms!.outOf, `${label}. ${outcome}`)}
      <figcaption aria-hidden="true">${label}</figcaption>
    </figure>`;
  };
  const x = e.values ?? {};
  return html`<li class="evidence-item">
    <p class="trial"><strong>${t('comparison:trialYear', { trial: e.trial, year: e.year })}</strong>
      ${richText(t(`evidence:${e.population}`), v.i18n)}</p>
    <dl class="measures">
      ${measure(v, t('comparison:study.pfs'), x.pfsNew, x.pfsStd)} ${measure(v, t('comparison:study.os'), x.osNew, x.osStd)}
    </dl>
    <p>${richText(t(`evidence:${e.headline}`, values), v.i18n)}</p>
    ${arms
      ? html`<div class="arms" role="group" aria-label=${outcome}>
          <p class="arms-outcome">${outcome}</p>
          ${arm(arms.treatment)} ${arm(arms.comparison)}
        </div>`
      : nothing}
  </li>`;
}

export interface NumbersChoice {
  shown: boolean | undefined;
  choose(show: boolean): void;
}

export function studyNumbers(v: ViewContext, choice: NumbersChoice, prefix: string): TemplateResult {
  const { t } = v.i18n;
  const heading = html`<h3 id="${prefix}-numbers-heading" tabindex="-1">${t('comparison:study.heading')}</h3>`;
  if (!choice.shown)
    return html`<section class="study-numbers" aria-labelledby="${prefix}-numbers-heading">
      ${heading}
      <p>${choice.shown === false ? t('comparison:study.hidden') : t('comparison:study.ask')}</p>
      <div class="choice-buttons">
        <button type="button" class="button" @click=${() => choice.choose(true)}>
          ${choice.shown === false ? t('comparison:study.show') : t('comparison:study.yes')}</button>
        ${choice.shown === undefined
          ? html`<button type="button" class="button" @click=${() => choice.choose(false)}>${t('comparison:study.no')}</button>`
          : nothing}
      </div>
    </section>`;
  const ids = v.assessment.options.map((o) => [o.id, optionEvidence(v, o.id)] as const);
  const all = ids.flatMap(([, list]) => v.k.evidence(list).flatMap((e) => e.sources));
  return html`<section class="study-numbers open" aria-labelledby="${prefix}-numbers-heading">
    ${heading}
    <div class="numbers-body">
      <div class="numbers-meaning">
        <h4 id="${prefix}-meaning">${t('comparison:numbers.heading')}</h4>
        <ul>
          <li>${t('comparison:numbers.groups')}</li>
          <li>${t('comparison:numbers.median')}</li>
          <li>${t('comparison:numbers.selected')}</li>
          <li>${t('comparison:study.matchNote')}</li>
        </ul>
      </div>
      <div class="numbers-options">
        ${ids.map(([id, list]) => {
          const content = v.k.option(id);
          const items = v.k.evidence(list);
          return html`<section class="numbers-option" aria-labelledby="${prefix}-num-${id}">
            <h4 id="${prefix}-num-${id}">${content ? t(`content:${content.name}`) : id}</h4>
            ${items.length ? html`<ul class="evidence">${items.map((e) => study(v, e))}</ul>` : html`<p class="none">${t('comparison:study.none')}</p>`}
          </section>`;
        })}
      </div>
    </div>
    <div class="block-sources">
      ${all.length ? sourcesToggle(v, `${prefix}-numbers`, `${prefix}-numbers-src`, t('comparison:rowSourcesLabel', { row: t('comparison:study.heading') })) : nothing}
      <button type="button" class="button quiet" @click=${() => choice.choose(false)}>${t('comparison:study.hide')}</button>
    </div>
    ${v.isOpen(`src:${prefix}-numbers`) ? html`<div id="${prefix}-numbers-src">${sourceEntries(v, all)}</div>` : nothing}
  </section>`;
}
