import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StepElement } from '../step-element.js';
import { isQuestionRelevant, relevantBiomarkers } from '../../../engine/flow.js';
import type { PriorityId } from '../../../engine/index.js';
import { PRIORITY_IDS } from '../../../engine/vocabulary.js';
import type { StepId } from '../../../state/steps.js';
import { isAnswered, type SureId, type UnsureField } from '../../../state/store.js';
import { trialSearchUrl } from '../../../state/trial-link.js';
import { sharedStudyIds } from '../../../state/trial-choice.js';
import { pick } from '../../../state/embedder-text.js';
import { emit, intent } from '../../../util/events.js';
import { localIsoDate } from '../../../util/today.js';
import { shareUrl } from '../../../state/share-link.js';
import { Citations } from '../../ui/citations.js';
import { detailsGate } from '../../ui/details-gate.js';
import { adoptInto } from '../adopt-styles.js';
import { summaryStyles } from './summary-step.styles.js';
import { statusBadge } from '../../ui/status-badge.js';
import { richText } from '../../ui/rich-text.js';
import { latestReview, sourceList } from '../../ui/source-list.js';
import { radioGroup } from '../../ui/choice-group.js';
import { answerLabel, becauseText } from '../../answer-labels.js';
import { highPriorities } from '../comparison/rows.js';
import { printWidget } from './print-document.js';
import { aboutView } from '../../ui/about-view.js';
import { contentReviewDate } from '../../../content/reviewed.js';

const PREFIX = 'sum';
const SURE_IDS: SureId[] = ['sure', 'informed', 'values', 'support'];

/** Questions of the receptors and treatments steps, in the order they were asked. */
const ANSWER_PATHS: Array<{ path: string; step: StepId; question: string }> = [
  { path: 'hr', step: 'receptors', question: 'hr' },
  { path: 'her2', step: 'receptors', question: 'her2' },
  { path: 'menopause', step: 'receptors', question: 'menopause' },
  { path: 'biomarkers', step: 'receptors', question: 'biomarkers' },
  { path: 'sites', step: 'receptors', question: 'sites' },
  { path: 'symptoms', step: 'receptors', question: 'symptoms' },
  { path: 'rapidOrganThreat', step: 'receptors', question: 'rapidOrganThreat' },
  { path: 'metastaticLines', step: 'treatments', question: 'metastaticLines' },
  { path: 'earlyRelapse', step: 'treatments', question: 'earlyRelapse' },
  { path: 'received', step: 'treatments', question: 'received' },
];

export interface EditIntent {
  step: StepId;
  /** The id of the question to focus (its fieldset is q-<question>). */
  question: string;
}

/**
 * Step 6: everything to take to the appointment: answers (each with a way back to change it), the
 * options and labels, priorities and how each option relates to them, tests worth asking about,
 * questions for the care team, the SURE readiness check, a trial search link, print and share.
 */
export class SummaryStep extends StepElement {
  protected readonly stepId: StepId = 'summary';

  override connectedCallback(): void {
    super.connectedCallback();
    adoptInto(this, [summaryStyles]);
  }

  @state() private shareState: 'idle' | 'copied' | 'failed' = 'idle';
  @state() private sharedUrl = '';
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

