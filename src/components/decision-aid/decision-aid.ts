// <mbc-decision-aid>: the root. It owns the store, provides it, the text and the settings to the
// steps through context, routes between steps, and shows the header, notices, navigation and footer
// around the step. Everything it delegates has a home of its own: attribute checks (state/settings.ts),
// keeping answers (answers-persistence.ts), the question steps and engine (questions-controller.ts),
// what the comparison needs (details-controller.ts), "About this guide" (about-controller.ts),
// content-src (content-src-controller.ts), focus after a step change (step-focus-controller.ts).
// One direction of data: answers → store → engine → views; views ask for changes with intents.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Assessment, Profile } from '../../engine/index.js';
import { parseProfile } from '../../engine/parse.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { matchLanguage, resolveLanguage, type Language } from '../../i18n/languages.js';
import { i18nContext, settingsContext, storeContext, type Settings } from '../../state/context.js';
import { settingsFrom } from '../../state/settings.js';
import { Store } from '../../state/store.js';
import { isStep, stepsFor, type Mode, type StepId, type StorageMode, type TrialsMode } from '../../state/steps.js';
import { emit, profileChangeDetail, type ErrorCode } from '../../util/events.js';
import { warnOnce } from '../../util/warn.js';
import { VERSION } from '../../version.js';
import type { ColorScheme, ProfileInput } from '../../public-types.js';
import type { EditIntent } from '../steps/summary/summary-step.js';
import { AboutController } from './about-controller.js';
import { AnswersPersistence } from './answers-persistence.js';
import { ContentSrcController } from './content-src-controller.js';
import { styles } from './decision-aid.styles.js';
import { DetailsController } from './details-controller.js';
import { footerView } from './footer.js';
import { headerView, stepNav } from './header.js';
import { IdlePrefetch } from './idle-prefetch.js';
import { noticesView, type NoticeId } from './notices.js';
import { QuestionsController } from './questions-controller.js';
import { StepFocusController } from './step-focus-controller.js';

/**
 * @tagname mbc-decision-aid
 * @summary A neutral, embeddable decision aid about treatment options for metastatic breast cancer.
 * Education, not medical advice: it never recommends or ranks.
 *
 * @attr lang - BCP 47 tag; the nearest shipped language is used. Default: the page's <html lang>, then the browser's.
 *
 * @event mbc-step-change - The visible step changed. detail: { step }
 * @event mbc-profile-change - An answer changed. detail: { answered, total, completeness }: counts of the questions everyone is asked, never anything from which an answer could be inferred
 * @event mbc-summary-print - The person printed the summary.
 * @event mbc-summary-share - The person copied a share link.
 * @event mbc-trials-search - The person opened the trial search. detail: { mode }
 * @event mbc-error - Something failed and was handled (the README lists the codes). detail: { code }
 *
 * @csspart header - Title, language picker and progress.
 * @csspart progress - The step list.
 * @csspart disclaimer - The always-visible "not medical advice" line.
 * @csspart step - The current step's region.
 * @csspart comparison - The comparison of options.
 * @csspart summary - The summary.
 * @csspart actions - Back/next and summary buttons.
 * @csspart trial-finder - The live trial finder on the summary (only with trials="live").
 * @csspart footer - Helpline, organisation, storage and privacy.
 *
 * @attr content-src - URL (same origin as the page) of a JSON file with the organisation's extra questions, links and "About" statement.
 * @attr reviewed-by - The organisation whose clinicians reviewed this version's content. Until set, footer and print say "Not yet reviewed by clinicians".
 * @cssproperty --mbc-font - Font family (default: inherited from the page).
 * @cssproperty --mbc-font-size - Base size; everything inside scales from it (default: medium, the reader's own default).
 * @cssproperty --mbc-color-accent - Buttons, links and the focus ring.
 * @cssproperty --mbc-color-on-accent - Text on accent-coloured buttons.
 * @cssproperty --mbc-color-text - Text colour.
 * @cssproperty --mbc-color-muted - Secondary text.
 * @cssproperty --mbc-color-bg - Background.
 * @cssproperty --mbc-color-surface - Cards and panels.
 * @cssproperty --mbc-color-border - Control borders.
 * @cssproperty --mbc-color-divider - Lines between rows and sections.
 * @cssproperty --mbc-color-highlight - Rows related to the person's priorities.
 * @cssproperty --mbc-color-highlight-edge - The edge marking a highlighted row.
 * @cssproperty --mbc-color-notice - Notices (language, storage, messages).
 * @cssproperty --mbc-color-warning - Cautions (e.g. symptoms to report now).
 * @cssproperty --mbc-color-warning-edge - The edge of a caution.
 * @cssproperty --mbc-color-focus - Focus ring.
 * @cssproperty --mbc-radius - Corner radius.
 * @cssproperty --mbc-spacing - Base spacing.
 * @cssproperty --mbc-max-width - Maximum width of the content.
 * @cssproperty --mbc-min-height - The widget's own minimum height (README "No layout shift" reserves the space before it loads).
 */
