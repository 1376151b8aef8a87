import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StyledStepElement } from '../steps/styled-step.js';
import { defineStep } from '../steps/define-step.js';
import type { StepId } from '../../state/steps.js';
import { trialChoice, type TrialChoice } from '../../state/trial-choice.js';
import { CTGOV_STUDIES } from '../../state/trials-endpoint.js';
import { emit } from '../../util/events.js';
import { localIsoDate } from '../../util/today.js';
import { CONDITION, PAGE_SIZE, previewItems, queryFrom, requestUrl, tickedByDefault, websiteSearchUrl, type PreviewItem, type Query } from './request.js';
import type { Study } from './response.js';
import { fetchStudies, TIMEOUT_MS, type Problem } from './fetch-studies.js';
import { studyCard } from './study-card.js';
import { finderStyles } from './trial-finder.styles.js';

type Phase = { kind: 'idle' } | { kind: 'loading'; more: boolean } | { kind: 'done' } | { kind: 'failed'; problem: Problem };

interface Results {
  query: Query;
  studies: Study[];
  total: number;
  next: string | undefined;
  /** The day the registry answered, for the source line. */
  at: string;
}

const KINDS = ['subtype', 'biomarker', 'treatment'] as const;
/** Sources of "Questions to ask about this study" (fact base: questions-and-glossary.md A7). */
const QUESTION_SOURCES = [
  ['Fox Chase Cancer Center', 'https://www.foxchase.org/clinical-care/clinical-trials/clinical-trial-FAQ'],
  ['Rutgers Cancer Institute of New Jersey', 'https://cinj.org/clinical-trials/questions-ask-about-clinical-trials'],
  ['American Cancer Society', 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/being-part-of-a-clinical-trial.html'],
] as const;
const QUESTIONS = ['why', 'tests', 'visits', 'risks', 'costs', 'results', 'care', 'leave'] as const;

/**
 * trials="live": a private search of recruiting studies. Before anything is sent the person sees
 * each piece of the request with a checkbox; one press sends one request; nothing goes on load.
 * Loaded only when the summary shows it (see summary-step.ts), so nobody else pays for it.
 */
export class TrialFinder extends StyledStepElement {
  static override styles = finderStyles;

  protected readonly stepId: StepId = 'summary';

  @state() private ticked = new Set<string>();
  @state() private place = '';
  @state() private phase: Phase = { kind: 'idle' };
  @state() private results: Results | undefined;
  /** Until this time (ms) the server asked us not to search again. */
  @state() private waitUntil = 0;
  @state() private choice: TrialChoice | undefined;

  #ctrl: AbortController | undefined;
  #waitTimer: ReturnType<typeof setTimeout> | undefined;
  #focusStudy: string | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the summary (or the widget leaving the page) ends any request in flight.
    this.#ctrl?.abort();
    clearTimeout(this.#waitTimer);
  }

  protected override willUpdate(): void {
    if (!this.ready || this.choice) return;
    const c = trialChoice(this.store);
    this.ticked = new Set(c.ticked ?? tickedByDefault(previewItems(this.snapshot.profile)));
    this.place = c.place ?? '';
    this.choice = c;
  }

  protected override updated(): void {
    if (!this.#focusStudy) return;
    const link = this.querySelector<HTMLAnchorElement>(`#tf-${this.#focusStudy} a.tf-page`);
    this.#focusStudy = undefined;
    link?.focus();
  }

  get #endpoint(): string | undefined {
    return this.settings.trialsEndpoint;
  }

  get #items(): PreviewItem[] {
    return previewItems(this.snapshot.profile);
  }

  get #query(): Query {
    return queryFrom(this.#items, this.ticked, this.place);
  }

  #t(k: string, o?: Record<string, unknown>): string {
    return this.t(`summary:trials.finder.${k}`, o);
  }

  get #service(): string {
    return this.#endpoint === CTGOV_STUDIES ? 'ClinicalTrials.gov' : this.#t('proxyName');
  }

  #remember(): void {
    if (!this.choice) return;
    this.choice.ticked = [...this.ticked];
    this.choice.place = this.place;
  }

  #toggle(id: string, on: boolean): void {
    const next = new Set(this.ticked);
    if (on) next.add(id);
    else next.delete(id);
    this.ticked = next;
    this.#remember();
  }

  #search = (e: Event) => {
    e.preventDefault();
    void this.#run(false);
  };

  #more = () => void this.#run(true);

  async #run(more: boolean): Promise<void> {
    const endpoint = this.#endpoint;
    // A new search replaces one in flight (aborting it); "more" waits for the current answer.
    if (!endpoint || Date.now() < this.waitUntil || (more && (this.phase.kind === 'loading' || !this.results?.next))) return;
    const query = more ? this.results!.query : this.#query;
    const url = requestUrl(endpoint, query, more ? this.results!.next : undefined);
    this.#ctrl?.abort();
    const ctrl = (this.#ctrl = new AbortController());
    this.phase = { kind: 'loading', more };
    if (!more) this.results = undefined;
    emit(this, 'mbc-trials-search', { mode: 'live' });
    const outcome = await fetchStudies(url, ctrl.signal);
    if (ctrl.signal.aborted) return;
    if (!outcome.ok) {
      const p = outcome.problem;
      if (p.kind === 'busy' || p.kind === 'server') this.#waitFor(p.waitSeconds);
      this.phase = { kind: 'failed', problem: p };
      return;
    }
    const { page } = outcome;
    const before = this.results?.studies ?? [];
    const fresh = page.studies.filter((s) => !before.some((b) => b.nctId === s.nctId));
    this.results = { query, studies: [...before, ...fresh], total: Math.max(page.total, before.length + fresh.length), next: page.nextPageToken, at: localIsoDate() };
    this.phase = { kind: 'done' };
    // After "more", continue where the new studies start (keyboard and screen-reader users).
    if (more && fresh[0]) this.#focusStudy = fresh[0].nctId;
  }

  #waitFor(seconds: number): void {
    this.waitUntil = Date.now() + seconds * 1000;
    clearTimeout(this.#waitTimer);
    this.#waitTimer = setTimeout(() => (this.waitUntil = 0), seconds * 1000);
  }

  #choose(s: Study, on: boolean): void {
    const c = this.choice!;
    c.chosen = on ? [...c.chosen.filter((x) => x.nctId !== s.nctId), { nctId: s.nctId, title: s.title }] : c.chosen.filter((x) => x.nctId !== s.nctId);
    this.requestUpdate();
  }

  /** The Remove button goes away with its study: keep keyboard focus in the list (or at the finder). */
  async #remove(nctId: string): Promise<void> {
    this.#choose({ nctId } as Study, false);
    await this.updateComplete;
    this.querySelector<HTMLElement>('#tf-chosen, #tf-heading')?.focus();
  }

  protected override render() {
    if (!this.ready || !this.choice) return nothing;
    if (!this.#endpoint) return html`<p class="fine">${this.#t('unavailable')}</p>${this.#chosen()}`;
    return html`<div class="finder" part="trial-finder">
      <h4 id="tf-heading" tabindex="-1">${this.#t('heading')}</h4>
      <p>${this.#t('intro', { service: this.#service })}</p>
      ${this.#form()} ${this.#status()} ${this.#list()} ${this.#chosen()}
    </div>`;
  }

  #form(): TemplateResult {
    const items = this.#items;
    const q = this.#query;
    const busy = Date.now() < this.waitUntil;
    const sent = [CONDITION, ...q.terms.map((t) => `"${t}"`), ...(q.place ? [q.place] : [])];
    return html`<form class="tf-form" @submit=${this.#search} novalidate>
      <fieldset class="tf-preview">
        <legend>${this.#t('previewLegend', { service: this.#service })}</legend>
        <p class="fine">${this.#t('always', { condition: CONDITION, n: this.i18n.number(PAGE_SIZE) })}</p>
        ${KINDS.map((kind) => {
          const group = items.filter((i) => i.kind === kind);
          if (!group.length) return nothing;
          return html`<fieldset class="choices tf-group">
            <legend>${this.#t(`groups.${kind}`)}</legend>
            <div class="options">
              ${group.map(
                (i) => html`<label class="choice">
                  <input type="checkbox" name="tf-item" value=${i.term} data-id=${i.id} .checked=${this.ticked.has(i.id)}
                    @change=${(e: Event) => this.#toggle(i.id, (e.target as HTMLInputElement).checked)} />
                  <span class="label">${kind === 'treatment' ? this.t(`treatments:received.names.${i.of}`) : html`<span lang="en">${i.term}</span>`}
                    ${kind === 'treatment' ? html`<span class="hint">${this.#t('sentAs')} <q lang="en">${i.term}</q></span>` : nothing}</span>
                </label>`,
              )}
            </div>
          </fieldset>`;
        })}
        <p class="fine">${this.#t(items.length ? 'narrowing' : 'nothingToTick')}</p>
        <div class="tf-place">
          <label for="tf-place">${this.#t('placeLabel')}</label>
          <input id="tf-place" name="tf-place" type="text" autocomplete="off" maxlength="80" spellcheck="false" aria-describedby="tf-place-hint"
            .value=${this.place} @input=${(e: Event) => {
              this.place = (e.target as HTMLInputElement).value;
              this.#remember();
            }} />
          <p id="tf-place-hint" class="fine">${this.#t('placeHint')}</p>
        </div>
        <p class="tf-sent">${this.#t('sentNow')} <output lang="en">${sent.join(' · ')}</output></p>
      </fieldset>
      <button type="submit" class="button primary tf-search" aria-disabled=${busy ? 'true' : 'false'}>${this.#t('search', { service: this.#service })}</button>
    </form>`;
  }

  #status(): TemplateResult {
    const p = this.phase;
    const r = this.results;
    let text = '';
    if (p.kind === 'loading') text = this.#t('loading', { service: this.#service });
    else if (p.kind === 'done' && r) text = r.studies.length ? this.#t('count', { total: this.i18n.number(r.total), shown: this.i18n.number(r.studies.length) }) : this.#t('none');
    else if (p.kind === 'failed') text = this.#problem(p.problem);
    return html`<p role="status" class="tf-status ${p.kind === 'failed' ? 'tf-problem' : ''}">${text}</p>
      ${p.kind === 'failed' || (p.kind === 'done' && !r?.studies.length)
        ? html`<p><a class="tf-fallback" href=${websiteSearchUrl(r?.query ?? this.#query)} target="_blank" rel="noopener noreferrer">${this.#t('fallback')}</a></p>`
        : nothing}`;
  }

  #problem(p: Problem): string {
    const service = this.#service;
    if (p.kind === 'busy' || p.kind === 'server')
      return this.#t(`problem.${p.kind}`, { service, wait: this.i18n.number(p.waitSeconds, { style: 'unit', unit: 'second', unitDisplay: 'long' }) });
    if (p.kind === 'timeout') return this.#t('problem.timeout', { service, wait: this.i18n.number(TIMEOUT_MS / 1000, { style: 'unit', unit: 'second', unitDisplay: 'long' }) });
    if (p.kind === 'refused') return this.#t('problem.refused', { service, status: String(p.status) });
    return this.#t(`problem.${p.kind}`, { service });
  }

  #list(): TemplateResult | typeof nothing {
    const r = this.results;
    if (!r?.studies.length) return nothing;
    const loadingMore = this.phase.kind === 'loading' && this.phase.more;
    return html`<ol class="tf-studies">${r.studies.map((s) =>
      studyCard(s, r.query.place, {
        t: (k, o) => this.#t(k, o),
        i18n: this.i18n,
        chosen: this.choice!.chosen.some((c) => c.nctId === s.nctId),
        onChoose: (on) => this.#choose(s, on),
      }),
    )}</ol>
      ${r.next
        ? html`<p><button type="button" class="button tf-more" aria-disabled=${loadingMore ? 'true' : 'false'} @click=${this.#more}>
            ${this.#t('more', { n: this.i18n.number(PAGE_SIZE) })}</button></p>`
        : nothing}
      <p class="fine">${this.#t('source', { date: this.i18n.date(r.at) })}</p>
      <section class="tf-questions" aria-labelledby="tf-questions">
        <h4 id="tf-questions">${this.#t('questions.heading')}</h4>
        <ul>${QUESTIONS.map((q) => html`<li>${this.#t(`questions.${q}`)}</li>`)}</ul>
        <p class="fine">${this.#t('questions.source')}
          ${QUESTION_SOURCES.map(([name, href], i) => html`${i ? ' · ' : ''}<a href=${href} target="_blank" rel="noopener noreferrer" lang="en">${name}</a>`)}</p>
      </section>`;
  }

  #chosen(): TemplateResult | typeof nothing {
    const c = this.choice!;
    if (!c.chosen.length) return nothing;
    return html`<section class="tf-chosen" aria-labelledby="tf-chosen">
      <h4 id="tf-chosen" tabindex="-1">${this.#t('chosen.heading')}</h4>
      <ul>${c.chosen.map(
        (s) => html`<li><span class="tf-nct">${s.nctId}</span> <span lang="en">${s.title}</span>
          <button type="button" class="button quiet tf-remove" aria-label=${this.#t('chosen.removeLabel', { id: s.nctId })}
            @click=${() => this.#remove(s.nctId)}>${this.#t('chosen.remove')}</button></li>`,
      )}</ul>
      <label class="choice tf-share"><input type="checkbox" .checked=${c.share}
        @change=${(e: Event) => {
          c.share = (e.target as HTMLInputElement).checked;
          this.requestUpdate();
        }} /><span class="label">${this.#t('chosen.share')}<span class="hint">${this.#t('chosen.shareHint')}</span></span></label>
    </section>`;
  }
}

defineStep('mbc-trial-finder', TrialFinder);
