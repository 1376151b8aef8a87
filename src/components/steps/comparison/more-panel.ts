// What "More about <option>" opens: why the option has its label (traced to the answers), the rest of
// its rows, and the kinds of treatment inside it, each with its own label and details. The same
// structure for every option, so opening one never gives it more weight than another.
import { html, nothing, type TemplateResult } from 'lit';
import { DRUGS } from '../../../content/drugs.js';
import { drugLabel } from '../../../content/drug-label.js';
import { MORE_ROWS } from '../../../content/glance.js';
import type { RowId } from '../../../content/types.js';
import type { ApproachAssessment, OptionAssessment } from '../../../engine/index.js';
import { reasonList } from '../../ui/reason-list.js';
import { richText } from '../../ui/rich-text.js';
import { statusBadge } from '../../ui/status-badge.js';
import { sourceEntries, sourcesToggle } from './row-sources.js';
import type { ViewContext } from './view-context.js';

function approach(v: ViewContext, a: ApproachAssessment): TemplateResult {
  const content = v.k.approach(a.id);
  if (!content) return html``;
  const t = v.i18n.t;
  const tc = (k: string) => richText(t(`content:${k}`), v.i18n);
  const drugs = DRUGS.filter((d) => content.drugs.includes(d.id));
  const facts: Array<[RowId, string]> = [
    ['how-given', content.howGiven],
    ['visits', content.visits],
    ['hair-loss', content.hairLoss],
    ['common-effects', content.commonEffects],
    ['serious-risks', content.seriousRisks],
    ['monitoring', content.monitoring],
  ];
  return html`<li class="approach">
    <details ?open=${v.isOpen('all')}>
      <summary>
        <span class="approach-name">${tc(content.name)}</span>
        ${statusBadge(a.status, v.i18n)}
        <span class="cue"><span class="chevron" aria-hidden="true"></span>${t('comparison:approachDetails')}</span>
      </summary>
      <div class="approach-body">
        <p>${tc(content.summary)}</p>
        ${a.reasons.length ? reasonList(a.reasons, v.profile, v.i18n) : nothing}
        ${drugs.length
          ? html`<p class="drugs"><strong>${t('comparison:drugs')}:</strong>
              ${drugs.map((d, i) => html`${i ? ', ' : ''}<span lang="en">${drugLabel(d)}</span>`)}</p>`
          : nothing}
        <dl class="facts">
          ${facts.map(([row, key]) => html`<div><dt>${t(`comparison:rows.${row}`)}</dt><dd>${tc(key)}</dd></div>`)}
        </dl>
      </div>
    </details>
  </li>`;
}

/** `withRows`: include the rows beyond the glance (left out where "More topics" already shows them). */
export function morePanel(v: ViewContext, o: OptionAssessment, id: string, withRows: boolean): TemplateResult {
  const content = v.k.option(o.id);
  if (!content) return html``;
  const t = v.i18n.t;
  const name = t(`content:${content.name}`);
  const srcId = `${id}-src`;
  const ids = [...content.sources, ...o.reasons.flatMap((r) => r.sources), ...o.approaches.flatMap((a) => v.k.approach(a.id)?.sources ?? [])];
  if (withRows) ids.push(...MORE_ROWS.flatMap((r) => content.rows[r].sources));
  return html`<div class="more-panel" id=${id}>
    <p class="summary">${richText(t(`content:${content.summary}`), v.i18n)}</p>
    <h4 class="reasons-heading">${t('comparison:reasons')}</h4>
    ${reasonList(o.reasons, v.profile, v.i18n)}
    ${withRows
      ? html`<dl class="facts">
          ${MORE_ROWS.map((row) => html`<div><dt>${t(`comparison:rows.${row}`)}</dt><dd>${richText(t(`content:${content.rows[row].key}`), v.i18n)}</dd></div>`)}
        </dl>`
      : nothing}
    <h4>${t('comparison:approaches')}</h4>
    <ul class="approaches">${o.approaches.map((a) => approach(v, a))}</ul>
    <div class="block-sources">
      ${sourcesToggle(v, `opt-${o.id}-${id}`, srcId, t('comparison:optionSources', { option: name }))}
      ${v.isOpen(`src:opt-${o.id}-${id}`) ? html`<div id=${srcId}>${sourceEntries(v, ids)}</div>` : nothing}
    </div>
  </div>`;
}