export class MbcDecisionAid extends LitElement {
  static version = VERSION;
  static override styles = styles;

  // `lang` is the platform's own attribute and property (reflected by HTMLElement); we only watch it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }
  /** `patient` (default) or `clinician`: starts at the first question, denser, everything expanded. */
  @property() mode: Mode | null = null;
  /** `none` (default), `session` or `local`: where answers are kept, if anywhere. */
  @property() storage: StorageMode | null = null;
  /** `off`, `link` (default) or `live`: how clinical-trial search is offered. */
  @property() trials: TrialsMode | null = null;
  /** Name of the organisation offering the widget. */
  @property({ attribute: 'org-name' }) orgName: string | null = null;
  /** https URL of the organisation. */
  @property({ attribute: 'org-url' }) orgUrl: string | null = null;
  /** Phone number of the organisation's helpline. */
  @property() helpline: string | null = null;
  /**
   * Where live trial searches go: the ClinicalTrials.gov API v2 studies endpoint (default) or a
   * proxy on the page's own origin. Anything else turns live search off (the search link stays).
   */
  @property({ attribute: 'trials-endpoint' }) trialsEndpoint: string | null = null;
  /** URL (same origin as the page) of a JSON file with extra questions and links; see README. */
  @property({ attribute: 'content-src' }) contentSrc: string | null = null;
  /** The organisation whose clinicians reviewed this version's content (shown in the footer and on paper). */
  @property({ attribute: 'reviewed-by' }) reviewedBy: string | null = null;
  /** `light` (default) or `auto` (follow the reader's dark-mode preference). */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme: ColorScheme | null = null;

