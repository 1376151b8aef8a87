import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StyledStepElement } from '../styled-step.js';
import type { KnowledgeIndex } from '../../../content/knowledge.js';
import { GLANCE_ROWS, MORE_ROWS } from '../../../content/glance.js';
import { highlightedRows } from './rows.js';
import { ROW_IDS } from '../../../content/rows.js';
import { STATUSES } from '../../../engine/vocabulary.js';
import type { StepId } from '../../../state/steps.js';
import { Citations } from '../../ui/citations.js';
import { afterStartBody } from '../../ui/after-start-gate.js';
import { comparisonStyles } from './comparison-step.styles.js';
import { statusBadge } from '../../ui/status-badge.js';
import { richText } from '../../ui/rich-text.js';
import { latestReview, sourceList } from '../../ui/source-list.js';
import { glanceGrid } from './glance-grid.js';
import { phoneViews, type PhoneView } from './phone-views.js';
import { missingTestList, reasonList } from '../../ui/reason-list.js';
import { numbersChoice, setNumbersChoice } from './numbers-choice.js';
import { optionEvidence, studyNumbers } from './study-numbers.js';
import { sourceEntries, sourcesToggle } from './row-sources.js';
import { PREFIX, toggleButton, type ViewContext } from './view-context.js';

/**
 * Step 5, overview first: the five options in fixed order with equal weight (IPDAS balance), the
 * same few rows answered for each, and every deeper layer one visible "more" away — reasons, other
 * rows, kinds of treatment, study numbers (behind a kind question), sources (per row, and the full
 * numbered list as its own view so it never stands between the reader and "See my summary").
 */
export class ComparisonStep extends StyledStepElement {
  static override styles = comparisonStyles;

  protected readonly stepId: StepId = 'comparison';

  /**
   * Open every disclosure at once (clinician "Show all details"). The one switch that decides, with
   * the reader's own toggles, what is expanded: see #isOpen.
   */
  @property({ type: Boolean, attribute: false }) showAllDetails = false;

  @state() private open: ReadonlySet<string> = new Set();
  @state() private phone: PhoneView = { kind: 'tiles' };
  @state() private sourcesView = false;
  @state() private numbersShown: boolean | undefined;

