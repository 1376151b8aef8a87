import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StyledStepElement } from '../styled-step.js';
import type { PriorityId } from '../../../engine/index.js';
import { PRIORITY_IDS } from '../../../engine/vocabulary.js';
import type { StepId } from '../../../state/steps.js';
import { trialSearchUrl } from '../../../state/trial-link.js';
import { pick } from '../../../state/embedder-text.js';
import { emit, intent } from '../../../util/events.js';
import { localIsoDate } from '../../../util/today.js';
import { Citations } from '../../ui/citations.js';
import { afterStartBody } from '../../ui/after-start-gate.js';
import { summaryStyles } from './summary-step.styles.js';
import { statusBadge } from '../../ui/status-badge.js';
import { richText } from '../../ui/rich-text.js';
import { latestReview, sourceList } from '../../ui/source-list.js';
import { answerLabel } from '../../answer-labels.js';
import { highPriorities } from '../../../engine/vocabulary.js';
import { missingTestList, reasonList } from '../../ui/reason-list.js';
import { printWidget } from './print-document.js';
import { answersList, type EditIntent } from './summary-answers.js';
import { sureCheck, sureOnPaper } from './sure-check.js';
import { ShareController } from './share-controller.js';
import { paperOnly, summaryActions } from './summary-actions.js';
import { aboutView } from '../../ui/about-view.js';
import { contentReviewDate } from '../../../content/reviewed.js';

const PREFIX = 'sum';

/**
 * Step 6: everything to take to the appointment: answers (each with a way back to change it), the
 * options and labels, priorities and how each option relates to them, tests worth asking about,
 * questions for the care team, the SURE readiness check, a trial search link, print and share.
 * The parts with a job of their own live beside it: the answers with "Change" (summary-answers.ts),
 * the SURE check (sure-check.ts), copying the link (share-controller.ts), the actions and what only
 * paper carries (summary-actions.ts), and the print document (print-document.ts).
 */
export class SummaryStep extends StyledStepElement {
  static override styles = summaryStyles;

  protected readonly stepId: StepId = 'summary';

  readonly #share = new ShareController(this);
  @state() private confirmReset = false;
  /** trials="live": the finder is its own module, fetched only when this section shows it. */
  @state() private finder: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  protected override willUpdate(): void {
    if (this.finder !== 'idle' || !this.ready || this.settings.trials !== 'live') return;
    this.finder = 'loading';
    import('../../trial-finder/trial-finder.js').then(
      () => (this.finder = 'ready'),
      () => (this.finder = 'failed'),
    );
  }