  readonly #store = new Store();
  readonly #i18n = new I18nController(this, (view) => this.#i18nProvider.setValue(view));
  readonly #storeProvider = new ContextProvider(this, {
    context: storeContext,
    initialValue: { snapshot: this.#store.snapshot, store: this.#store },
  });
  readonly #i18nProvider = new ContextProvider(this, { context: i18nContext, initialValue: this.#i18n.view });
  readonly #answers = new AnswersPersistence(this, {
    store: this.#store,
    storageMode: () => this.#settingsValue.storage,
    steps: () => this.#steps,
    notify: (id, code) => this.#notify(id, code),
    chosenLanguage: () => this.#chosenLanguage,
    restoredLanguage: (lang) => this.#restoredLanguage(lang),
  });
  readonly #contentSrc = new ContentSrcController(
    () => this.#updateSettings(),
    () => this.#notify('contentFailed', 'content-src-failed'),
  );
  readonly #settingsProvider = new ContextProvider(this, { context: settingsContext, initialValue: this.#settings() });
  // Lazy parts (loading/): the question steps with the engine, then what the comparison needs.
  readonly #questions = new QuestionsController(this, {
    i18n: this.#i18n,
    arrived: (part) => {
      if (this.shadowRoot) part.adopt(this.shadowRoot);
      this.#store.setEvaluator(part.evaluate);
      void this.#focus.keepOnHeading(this.step);
    },
  });
  readonly #details = new DetailsController(this, this.#i18n, () => this.#questions.ensure(), () => void this.#focus.keepOnHeading(this.step));
  readonly #about = new AboutController(this, this.#details);
  readonly #focus = new StepFocusController(this, (step) => {
    const steps = this.#steps;
    const i18n = this.#i18n.view;
    return i18n.t('common:progress.announce', {
      current: i18n.number(steps.indexOf(step) + 1),
      total: i18n.number(steps.length),
      title: i18n.t(`common:steps.${step}`),
    });
  });
  readonly #prefetch = new IdlePrefetch(this, () => this.#questions.want());

  @state() private notices: NoticeId[] = [];
  @state() private reached = new Set<StepId>();
  #unsubscribe: (() => void) | undefined;
  /** The language the person picked in the picker (kept with stored answers), not one we guessed. */
  #chosenLanguage: Language | undefined;

  // Steps ask for things with internal events that never leave our shadow root, so listen there.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('mbc-intent-edit', (e) => this.#goTo((e as CustomEvent<EditIntent>).detail.step, { question: (e as CustomEvent<EditIntent>).detail.question }));
    root.addEventListener('mbc-intent-reset', () => this.reset());
    root.addEventListener('mbc-intent-details', () => {
      // "Try again": whichever part failed loads again; from the About view, the after-start part starts.
      this.#questions.retry();
      this.#details.retry();
      this.#details.ensure();
    });
    root.addEventListener('mbc-intent-keep', () => this.#keepAnswers());
    root.addEventListener('mbc-intent-step', (e) => this.#goTo((e as CustomEvent<{ step: StepId }>).detail.step, 'heading'));
    root.addEventListener('mbc-intent-about', () => this.#about.show());
    return root;
  }

  // ── public API (contract §3) ────────────────────────────────────────────────

  /**
   * The person's answers. Typed as `ProfileInput` for TypeScript users, but any value is accepted at
   * run time: setting validates with parseProfile, and invalid input keeps the previous answers.
   */
  get profile(): Profile {
    return this.#store.snapshot.profile;
  }
  set profile(input: ProfileInput) {
    const parsed = parseProfile(input);
    if (!parsed.ok) {
      warnOnce('invalid-profile', `profile rejected: ${parsed.errors.map((e) => `${e.path} (${e.message})`).join(', ')}`);
      this.#notify('invalidProfile', 'invalid-profile');
      return;
    }
    this.#store.setProfile(parsed.profile);
    this.#questions.want();
  }

  /** The visible step. */
  get step(): StepId {
    return this.#store.snapshot.step;
  }
  set step(value: StepId) {
    if (!isStep(value)) {
      warnOnce('bad-step', `invalid step "${String(value)}"`);
      return;
    }
    this.#goTo(value, 'heading');
    this.#questions.want();
  }

  /**
   * The engine's assessment of the current answers (read-only): null until `ready` has resolved,
   * because the engine loads lazily (import `mbc-decision-aid/engine` for a synchronous result).
   */
  get assessment(): Assessment | null {
    return this.#store.snapshot.assessment;
  }

  /**
   * Resolves once the engine and the question steps are loaded (from then on `assessment` is set).
   * Asking starts the loading. Rejects if they could
   * not be loaded; after the person presses "Try again", `ready` is a new promise for that attempt.
   */
  get ready(): Promise<void> {
    return this.#questions.ensure().then(() => undefined);
  }

  /** Clears every answer (and anything stored) and returns to the first step. */
  reset(): void {
    const kept = this.#answers.kept;
    this.#answers.forget();
    // Forgetting also takes back the "keep my answers" yes: nothing is kept from here on.
    if (kept) this.#updateSettings();
    this.#store.reset(this.#steps[0]!);
    this.reached = new Set();
    this.notices = [];
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = this.#store.subscribe((snap, prev) => {
      this.#storeProvider.setValue({ snapshot: snap, store: this.#store });
      if (snap.profile !== prev.profile) emit(this, 'mbc-profile-change', profileChangeDetail(snap.profile));
      if (snap.step !== 'intro') {
        this.#questions.want();
        this.#details.ensure();
      }
      if (snap.step !== prev.step) {
        this.reached = new Set([...this.reached, prev.step]);
        emit(this, 'mbc-step-change', { step: snap.step });
      }
      this.#answers.persist();
      this.requestUpdate();
    });
    // Attributes arrive before the first update: read them now, so storage and mode apply from the start.
    this.#answers.readKept();
    this.#updateSettings();
    this.#contentSrc.load(this.contentSrc);
    // Stored answers (and the language chosen with them) first, so the first screen shows them.
    void this.#answers.start().then(() => this.#setLanguage(this.#chosenLanguage ?? this.#wantedLanguage()));
    if (this.step !== 'intro') {
      this.#questions.want();
      this.#details.ensure();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contentSrc') && this.isConnected) this.#contentSrc.load(this.contentSrc);
    if (
      changed.has('mode') || changed.has('storage') || changed.has('trials') || changed.has('trialsEndpoint') ||
      changed.has('orgName') || changed.has('orgUrl') || changed.has('helpline') || changed.has('reviewedBy')
    ) {
      const storageBefore = this.#settingsValue.storage;
      this.#settingsProvider.setValue(this.#settings());
      // Clinician mode has no intro; keep the step inside the steps this mode shows.
      if (!this.#steps.includes(this.step)) this.#store.goTo(this.#steps[0]!);
      if (this.#settingsValue.storage !== storageBefore) this.#answers.storageChanged();
    }
  }

  // The picker shows the language on screen, also after the person picked one that failed to load
  // (the DOM value changed while ours did not, so a plain .value binding would not reset it).
  protected override updated(): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#language');
    if (select && select.value !== this.#i18n.view.lang) select.value = this.#i18n.view.lang;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) void this.#setLanguage(this.#wantedLanguage());
  }

  // ── internals ───────────────────────────────────────────────────────────────

  get #settingsValue(): Settings {
    return this.#settingsProvider.value;
  }

  #settings(): Settings {
    return settingsFrom(this, this.#answers.kept, this.#contentSrc.value, () => {
      // Settings are read again on every attribute change: report each refused value once.
      if (this.#refusedEndpoint !== this.trialsEndpoint) emit(this, 'mbc-error', { code: 'bad-attribute' });
      this.#refusedEndpoint = this.trialsEndpoint;
    });
  }
  #refusedEndpoint: string | null = null;

  #updateSettings(): void {
    this.#settingsProvider.setValue(this.#settings());
    this.requestUpdate();
  }

  get #steps(): readonly StepId[] {
    return stepsFor(this.#settingsValue.mode);
  }

  #wantedLanguage(): Language {
    const nav = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
    return resolveLanguage([this.lang, document.documentElement.lang, ...nav]);
  }

  #restoredLanguage(lang: string): void {
    this.#chosenLanguage = matchLanguage(lang);
    if (this.#chosenLanguage && this.#i18n.settled) void this.#setLanguage(this.#chosenLanguage);
  }

  #notify(id: NoticeId, code?: ErrorCode): void {
    if (!this.notices.includes(id)) this.notices = [...this.notices, id];
    if (code) emit(this, 'mbc-error', { code });
  }

  #dismiss(id: NoticeId): void {
    this.notices = this.notices.filter((n) => n !== id);
  }

  /** The person's yes to keeping answers in this tab: from now on, session storage. */
  #keepAnswers(): void {
    if (this.#settingsValue.storage !== 'none') return;
    this.#answers.keep();
    this.#updateSettings();
    this.#answers.persist();
  }

  #goTo(step: StepId, focus: 'heading' | { question: string }): void {
    const target = this.#steps.includes(step) ? step : this.#steps[0]!;
    if (this.#about.open) {
      this.#about.open = false;
      this.requestUpdate();
    }
    if (target === this.step && focus === 'heading') return;
    this.#focus.request(target, focus);
    this.#store.goTo(target);
  }

  #move = (delta: 1 | -1): void => {
    const steps = this.#steps;
    const next = steps[steps.indexOf(this.step) + delta];
    if (next) this.#goTo(next, 'heading');
  };

  /** Every language change goes through here, so a failure is always told to the host as well. */
  async #setLanguage(lng: Language): Promise<void> {
    await this.#i18n.setLanguage(lng);
    if (this.#i18n.failed === lng) emit(this, 'mbc-error', { code: 'locale-failed' });
  }

  #onLanguage = (e: Event) => {
    const lng = matchLanguage((e.target as HTMLSelectElement).value);
    if (!lng) return;
    this.#chosenLanguage = lng;
    this.#answers.persist();
    void this.#setLanguage(lng);
  };

  #forget = () => {
    this.reset();
    this.#notify('forgotten');
  };

  // ── rendering ───────────────────────────────────────────────────────────────

  #stepTemplate(step: StepId): TemplateResult {
    switch (step) {
      case 'intro':
        return html`<mbc-step-intro></mbc-step-intro>`;
      case 'receptors':
        return this.#questions.view(step, () => html`<mbc-step-receptors></mbc-step-receptors>`);
      case 'treatments':
        return this.#questions.view(step, () => html`<mbc-step-treatments></mbc-step-treatments>`);
      case 'priorities':
        return this.#questions.view(step, () => html`<mbc-step-priorities></mbc-step-priorities>`);
      case 'comparison':
        return this.#details.view(step, () => html`<mbc-step-comparison></mbc-step-comparison>`);
      case 'summary':
        return this.#details.view(step, () => html`<mbc-step-summary></mbc-step-summary>`);
    }
  }

  protected override render() {
    const i18n = this.#i18n.view;
    const s = this.#settingsValue;
    // Until the wanted language and any stored answers have arrived, hold the space (min-height on
    // :host) without text: no flash of English or of the intro, no layout shift when they land.
    if (!this.#i18n.settled || !this.#answers.settled) return html`<div class="placeholder" aria-busy="true"></div>`;
    const unreviewed = !i18n.meta.source && !i18n.meta.reviewedByNativeClinician;
    const about = this.#about.open;
    const detailsIn = this.#details.state.state === 'ready' ? this.#i18n.detailsFallback : undefined;
    return html`<div class="root ${s.mode}" lang=${i18n.lang === 'x-pseudo' ? 'en' : i18n.lang} dir=${i18n.dir}>
      ${headerView(i18n, {
        steps: this.#steps,
        step: this.step,
        reached: this.reached,
        status: this.#i18n.status,
        onLanguage: this.#onLanguage,
        go: (step) => this.#goTo(step, 'heading'),
      })}
      <p class="disclaimer" part="disclaimer">${i18n.t('common:disclaimer')}</p>
      ${unreviewed ? html`<p class="unreviewed">${i18n.t('common:language.unreviewed')}</p>` : nothing}
      ${noticesView(i18n, {
        notices: this.notices,
        failed: this.#i18n.failed,
        detailsIn,
        org: s.orgName ?? location.host,
        retryLanguage: (lng) => void this.#setLanguage(lng),
        retryDetails: () => void this.#i18n.retryDetails(),
        retryAnswers: () => {
          this.#dismiss('answersFailed');
          this.#answers.retry();
        },
        dismiss: (id) => this.#dismiss(id),
      })}
      <div class="step-region" part="step" lang=${this.#i18n.detailsFallback && (this.step === 'comparison' || this.step === 'summary') ? 'en' : nothing}>
        ${about ? this.#about.render(i18n, s) : this.#stepTemplate(this.step)}
      </div>
      ${about ? nothing : stepNav(i18n, this.#steps, this.step, this.#move)}
      ${footerView(i18n, s, { intro: this.step === 'intro', aboutOpen: about, openAbout: this.#about.show, forget: this.#forget })}
      <div class="visually-hidden" aria-live="polite" id="live">${this.#focus.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-decision-aid': MbcDecisionAid;
  }
}
