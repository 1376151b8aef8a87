import { html, nothing, type TemplateResult } from 'lit';
import { StepElement } from '../step-element.js';
import { DRUGS } from '../../../content/drugs.js';
import type { KnowledgeIndex } from '../../../content/knowledge.js';
import type { Cell, RowId } from '../../../content/types.js';
import type { ApproachAssessment, OptionAssessment, PriorityId, Reason } from '../../../engine/index.js';
import { STATUSES } from '../../../engine/vocabulary.js';
import type { StepId } from '../../../state/steps.js';
import { Citations } from '../../ui/citations.js';
import { detailsGate } from '../../ui/details-gate.js';
import { adoptInto } from '../adopt-styles.js';
import { comparisonStyles } from './comparison-step.styles.js';
import { statusBadge } from '../../ui/status-badge.js';
import { richText } from '../../ui/rich-text.js';
import { latestReview, sourceList } from '../../ui/source-list.js';
import { becauseText, answerLabel } from '../../answer-labels.js';
import { evidenceView } from './evidence-view.js';
import { ROW_IDS, highlightedRows } from './rows.js';

const PREFIX = 'cmp';

/**
 * Step 5: all five options in fixed order with equal visual weight (IPDAS balance): status in plain
 * words, reasons traced to the answers, the same ten rows per option, approaches with drugs and
 * evidence, supportive care for everyone, missing tests, and numbered sources with review dates.
 */