  #edit(step: StepId, question: string) {
    intent<EditIntent>(this, 'mbc-intent-edit', { step, question });
  }

  #print = () => {
    emit(this, 'mbc-summary-print', {});
    // A dedicated print document: the host page's header, menus and CSS never reach the paper.
    const host = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    if (!host || !printWidget(host)) window.print();
  };

  #share = async () => {
    const url = shareUrl(location.href, this.snapshot.profile, sharedStudyIds(this.store));
    this.sharedUrl = url;
    try {
      // Some browsers leave the promise pending (no permission prompt possible): give up after 3 s.
      await Promise.race([
        navigator.clipboard.writeText(url),
        new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 3000)),
      ]);
      emit(this, 'mbc-summary-share', {});
      this.shareState = 'copied';
    } catch {
      emit(this, 'mbc-error', { code: 'clipboard-failed' });
      this.shareState = 'failed';
    }
  };

  #reset = () => intent(this, 'mbc-intent-reset', {});

  #answers(): TemplateResult {
    const snap = this.snapshot;
    const p = snap.profile;
    // Questions never touched are listed once, together, rather than as a wall of "not sure" lines.
    const notAnswered: Array<{ name: string; step: StepId; question: string }> = [];
    const rows = ANSWER_PATHS.flatMap(({ path, step, question }) => {
      if ((path === 'menopause' || path === 'earlyRelapse') && !isQuestionRelevant(path, p)) return [];
      if (path === 'biomarkers') {
        const gate = snap.biomarkerGate;
        if (gate === undefined) {
          notAnswered.push({ name: this.t('receptors:answer.names.biomarkers'), step, question: 'biomarkerGate' });
          return [];
        }
        if (gate !== 'yes') return [{ label: this.t(`receptors:answer.biomarkerGate.${gate}`), step, question: 'biomarkerGate' }];
        return relevantBiomarkers(p).flatMap((id) => {
          const q = `biomarkers.${id}` as const;
          if (isAnswered(snap, q)) return [{ label: answerLabel(q, p, this.i18n), step, question: q }];
          notAnswered.push({ name: this.t(`receptors:answer.short.${id}`), step, question: q });
          return [];
        });
      }
      if (path !== 'symptoms' && path !== 'received' && !isAnswered(snap, path as UnsureField)) {
        notAnswered.push({ name: this.t(`receptors:answer.names.${path}`), step, question });
        return [];
      }
      return [{ label: answerLabel(path, p, this.i18n), step, question }];
    });
    const first = notAnswered[0];
    if (first) {
      rows.push({
        label: this.t('receptors:answer.notAnswered', { list: this.i18n.list(notAnswered.map((n) => n.name)) }),
        step: first.step,
        question: first.question,
      });
    }
    return html`<ul class="answers">
      ${rows.map(
        (r) => html`<li>
          <span>${r.label}</span>
          <button type="button" class="button quiet edit" @click=${() => this.#edit(r.step, r.question)}
            aria-label=${this.t('common:answers.editLabel', { question: r.label })}>${this.t('common:answers.edit')}</button>
        </li>`,
      )}
    </ul>`;
  }

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

  #sure(): TemplateResult {
    const sure = this.snapshot.sure;
    const answered = SURE_IDS.filter((id) => sure[id]);
    const anyNo = SURE_IDS.some((id) => sure[id] === 'no');
    return html`<section class="sure" aria-labelledby="sure-heading">
      <h3 id="sure-heading">${this.t('summary:sure.heading')}</h3>
      <p>${this.t('summary:sure.intro')}</p>
      ${SURE_IDS.map((id) =>
        radioGroup<'yes' | 'no'>({
          id: `sure-${id}`,
          legend: this.t(`summary:sure.${id}`),
          inline: true,
          choices: [
            { value: 'yes', label: this.t('summary:sure.yes') },
            { value: 'no', label: this.t('summary:sure.no') },
          ],
          value: sure[id],
          onChange: (v) => this.store.setSure(id, v),
        }),
      )}
      <p role="status" class="sure-result">
        ${anyNo ? this.t('summary:sure.someNo') : answered.length === SURE_IDS.length ? this.t('summary:sure.allYes') : ''}
      </p>
      <p class="fine">${this.t('summary:sure.source')}</p>
    </section>`;
  }

  /** SURE answers as ticked (or empty) boxes, for paper: the on-screen radios do not print. */
  #sureOnPaper(): TemplateResult {
    const sure = this.snapshot.sure;
    const box = (on: boolean, label: string) => html`<span class="box-choice"><span class="box">${on ? 'X' : ''}</span>${label}</span>`;
    return html`<section class="print-only paper-sure">
      <h3>${this.t('summary:sure.heading')}</h3>
      <ul>
        ${SURE_IDS.map(
          (id) => html`<li><span class="q">${this.t(`summary:sure.${id}`)}</span>
            ${box(sure[id] === 'yes', this.t('summary:sure.yes'))} ${box(sure[id] === 'no', this.t('summary:sure.no'))}</li>`,
        )}
      </ul>
      <p class="fine">${this.t('summary:sure.source')}</p>
    </section>`;
  }

  /**
   * What only paper needs: lines to write on (as the Ottawa Personal Decision Guide has), the trust
   * lines the on-screen footer carries, then the sources (on their own page) and "About this guide".
   */
  #paperOnly(reviewed: string): TemplateResult {
    const p = (k: string, o?: Record<string, unknown>) => this.t(`summary:print.${k}`, o);
    const s = this.settings;
    return html`${this.#sureOnPaper()}
      <section class="print-only paper-write">
        <p class="write-label">${p('leaning')}</p>
        <div class="write-line"></div>
        <h3>${p('notes')}</h3>
        ${[1, 2, 3, 4, 5].map(() => html`<div class="write-line"></div>`)}
      </section>
      <div class="print-only paper-trust">
        <p>${p('from')} ${this.t('summary:date', { date: this.i18n.date(localIsoDate()) })}</p>
        <p>${this.t('common:trust.checked', { date: this.i18n.monthYear(reviewed) })} ·
          ${s.reviewedBy ? this.t('common:trust.reviewedBy', { org: s.reviewedBy }) : this.t('common:trust.notReviewed')} ·
          ${this.t('common:trust.about')}: ${this.t('summary:print.aboutPage')}</p>
        <p><strong>${this.t('common:disclaimer')}</strong></p>
      </div>`;
  }

  #actions(): TemplateResult {
    const a = (k: string) => this.t(`summary:actions.${k}`);
    return html`<div class="actions summary-actions" part="actions">
      <button type="button" class="button primary print" @click=${this.#print}>${a('print')}</button>
      <button type="button" class="button" @click=${this.#share}>${a('share')}</button>
      ${this.confirmReset
        ? html`<span class="confirm" role="group" aria-label=${a('startOver')}>
            <span>${a('startOverConfirm')}</span>
            <button type="button" class="button" @click=${this.#reset}>${a('startOver')}</button>
            <button type="button" class="button quiet" @click=${() => (this.confirmReset = false)}>${this.t('common:nav.back')}</button>
          </span>`
        : html`<button type="button" class="button quiet" @click=${() => (this.confirmReset = true)}>${a('startOver')}</button>`}
      <p class="share-status" role="status">
        ${this.shareState === 'copied' ? a('copied') : ''}
        ${this.shareState === 'failed' ? html`${a('copyFailed')}` : ''}
      </p>
      ${this.shareState === 'failed'
        ? html`<label class="share-fallback"><span class="visually-hidden">${a('share')}</span>
            <input type="text" readonly .value=${this.sharedUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>`
        : nothing}
      <p class="fine">${a('shareHint')}</p>
    </div>`;
  }

  protected override render() {
    if (!this.ready) return nothing;
    // The section and heading stay the same element while the content arrives, so focus stays put.
    const gate = detailsGate(this.i18n, this.knowledge);
    return html`<section class="step summary" aria-labelledby="heading-summary" part="summary">
      ${this.heading(this.t('summary:heading'))} ${gate === nothing ? this.#body() : gate}
    </section>`;
  }

  #body(): TemplateResult {
    const { profile } = this.snapshot;
    // Never null here: this view's part loads only after the engine (DetailsController).
    const assessment = this.snapshot.assessment!;
    const t = (k: string, o?: Record<string, unknown>) => this.t(`summary:${k}`, o);
    const c = new Citations();
    const today = localIsoDate();
    const reviewed = latestReview(this.knowledge.index!.data.options.map((o) => o.reviewed));
    return html`<p class="lead">${t('intro')}</p>
      <p class="made-on">${t('date', { date: this.i18n.date(today) })}</p>

      <section aria-labelledby="sum-answers"><h3 id="sum-answers">${t('answersHeading')}</h3>${this.#answers()}</section>

      <section aria-labelledby="sum-options">
        <h3 id="sum-options">${t('optionsHeading')}</h3>
        <p class="not-ranking">${t('notRanking')}</p>
        <ul class="option-list">
          ${assessment.options.map((o) => {
            const content = this.knowledge.index!.option(o.id);
            return html`<li>
              <strong>${content ? this.t(`content:${content.name}`) : o.id}</strong> ${statusBadge(o.status, this.i18n)}
              <ul class="reasons">
                ${o.reasons.map(
                  (r) => html`<li>${richText(this.t(`engine:${r.key}`), this.i18n)}
                    <span class="because">${becauseText(r.because, profile, this.i18n)}</span> ${c.cite(r.sources, this.i18n, PREFIX)}</li>`,
                )}
              </ul>
            </li>`;
          })}
        </ul>
      </section>

      <section aria-labelledby="sum-priorities"><h3 id="sum-priorities">${t('prioritiesHeading')}</h3>${this.#priorities(c)}</section>

      <section aria-labelledby="sum-tests">
        <h3 id="sum-tests">${t('testsHeading')}</h3>
        ${assessment.missing.length
          ? html`<ul>${assessment.missing.map((m) => html`<li><strong>${answerLabel(m.field, profile, this.i18n)}</strong>: ${this.t(`engine:${m.why}`)}</li>`)}</ul>`
          : html`<p>${t('testsNone')}</p>`}
      </section>

      <section aria-labelledby="sum-questions">
        <h3 id="sum-questions">${t('questionsHeading')}</h3>
        <ol class="questions">${assessment.questions.map((q) => html`<li>${this.t(`engine:${q}`)}</li>`)}</ol>
        ${this.settings.extra?.questions.length
          ? html`<h4>${t('orgQuestions', { org: this.settings.orgName ?? location.host })}</h4>
              <ul class="questions org">${this.settings.extra.questions.map((q) => html`<li>${pick(q, this.i18n.lang)}</li>`)}</ul>`
          : nothing}
      </section>

      ${this.#sure()}

      <section class="trials" aria-labelledby="sum-trials">
        <h3 id="sum-trials">${t('trials.heading')}</h3>
        ${this.settings.trials === 'off'
          ? html`<p>${t('trials.off')}</p>`
          : html`<p>${t('trials.text')}</p>
              <p><a class="button" href=${trialSearchUrl(profile)} target="_blank" rel="noopener noreferrer"
                @click=${() => emit(this, 'mbc-trials-search', { mode: 'link' })}>${t('trials.link')}</a></p>
              ${this.settings.trials === 'live' ? this.#liveFinder() : nothing}`}
      </section>

      ${this.#paperOnly(contentReviewDate())}
      ${this.#actions()}
      ${sourceList(c, PREFIX, reviewed, this.i18n, this.knowledge.index!)}
      <section class="print-only paper-about">
        <h3>${this.t('common:trust.about')}</h3>
        ${aboutView(this.i18n, this.settings, contentReviewDate(), 'h4')}
      </section>
`;
  }
}
