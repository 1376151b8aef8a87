// The comparison on narrow screens: five equal tiles (name, label, one line) and a "compare one
// topic" row of buttons; then one option, or one topic across all five, at a time, each with a way
// back. Every tile is the same size whatever its option's content, so order never becomes length.
import { html, nothing, type TemplateResult } from 'lit';
import { GLANCE_ROWS, glanceLine } from '../../../content/glance.js';
import type { RowId } from '../../../content/types.js';
import type { OptionId } from '../../../engine/index.js';
import { statusBadge } from '../../ui/status-badge.js';
import { cellText, priorityMark, rowSourceIds } from './glance-grid.js';
import { morePanel } from './more-panel.js';
import { sourceEntries, sourcesToggle } from './row-sources.js';
import { type ViewContext, toggleButton } from './view-context.js';

export type PhoneView = { kind: 'tiles' } | { kind: 'option'; id: OptionId } | { kind: 'topic'; row: RowId };

export interface PhoneNav {
  view: PhoneView;
  go(view: PhoneView): void;
}

const optionName = (v: ViewContext, id: OptionId) => {
  const c = v.k.option(id);
  return c ? v.i18n.t(`content:${c.name}`) : id;
};

function tiles(v: ViewContext, nav: PhoneNav): TemplateResult {
  const { t } = v.i18n;
  return html`<ul class="tiles" aria-label=${t('comparison:phone.tilesLabel')}>
      ${v.assessment.options.map(
        (o) => html`<li>
          <button type="button" class="tile" id="p-tile-${o.id}" data-option=${o.id} @click=${() => nav.go({ kind: 'option', id: o.id })}>
            <span class="opt-name">${optionName(v, o.id)}</span>
            ${statusBadge(o.status, v.i18n)}
            <span class="line">${t(`content:${glanceLine(o.id)}`)}</span>
          </button>
        </li>`,
      )}
    </ul>
    <h3 class="topics-heading" id="p-topics">${t('comparison:phone.topicHeading')}</h3>
    <ul class="topics" aria-labelledby="p-topics">
      ${GLANCE_ROWS.map(
        (r) => html`<li>
          <button type="button" class="button topic" id="p-topic-${r}" @click=${() => nav.go({ kind: 'topic', row: r })}>
            ${t(`comparison:rows.${r}`)}${priorityMark(v, r)}</button>
        </li>`,
      )}
    </ul>`;
}

const back = (v: ViewContext, nav: PhoneNav) =>
  html`<button type="button" class="button back-to-all" @click=${() => nav.go({ kind: 'tiles' })}>
    <span class="arrow" aria-hidden="true"></span>${v.i18n.t('comparison:phone.allOptions')}</button>`;

function optionView(v: ViewContext, nav: PhoneNav, id: OptionId): TemplateResult {
  const { t } = v.i18n;
  const o = v.assessment.options.find((x) => x.id === id)!;
  const content = v.k.option(id);
  const rows: readonly RowId[] = GLANCE_ROWS;
  const srcId = `p-src-${id}`;
  return html`<article class="phone-option" data-option=${id} aria-labelledby="p-opt-${id}">
    <h3 id="p-opt-${id}" tabindex="-1">${optionName(v, id)}</h3>
    ${statusBadge(o.status, v.i18n)}
    <p class="line">${t(`content:${glanceLine(id)}`)}</p>
    <dl class="facts">
      ${rows.map(
        (r) => html`<div class=${v.marks.has(r) ? 'highlight' : ''} data-row=${r}>
          <dt>${t(`comparison:rows.${r}`)}${priorityMark(v, r)}</dt><dd>${cellText(v, id, r)}</dd>
        </div>`,
      )}
    </dl>
    <div class="block-sources">
      ${sourcesToggle(v, `p-${id}`, srcId, t('comparison:optionSources', { option: optionName(v, id) }))}
      ${v.isOpen(`src:p-${id}`) ? html`<div id=${srcId}>${sourceEntries(v, rows.flatMap((r) => content?.rows[r].sources ?? []))}</div>` : nothing}
    </div>
    ${toggleButton(v, `more:${id}`, t('comparison:moreAbout', { option: optionName(v, id) }), `p-more-${id}`, 'more-about')}
    ${v.isOpen(`more:${id}`) ? morePanel(v, o, `p-more-${id}`, true) : nothing}
    ${back(v, nav)}
  </article>`;
}

function topicView(v: ViewContext, nav: PhoneNav, row: RowId): TemplateResult {
  const { t } = v.i18n;
  const topic = t(`comparison:rows.${row}`);
  const srcId = `p-src-topic-${row}`;
  return html`<section class="phone-topic" data-row=${row} aria-labelledby="p-topic-heading">
    <h3 id="p-topic-heading" tabindex="-1">${t('comparison:phone.topicTitle', { topic })}${priorityMark(v, row)}</h3>
    <dl class="facts">
      ${v.assessment.options.map(
        (o) => html`<div data-option=${o.id}><dt>${optionName(v, o.id)} ${statusBadge(o.status, v.i18n)}</dt><dd>${cellText(v, o.id, row)}</dd></div>`,
      )}
    </dl>
    <div class="block-sources">
      ${sourcesToggle(v, `p-topic-${row}`, srcId, t('comparison:rowSourcesLabel', { row: topic }))}
      ${v.isOpen(`src:p-topic-${row}`) ? html`<div id=${srcId}>${sourceEntries(v, rowSourceIds(v, row))}</div>` : nothing}
    </div>
    ${back(v, nav)}
  </section>`;
}

export function phoneViews(v: ViewContext, nav: PhoneNav): TemplateResult {
  const view = nav.view;
  return html`<div class="glance-narrow">
    ${view.kind === 'option' ? optionView(v, nav, view.id) : view.kind === 'topic' ? topicView(v, nav, view.row) : tiles(v, nav)}
  </div>`;
}