export class ComparisonStep extends StepElement {
  protected readonly stepId: StepId = 'comparison';

  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this, [comparisonStyles]);
  }

  /** Only read once the gate has let the body render, i.e. when the knowledge has arrived. */
  get #k(): KnowledgeIndex {
    return this.knowledge.index!;
  }

  #reasons(reasons: readonly Reason[], c: Citations): TemplateResult {
    const p = this.snapshot.profile;
    return html`<ul class="reasons">
      ${reasons.map(
        (r) => html`<li>
          ${richText(this.t(`engine:${r.key}`), this.i18n)}
          <span class="because">${becauseText(r.because, p, this.i18n)}</span>
          ${c.cite(r.sources, this.i18n, PREFIX)}
        </li>`,
      )}
    </ul>`;
  }

  #row(row: RowId, cell: Cell, marks: Map<RowId, PriorityId[]>, c: Citations): TemplateResult {
    const prios = marks.get(row);
    return html`<div class="row ${prios ? 'highlight' : ''}" data-row=${row}>
      <dt>
        ${this.t(`comparison:rows.${row}`)}
        ${prios
          ? html`<span class="mark">${this.t('priorities:highlighted')}</span><span class="visually-hidden">
              ${this.t('priorities:highlightedLabel', { priorities: this.i18n.list(prios.map((id) => this.t(`priorities:items.${id}`))) })}</span>`
          : nothing}
      </dt>
      <dd>${richText(this.t(`content:${cell.key}`), this.i18n)} ${c.cite(cell.sources, this.i18n, PREFIX)}</dd>
    </div>`;
  }

  #approach(a: ApproachAssessment, c: Citations): TemplateResult {
    const content = this.#k.approach(a.id);
    if (!content) return html``;
    const tc = (k: string) => richText(this.t(`content:${k}`), this.i18n);
    const drugs = DRUGS.filter((d) => content.drugs.includes(d.id));
    const evidence = this.#k.evidence(content.evidence);
    return html`<li class="approach">
      <details ?open=${this.settings.mode === 'clinician'}>
        <summary>
          <span class="approach-name">${tc(content.name)}</span>
          ${statusBadge(a.status, this.i18n)}
        </summary>
        <div class="approach-body">
          <p>${tc(content.summary)} ${c.cite(content.sources, this.i18n, PREFIX)}</p>
          ${this.#reasons(a.reasons, c)}
          ${drugs.length
            ? html`<p class="drugs"><strong>${this.t('comparison:drugs')}:</strong>
                ${drugs.map((d, i) => html`${i ? ', ' : ''}<span lang="en">${d.generic}${d.brands.length ? ` (${d.brands.join(', ')})` : ''}</span>`)}</p>`
            : nothing}
          <dl class="facts">
            ${(
              [
                ['how-given', content.howGiven],
                ['visits', content.visits],
                ['hair-loss', content.hairLoss],
                ['common-effects', content.commonEffects],
                ['serious-risks', content.seriousRisks],
                ['monitoring', content.monitoring],
              ] as const
            ).map(([row, key]) => html`<div><dt>${this.t(`comparison:rows.${row}`)}</dt><dd>${tc(key)}</dd></div>`)}
          </dl>
          ${evidence.length
            ? html`<h5>${this.t('comparison:evidence')}</h5>
                ${evidence.map((e) => evidenceView(e, this.i18n, c, PREFIX))}`
            : nothing}
        </div>
      </details>
    </li>`;
  }

  #option(o: OptionAssessment, marks: Map<RowId, PriorityId[]>, c: Citations): TemplateResult {
    const content = this.#k.option(o.id);
    if (!content) return html``;
    return html`<article class="option" data-option=${o.id} aria-labelledby="opt-${o.id}">
      <header class="option-head">
        <h3 id="opt-${o.id}">${this.t(`content:${content.name}`)}</h3>
        ${statusBadge(o.status, this.i18n)}
        <p class="summary">${richText(this.t(`content:${content.summary}`), this.i18n)}</p>
        <h4 class="reasons-heading">${this.t('comparison:reasons')}</h4>
        ${this.#reasons(o.reasons, c)}
      </header>
      <dl class="rows">${ROW_IDS.map((row) => this.#row(row, content.rows[row], marks, c))}</dl>
      <div class="approaches">
        <h4>${this.t('comparison:approaches')}</h4>
        <ul>${o.approaches.map((a) => this.#approach(a, c))}</ul>
      </div>
    </article>`;
  }

  protected override render() {
    if (!this.ready) return nothing;
    // The section and heading stay the same element while the content arrives, so focus stays put.
    const gate = detailsGate(this.i18n, this.knowledge);
    return html`<section class="step comparison ${this.settings.mode}" aria-labelledby="heading-comparison" part="comparison">
      ${this.heading(this.t('comparison:heading'))} ${gate === nothing ? this.#body() : gate}
    </section>`;
  }

  #body(): TemplateResult {
    const { assessment, profile } = this.snapshot;
    const t = (k: string, o?: Record<string, unknown>) => this.t(`comparison:${k}`, o);
    const c = new Citations();
    const { options, supportiveCare, approaches, priorityRows } = this.#k.data;
    const marks = highlightedRows(profile, priorityRows);
    const reviewed = latestReview([
      ...options.flatMap((o) => [o.reviewed, ...Object.values(o.rows).map((r) => r.reviewed)]),
      supportiveCare.reviewed,
      ...approaches.map((a) => a.reviewed),
    ]);
    return html`<p class="lead">${t('intro')}</p>
      <details class="legend">
        <summary>${t('legendHeading')}</summary>
        <dl>
          ${STATUSES.map((s) => html`<div><dt>${statusBadge(s, this.i18n)}</dt><dd>${this.t(`common:statusMeaning.${s}`)}</dd></div>`)}
        </dl>
      </details>
      <details class="numbers">
        <summary>${t('numbers.heading')}</summary>
        <ul>
          <li>${t('numbers.groups')}</li>
          <li>${t('numbers.median')}</li>
          <li>${t('numbers.selected')}</li>
        </ul>
      </details>
      <div class="grid">${assessment.options.map((o) => this.#option(o, marks, c))}</div>
      <section class="supportive" aria-labelledby="supportive-heading">
        <h3 id="supportive-heading">${t('supportive.heading')}</h3>
        <p>${richText(this.t(`content:${supportiveCare.summary}`), this.i18n)}</p>
        ${this.#reasons(assessment.supportiveCare.reasons, c)}
        <dl class="rows flat">${ROW_IDS.map((row) => this.#row(row, supportiveCare.rows[row], marks, c))}</dl>
      </section>
      <p class="note">${t('surgeryNote')}</p>
      ${assessment.missing.length
        ? html`<section class="missing" aria-labelledby="missing-heading">
            <h3 id="missing-heading">${t('missingHeading')}</h3>
            <ul>
              ${assessment.missing.map(
                (m) => html`<li><strong>${answerLabel(m.field, profile, this.i18n)}</strong>: ${this.t(`engine:${m.why}`)}</li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${sourceList(c, PREFIX, reviewed, this.i18n, this.#k)}`;
  }
}