  /** Only read once the gate has let the body render, i.e. when the knowledge has arrived. */
  get #k(): KnowledgeIndex {
    return this.knowledge.index!;
  }

  #isOpen(key: string): boolean {
    return this.showAllDetails || this.open.has(key);
  }

  #toggle(key: string): void {
    const next = new Set(this.open);
    if (!next.delete(key)) next.add(key);
    this.open = next;
  }

  /** Focus an element of this step once it has rendered (after a view change). */
  async #focus(id: string): Promise<void> {
    await this.updateComplete;
    const el = (this.getRootNode() as ShadowRoot).getElementById(id) ?? this.querySelector<HTMLElement>(`#${id}`);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  }

  #focusSummaryButton = (): void => {
    const root = this.getRootNode() as ShadowRoot | Document;
    root.querySelector<HTMLElement>('.step-nav .next')?.focus();
  };

  #goPhone(view: PhoneView): void {
    const from = this.phone;
    this.phone = view;
    if (view.kind === 'option') void this.#focus(`p-opt-${view.id}`);
    else if (view.kind === 'topic') void this.#focus('p-topic-heading');
    else void this.#focus(from.kind === 'option' ? `p-tile-${from.id}` : from.kind === 'topic' ? `p-topic-${from.row}` : 'heading-comparison');
  }

  #showSources(show: boolean): void {
    this.sourcesView = show;
    void this.#focus(show ? `${PREFIX}-sources-heading` : `${PREFIX}-all-sources`);
  }

  protected override render() {
    if (!this.ready) return nothing;
    return html`<section class="step comparison ${this.settings.mode}" aria-labelledby="heading-comparison" part="comparison">
      ${this.heading(this.t('comparison:heading'))} ${afterStartBody(this.i18n, this.knowledge, () => this.#body())}
    </section>`;
  }

  #context(): ViewContext {
    const { profile } = this.snapshot;
    // Never null here: this view's part loads only after the engine (AfterStartController).
    const assessment = this.snapshot.assessment!;
    const c = new Citations();
    const v: ViewContext = {
      i18n: this.i18n,
      k: this.#k,
      profile,
      assessment,
      marks: highlightedRows(profile, this.#k.data.priorityRows),
      citations: c,
      isOpen: (key) => this.#isOpen(key),
      toggle: (key) => this.#toggle(key),
    };
    // Number every source once, in reading order, whatever is open: the numbers in a row's list are
    // the numbers of the full list.
    const { options, supportiveCare } = this.#k.data;
    for (const row of [...GLANCE_ROWS, ...MORE_ROWS]) for (const o of options) o.rows[row].sources.forEach((id) => c.number(id));
    for (const o of assessment.options) {
      const content = this.#k.option(o.id);
      content?.sources.forEach((id) => c.number(id));
      o.reasons.forEach((r) => r.sources.forEach((id) => c.number(id)));
      o.approaches.forEach((a) => this.#k.approach(a.id)?.sources.forEach((id) => c.number(id)));
    }
    for (const o of assessment.options) this.#k.evidence(optionEvidence(v, o.id)).forEach((e) => e.sources.forEach((id) => c.number(id)));
    supportiveCare.sources.forEach((id) => c.number(id));
    assessment.supportiveCare.reasons.forEach((r) => r.sources.forEach((id) => c.number(id)));
    for (const row of ROW_IDS) supportiveCare.rows[row].sources.forEach((id) => c.number(id));
    return v;
  }

  /** Clinician mode starts collapsed like the overview; one control opens or closes every detail. */
  #presenter(): TemplateResult {
    const all = this.showAllDetails;
    return html`<p class="presenter">
      <button type="button" class="button show-all" aria-pressed=${all ? 'true' : 'false'}
        @click=${() => (this.showAllDetails = !all)}>${this.t(`comparison:clinician.${all ? 'collapseAll' : 'expandAll'}`)}</button>
    </p>`;
  }

  #legend(v: ViewContext): TemplateResult {
    // Every label this reader will meet (options and the kinds of treatment inside them), with its
    // meaning beside it, before the grid where they first appear.
    const used = new Set(v.assessment.options.flatMap((o) => [o.status, ...o.approaches.map((a) => a.status)]));
    return html`<div class="legend">
      <h3 class="legend-heading">${this.t('comparison:legendHeading')}</h3>
      <dl>
        ${STATUSES.filter((s) => used.has(s)).map(
          (s) => html`<div><dt>${statusBadge(s, this.i18n)}</dt><dd>${this.t(`common:statusMeaning.${s}`)}</dd></div>`,
        )}
      </dl>
      <p class="not-ranking">${this.t('comparison:notRanking')}</p>
    </div>`;
  }

  #supportive(v: ViewContext): TemplateResult {
    const t = (k: string) => this.t(`comparison:${k}`);
    const sc = this.#k.data.supportiveCare;
    const open = this.#isOpen('supportive');
    return html`<section class="supportive" aria-labelledby="supportive-heading">
      <h3 id="supportive-heading">${t('supportive.heading')}</h3>
      <p>${richText(this.t(`content:${sc.summary}`), this.i18n)}</p>
      ${toggleButton(v, 'supportive', t('moreSupportive'), 'supportive-more', 'more-about')}
      ${open
        ? html`<div id="supportive-more" class="more-panel">
            ${reasonList(v.assessment.supportiveCare.reasons, v.profile, v.i18n)}
            <dl class="facts flat">
              ${ROW_IDS.map((row) => html`<div><dt>${this.t(`comparison:rows.${row}`)}</dt><dd>${richText(this.t(`content:${sc.rows[row].key}`), this.i18n)}</dd></div>`)}
            </dl>
            <div class="block-sources">
              ${sourcesToggle(v, 'supportive', 'supportive-src', this.t('comparison:rowSourcesLabel', { row: t('supportive.heading') }))}
              ${this.#isOpen('src:supportive')
                ? html`<div id="supportive-src">${sourceEntries(v, [...sc.sources, ...ROW_IDS.flatMap((r) => sc.rows[r].sources)])}</div>`
                : nothing}
            </div>
          </div>`
        : nothing}
    </section>`;
  }

  #missing(v: ViewContext): TemplateResult | typeof nothing {
    const { assessment, profile } = v;
    if (!assessment.missing.length) return nothing;
    return html`<section class="missing" aria-labelledby="missing-heading">
      <h3 id="missing-heading" class="toggle-heading">${toggleButton(v, 'missing', this.t('comparison:missingHeading'), 'missing-list', 'more-about')}</h3>
      ${this.#isOpen('missing') ? missingTestList(assessment.missing, profile, this.i18n, 'missing-list') : nothing}
    </section>`;
  }

  #reviewed(): string {
    const { options, supportiveCare, approaches } = this.#k.data;
    return latestReview([
      ...options.flatMap((o) => [o.reviewed, ...Object.values(o.rows).map((r) => r.reviewed)]),
      supportiveCare.reviewed,
      ...approaches.map((a) => a.reviewed),
    ]);
  }

  #body(): TemplateResult {
    const v = this.#context();
    const t = (k: string, o?: Record<string, unknown>) => this.t(`comparison:${k}`, o);
    if (this.sourcesView)
      return html`<div class="sources-view">
        <p class="view-actions">
          <button type="button" class="button" @click=${() => this.#showSources(false)}>
            <span class="arrow" aria-hidden="true"></span>${t('backToComparison')}</button>
          <button type="button" class="button quiet skip" @click=${this.#focusSummaryButton}>${t('skipSources')}</button>
        </p>
        ${sourceList(v.citations, PREFIX, this.#reviewed(), this.i18n, this.#k)}
        <p class="view-actions">
          <button type="button" class="button" @click=${() => this.#showSources(false)}>
            <span class="arrow" aria-hidden="true"></span>${t('backToComparison')}</button>
        </p>
      </div>`;
    const choice = {
      shown: this.numbersShown ?? numbersChoice(this.store),
      choose: (show: boolean) => {
        setNumbersChoice(this.store, show);
        this.numbersShown = show;
        void this.#focus(`${PREFIX}-numbers-heading`);
      },
    };
    return html`<p class="lead">${t('intro')}
        <button type="button" class="button quiet skip" @click=${this.#focusSummaryButton}>${t('skipToSummary')}</button></p>
      ${this.settings.mode === 'clinician' ? this.#presenter() : nothing}
      ${this.#legend(v)} ${glanceGrid(v)} ${phoneViews(v, { view: this.phone, go: (view) => this.#goPhone(view) })}
      ${studyNumbers(v, choice, PREFIX)} ${this.#supportive(v)}
      <p class="note">${t('surgeryNote')}</p>
      ${this.#missing(v)}
      <p class="all-sources">
        <button type="button" class="button quiet" id="${PREFIX}-all-sources" @click=${() => this.#showSources(true)}>
          ${t('allSources', { count: this.i18n.number(v.citations.ids.length) })}</button>
        <span class="reviewed">${this.t('common:sources.reviewed', { date: this.i18n.date(this.#reviewed()) })}</span>
      </p>`;
  }
}
