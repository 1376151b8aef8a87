// The Option Grid for wide screens: the five options as columns in fixed order, the same few rows for
// each, every cell short. One "Sources" control per row, "More topics" adds the remaining rows to
// every column at once, and "More about …" opens one option's depth in place, under its own column.
import { html, nothing, type TemplateResult } from 'lit';
import { GLANCE_ROWS, MORE_ROWS, glanceCell, glanceLine } from '../../../content/glance.js';
import type { RowId } from '../../../content/types.js';
import type { OptionId } from '../../../engine/index.js';
import { richText } from '../../ui/rich-text.js';
import { statusBadge } from '../../ui/status-badge.js';
import { morePanel } from './more-panel.js';
import { sourceEntries, sourcesToggle } from './row-sources.js';
import { type ViewContext, toggleButton } from './view-context.js';

export function priorityMark(v: ViewContext, row: RowId): TemplateResult | typeof nothing {
  const prios = v.marks.get(row);
  if (!prios) return nothing;
  const { t } = v.i18n;
  return html`<span class="mark">${t('priorities:highlighted')}</span><span class="visually-hidden">
    ${t('priorities:highlightedLabel', { priorities: v.i18n.list(prios.map((id) => t(`priorities:items.${id}`))) })}</span>`;
}

/** The text of one cell: the short version for glance rows, the full row otherwise. */
export function cellText(v: ViewContext, option: OptionId, row: RowId): TemplateResult | string {
  const content = v.k.option(option);
  if (!content) return '';
  const glance = (GLANCE_ROWS as readonly RowId[]).includes(row);
  return richText(v.i18n.t(`content:${glance ? glanceCell(option, row as (typeof GLANCE_ROWS)[number]) : content.rows[row].key}`), v.i18n);
}

export const rowSourceIds = (v: ViewContext, row: RowId): string[] =>
  v.assessment.options.flatMap((o) => v.k.option(o.id)?.rows[row].sources ?? []);

function row(v: ViewContext, r: RowId): TemplateResult {
  const { t } = v.i18n;
  const name = t(`comparison:rows.${r}`);
  const region = `g-src-${r}`;
  return html`<tr class=${v.marks.has(r) ? 'highlight' : ''} data-row=${r}>
      <th scope="row"><span class="row-name">${name}</span>${priorityMark(v, r)}
        ${sourcesToggle(v, r, region, t('comparison:rowSourcesLabel', { row: name }))}</th>
      ${v.assessment.options.map((o) => html`<td>${cellText(v, o.id, r)}</td>`)}
    </tr>
    ${v.isOpen(`src:${r}`)
      ? html`<tr class="src-row" id=${region}><td colspan="6">${sourceEntries(v, rowSourceIds(v, r))}</td></tr>`
      : nothing}`;
}

export function glanceGrid(v: ViewContext): TemplateResult {
  const { t } = v.i18n;
  const moreRows = v.isOpen('rows');
  return html`<div class="glance-wide">
    <table class="grid" id="g-grid" aria-labelledby="heading-comparison">
      <thead>
        <tr>
          <td class="corner"></td>
          ${v.assessment.options.map((o) => {
            const content = v.k.option(o.id);
            return html`<th scope="col" id="g-opt-${o.id}" data-option=${o.id}>
              <span class="opt-name">${content ? t(`content:${content.name}`) : o.id}</span>
              ${statusBadge(o.status, v.i18n)}
              <span class="line">${t(`content:${glanceLine(o.id)}`)}</span>
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${GLANCE_ROWS.map((r) => row(v, r))} ${moreRows ? MORE_ROWS.map((r) => row(v, r)) : nothing}
        <tr class="more-row">
          <th scope="row">${toggleButton(v, 'rows', t('comparison:moreTopics'), 'g-grid', 'more-topics')}</th>
          ${v.assessment.options.map((o) => {
            const content = v.k.option(o.id);
            const name = content ? t(`content:${content.name}`) : o.id;
            return html`<td>${toggleButton(v, `more:${o.id}`, t('comparison:moreAbout', { option: name }), `g-more-${o.id}`, 'more-about')}</td>`;
          })}
        </tr>
        ${v.assessment.options.some((o) => v.isOpen(`more:${o.id}`))
          ? html`<tr class="more-panels">
              <td></td>
              ${v.assessment.options.map((o) => html`<td>${v.isOpen(`more:${o.id}`) ? morePanel(v, o, `g-more-${o.id}`, !moreRows) : nothing}</td>`)}
            </tr>`
          : nothing}
      </tbody>
    </table>
  </div>`;
}