  #liveFinder(): TemplateResult {
    if (this.finder === 'failed') return html`<p role="status" class="live-status">${this.t('summary:trials.liveFailed')}</p>`;
    return html`<mbc-trial-finder></mbc-trial-finder>`;
  }

  #edit = (edit: EditIntent) => intent<EditIntent>(this, 'mbc-intent-edit', edit);

  #print = () => {
    emit(this, 'mbc-summary-print', {});
    // A dedicated print document: the host page's header, menus and CSS never reach the paper.
    const host = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    if (!host || !printWidget(host)) window.print();
  };

  #reset = () => intent(this, 'mbc-intent-reset', {});

  #priorities(c: Citations): TemplateResult {
    const p = this.snapshot.profile;
    const k = this.knowledge.index!.data;
    const high = highPriorities(p);
    const rated = PRIORITY_IDS.filter((id) => p.priorities[id] !== undefined);
    if (!rated.length) return html`<p>${this.t('summary:prioritiesNone')}</p>`;
    return html`<ul class="priority-levels">
        ${rated.map((id) => html`<li>${answerLabel(`priorities.${id}`, p, this.i18n)}</li>`)}
      </ul>
      ${high.map((id: PriorityId) => {
        // Never the 'What studies found' row: its survival figures sit behind the reader's own choice on
        // the comparison, and only for studies of people like them (#10); the next related row instead.
        const row = k.priorityRows[id].find((r) => r !== 'evidence');
        if (!row) return nothing;
        return html`<div class="priority-relate">
          <h4>${this.t(`priorities:items.${id}`)}: ${this.t(`comparison:rows.${row}`)}</h4>
          <dl>
            ${k.options.map(
              (o) => html`<div><dt>${this.t(`content:${o.name}`)}</dt>
                <dd>${richText(this.t(`content:${o.rows[row].key}`), this.i18n)} ${c.cite(o.rows[row].sources, this.i18n, PREFIX)}</dd></div>`,
            )}
          </dl>
        </div>`;
      })}`;
  }

  protected override render() {
    if (!this.ready) return nothing;
    return html`<section class="step summary" aria-labelledby="heading-summary" part="summary">
      ${this.heading(this.t('summary:heading'))} ${afterStartBody(this.i18n, this.knowledge, () => this.#body())}
    </section>`;
  }

  #body(): TemplateResult {
    const { profile } = this.snapshot;
    // Never null here: this view's part loads only after the engine (AfterStartController).
    const assessment = this.snapshot.assessment!;
    const t = (k: string, o?: Record<string, unknown>) => this.t(`summary:${k}`, o);
    const c = new Citations();
    const today = localIsoDate();
    const reviewed = latestReview(this.knowledge.index!.data.options.map((o) => o.reviewed));
    return html`<p class="lead">${t('intro')}</p>
      <p class="made-on">${t('date', { date: this.i18n.date(today) })}</p>

      <section aria-labelledby="sum-answers"><h3 id="sum-answers">${t('answersHeading')}</h3>${answersList(this.snapshot, this.i18n, this.#edit)}</section>

      <section aria-labelledby="sum-options">
        <h3 id="sum-options">${t('optionsHeading')}</h3>
        <p class="not-ranking">${t('notRanking')}</p>
        <ul class="option-list">
          ${assessment.options.map((o) => {
            const content = this.knowledge.index!.option(o.id);
            return html`<li>
              <strong>${content ? this.t(`content:${content.name}`) : o.id}</strong> ${statusBadge(o.status, this.i18n)}
              ${reasonList(o.reasons, profile, this.i18n, (r) => c.cite(r.sources, this.i18n, PREFIX))}
            </li>`;
          })}
        </ul>
      </section>

      <section aria-labelledby="sum-priorities"><h3 id="sum-priorities">${t('prioritiesHeading')}</h3>${this.#priorities(c)}</section>

      <section aria-labelledby="sum-tests">
        <h3 id="sum-tests">${t('testsHeading')}</h3>
        ${assessment.missing.length
          ? missingTestList(assessment.missing, profile, this.i18n)
          : html`<p>${t('testsNone')}</p>`}
      </section>

      <section aria-labelledby="sum-questions">
        <h3 id="sum-questions">${t('questionsHeading')}</h3>
        <ol class="questions">${assessment.questions.map((q) => html`<li>${this.t(`engine:${q}`)}</li>`)}</ol>
        ${this.settings.embedderContent?.questions.length
          ? html`<h4>${t('orgQuestions', { org: this.settings.orgName ?? location.host })}</h4>
              <ul class="questions org">${this.settings.embedderContent.questions.map((q) => html`<li>${pick(q, this.i18n.lang)}</li>`)}</ul>`
          : nothing}
      </section>

      ${sureCheck(this.snapshot, this.store, this.i18n)}

      <section class="trials" aria-labelledby="sum-trials">
        <h3 id="sum-trials">${t('trials.heading')}</h3>
        ${this.settings.trials === 'off'
          ? html`<p>${t('trials.off')}</p>`
          : html`<p>${t('trials.text')}</p>
              <p><a class="button" href=${trialSearchUrl(profile)} target="_blank" rel="noopener noreferrer"
                @click=${() => emit(this, 'mbc-trials-search', { mode: 'link' })}>${t('trials.link')}</a></p>
              ${this.settings.trials === 'live' ? this.#liveFinder() : nothing}`}
      </section>

      ${paperOnly(this.i18n, this.settings, contentReviewDate(), sureOnPaper(this.snapshot, this.i18n))}
      ${summaryActions(this.i18n, {
        share: this.#share,
        confirmReset: this.confirmReset,
        print: this.#print,
        copyLink: () => void this.#share.share(this.store),
        askReset: (on) => (this.confirmReset = on),
        reset: this.#reset,
      })}
      ${sourceList(c, PREFIX, reviewed, this.i18n, this.knowledge.index!)}
      <section class="print-only paper-about">
        <h3>${this.t('common:trust.about')}</h3>
        ${aboutView(this.i18n, this.settings, contentReviewDate(), 'h4')}
      </section>
`;
  }
}
