import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { parseProfile } from '../../engine/parse.js';
import { emptyProfile } from '../../engine/profile.js';
import type { Assessment, Profile } from '../../engine/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { LANGUAGES, NATIVE_NAMES, matchLanguage, resolveLanguage, type Language } from '../../i18n/languages.js';
import { i18nContext, settingsContext, storeContext, type Settings } from '../../state/context.js';
import { DetailsController } from './details-controller.js';
import { loadQuestions } from './load-questions.js';
import { PartController } from '../../loading/part-controller.js';
import { partPlaceholder } from '../ui/details-gate.js';
import { AnswersController } from './answers-controller.js';
import { Store } from '../../state/store.js';
import { isStep, stepsFor, type Mode, type StepId, type StorageMode, type TrialsMode } from '../../state/steps.js';
import { emit, profileChangeDetail, type ErrorCode } from '../../util/events.js';
import { warnOnce } from '../../util/warn.js';
import { safeHref } from '../../util/safe-url.js';
import { resolveTrialsEndpoint } from '../../state/trials-endpoint.js';
import { progressSteps } from '../ui/progress-steps.js';
import type { EditIntent } from '../steps/summary/summary-step.js';
import { StepFocusController } from './step-focus-controller.js';
import { styles } from './decision-aid.styles.js';
import { VERSION } from '../../version.js';
import type { ColorScheme, ProfileInput } from '../../public-types.js';
import type { ContentOverride } from '../../state/content-override.js';
import { pick, sameOriginUrl } from '../../state/embedder-text.js';
import { loadPart } from '../../loading/load-part.js';
import { SLOT, withSlot } from '../ui/with-slot.js';
import { storageKey } from '../../state/persistence.js';
import { contentReviewDate } from '../../content/reviewed.js';
import { aboutView } from '../ui/about-view.js';
import { detailsGate } from '../ui/details-gate.js';

const BLANK = JSON.stringify(emptyProfile());

/** Reads (no `on`) or writes the per-tab "keep my answers" flag; a browser that refuses storage keeps nothing. */
function keepFlag(key: string, on?: boolean): boolean {
  try {
    if (on === undefined) return window.sessionStorage.getItem(key) === '1';
    if (on) window.sessionStorage.setItem(key, '1');
    else window.sessionStorage.removeItem(key);
    return on;
  } catch {
    return false;
  }
}
/** Long enough for any organisation's name, short enough that it cannot become a paragraph. */
const MAX_REVIEWER = 120;

type NoticeId =
  | 'invalidProfile'
  | 'storageCorrupt'
  | 'storageUnavailable'
  | 'shareInvalid'
  | 'otherTab'
  | 'otherTabCleared'
  | 'contentFailed'
  | 'forgotten';

const ANSWER_PROBLEM_CODES: Partial<Record<NoticeId, ErrorCode>> = {
  storageCorrupt: 'storage-corrupt',
  shareInvalid: 'share-link-invalid',
  storageUnavailable: 'storage-unavailable',
};

const MODES: readonly Mode[] = ['patient', 'clinician'];
const STORAGES: readonly StorageMode[] = ['none', 'session', 'local'];
const TRIALS: readonly TrialsMode[] = ['off', 'link', 'live'];

/** An attribute value from a closed list; anything else falls back to the default with one warning. */
function oneOf<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (value === null || value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce('bad-attr', `invalid ${name}="${value}"; using "${fallback}"`);
  return fallback;
}

const httpsUrl = (name: string, value: string | undefined): string | undefined => {
  if (!value) return undefined;
  const url = safeHref(value);
  if (!url) warnOnce('bad-attr', `invalid ${name}="${value}"; an https URL (or a path on this site) is expected, so it is not shown`);
  return url;
};

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
  readonly #settingsProvider = new ContextProvider(this, { context: settingsContext, initialValue: this.#settings() });
  // Lazy parts (loading/): the question steps with the engine, then what the comparison needs.
  readonly #questions = new PartController(this, () => this.#loadQuestions(), (s) => {
    if (s.status === 'ready') {
      if (this.shadowRoot) s.value.adopt(this.shadowRoot);
      this.#store.setEvaluator(s.value.evaluate);
      void this.#keepFocus();
    } else if (s.status === 'failed') emit(this, 'mbc-error', { code: 'part-load-failed' });
  });
  readonly #details = new DetailsController(this, this.#i18n, () => this.#questions.ensure(), () => void this.#keepFocus());
  readonly #answers = new AnswersController(this.#store, {
    storageId: () => this.id,
    storageMode: () => this.#settingsValue.storage,
    steps: () => this.#steps,
    problem: (kind) => this.#notify(kind, ANSWER_PROBLEM_CODES[kind]),
    chosenLanguage: () => this.#chosenLanguage,
  });
  readonly #focus = new StepFocusController(this, (step) => {
    const steps = this.#steps;
    const i18n = this.#i18n.view;
    return i18n.t('common:progress.announce', {
      current: i18n.number(steps.indexOf(step) + 1),
      total: i18n.number(steps.length),
      title: i18n.t(`common:steps.${step}`),
    });
  });

  @state() private notices: NoticeId[] = [];
  /** "About this guide" is open in place of the step. */
  @state() private about = false;
  /** With storage="none", the person said yes to keeping their answers in this tab (session storage). */
  #keep = false;
  #extra: ContentOverride | undefined;
  #extraFor: string | undefined;
  @state() private reached = new Set<StepId>();
  #unsubscribe: (() => void) | undefined;
  #restored = false;
  /** The language the person picked in the picker (kept with stored answers), not one we guessed. */
  #chosenLanguage: Language | undefined;
  #onHashChange = () => this.#answers.readShareLink();

  // Steps ask for things with internal events that never leave our shadow root, so listen there.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('mbc-intent-edit', (e) => this.#onEdit((e as CustomEvent<EditIntent>).detail));
    root.addEventListener('mbc-intent-reset', () => this.reset());
    root.addEventListener('mbc-intent-details', () => {
      // "Try again": whichever part failed loads again; from the About view, the after-start part starts.
      this.#questions.retry();
      this.#details.retry();
      this.#details.ensure();
    });
    root.addEventListener('mbc-intent-keep', () => this.#keepAnswers());
    root.addEventListener('mbc-intent-step', (e) => this.#goTo((e as CustomEvent<{ step: StepId }>).detail.step, 'heading'));
    root.addEventListener('mbc-intent-about', () => this.#openAbout());
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
    this.#wantQuestions();
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
    this.#wantQuestions();
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
   * Asking starts the loading. Rejects if they could not be loaded; after the person presses
   * "Try again", `ready` is a new promise for that attempt.
   */
  get ready(): Promise<void> {
    return this.#questions.ensure().then(() => undefined);
  }

  /** Clears every answer (and anything stored) and returns to the first step. */
  reset(): void {
    this.#answers.forget();
    if (this.#keep) {
      // Forgetting also takes back the "keep my answers" yes: nothing is kept from here on.
      this.#keep = false;
      keepFlag(this.#keepKey, false);
      this.#settingsProvider.setValue(this.#settings());
    }
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
        this.#wantQuestions();
        this.#details.ensure();
      }
      if (snap.step !== prev.step) {
        this.reached = new Set([...this.reached, prev.step]);
        emit(this, 'mbc-step-change', { step: snap.step });
      }
      this.#answers.persist(snap.profile, snap.step);
      this.requestUpdate();
    });
    // Attributes arrive before the first update: read them now, so storage and mode apply from the start.
    if (!this.#restored) this.#keep = keepFlag(this.#keepKey);
    this.#settingsProvider.setValue(this.#settings());
    this.#loadExtra();
    if (!this.#restored) {
      this.#restored = true;
      this.#chosenLanguage = matchLanguage(this.#answers.restore());
    }
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('storage', this.#answers.onStorage);
    void this.#setLanguage(this.#chosenLanguage ?? this.#wantedLanguage());
    if (this.step !== 'intro') {
      this.#wantQuestions();
      this.#details.ensure();
    }
    window.addEventListener('beforeunload', this.#beforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('storage', this.#answers.onStorage);
    window.removeEventListener('beforeunload', this.#beforeUnload);
    this.#inView?.disconnect();
  }

  // Most visitors never press Start, so the questions are not in the first load; fetch them in idle
  // time once the widget is on screen, so Start rarely waits.
  #inView: IntersectionObserver | undefined;
  // The picker shows the language on screen, also after the person picked one that failed to load
  // (the DOM value changed while ours did not, so a plain .value binding would not reset it).
  protected override updated(): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#language');
    if (select && select.value !== this.#i18n.view.lang) select.value = this.#i18n.view.lang;
  }

  protected override firstUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.#inView = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#inView?.disconnect();
      const idle = (window as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(() => this.#wantQuestions(), { timeout: 3000 });
      else setTimeout(() => this.#wantQuestions(), 200);
    });
    this.#inView.observe(this);
  }

  /** Nothing is kept (storage="none"): leaving or reloading would lose the answers, so the browser asks first. */
  #beforeUnload = (e: BeforeUnloadEvent): void => {
    if (this.#settingsValue.storage !== 'none' || JSON.stringify(this.profile) === BLANK) return;
    e.preventDefault();
    e.returnValue = ''; // older browsers ask only when returnValue is set
  };

  /** The person's yes to keeping answers in this tab: from now on, session storage. */
  #keepAnswers(): void {
    if (this.#settingsValue.storage !== 'none') return;
    this.#keep = true;
    keepFlag(this.#keepKey, true);
    this.#settingsProvider.setValue(this.#settings());
    this.#answers.persist(this.profile, this.step);
    this.requestUpdate();
  }

  #openAbout = (): void => {
    this.#details.ensure(); // its text arrives with the comparison's
    this.#aboutReturn = this.shadowRoot?.activeElement as HTMLElement | null;
    this.about = true;
    void this.updateComplete.then(() => this.shadowRoot?.getElementById('heading-about')?.focus());
  };

  #closeAbout = (): void => {
    this.about = false;
    void this.updateComplete.then(() => {
      const back = this.#aboutReturn?.isConnected ? this.#aboutReturn : this.shadowRoot?.getElementById(`heading-${this.step}`);
      back?.focus();
    });
  };

  #aboutReturn: HTMLElement | null = null;

  /** Where this tab remembers the person's "keep my answers" (so a reload keeps them, as promised). */
  get #keepKey(): string {
    return `${storageKey(this.id || undefined)}#keep`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contentSrc') && this.isConnected) this.#loadExtra();
    if (
      changed.has('mode') || changed.has('storage') || changed.has('trials') || changed.has('trialsEndpoint') ||
      changed.has('orgName') || changed.has('orgUrl') || changed.has('helpline') || changed.has('reviewedBy')
    ) {
      const storageBefore = this.#settingsValue.storage;
      this.#settingsProvider.setValue(this.#settings());
      // Clinician mode has no intro; keep the step inside the steps this mode shows.
      if (!this.#steps.includes(this.step)) this.#store.goTo(this.#steps[0]!);
      if (this.#settingsValue.storage !== storageBefore && this.#restored) this.#answers.storageChanged(this.#store.snapshot.profile, this.step);
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) void this.#setLanguage(this.#wantedLanguage());
  }

  // ── internals ───────────────────────────────────────────────────────────────

  async #loadQuestions() {
    const [part] = await Promise.all([loadQuestions(), this.#i18n.ensureQuestions()]);
    return part;
  }

  /** Load the question steps and the engine unless tried already (a failure waits for "Try again"). */
  #wantQuestions(): void {
    if (this.#questions.state.status === 'idle') this.#questions.ensure().catch(() => {});
  }

  /** A step's real view replaces its placeholder: keep focus on the step heading if it was there. */
  async #keepFocus(): Promise<void> {
    const root = this.shadowRoot;
    const step = this.step;
    const hadFocus = root?.activeElement?.id === `heading-${step}`;
    this.requestUpdate();
    await this.updateComplete;
    if (!hadFocus) return;
    await root?.querySelector<LitElement>(`mbc-step-${step}`)?.updateComplete;
    root?.getElementById(`heading-${step}`)?.focus();
  }

  get #settingsValue(): Settings {
    return this.#settingsProvider.value;
  }

  #settings(): Settings {
    const storage = oneOf('storage', this.storage, STORAGES, 'none');
    return {
      mode: oneOf('mode', this.mode, MODES, 'patient'),
      storage: storage === 'none' && this.#keep ? 'session' : storage,
      trials: oneOf('trials', this.trials, TRIALS, 'link'),
      trialsEndpoint: this.#trialsEndpoint(),
      orgName: this.orgName?.trim() || undefined,
      orgUrl: httpsUrl('org-url', this.orgUrl ?? undefined),
      helpline: this.helpline?.trim() || undefined,
      reviewedBy: this.reviewedBy?.trim().slice(0, MAX_REVIEWER) || undefined,
      extra: this.#extra,
    };
  }

  /** undefined when the attribute names a place we will not send search words to. */
  #trialsEndpoint(): string | undefined {
    const check = resolveTrialsEndpoint(this.trialsEndpoint, location.href);
    if (check.ok) return check.url;
    warnOnce('bad-attr', `trials-endpoint="${this.trialsEndpoint}" is neither the ClinicalTrials.gov API nor on this page's origin, so live trial search is off`);
    // Settings are read again on every attribute change: report each refused value once.
    if (this.#refusedEndpoint !== this.trialsEndpoint) emit(this, 'mbc-error', { code: 'bad-attribute' });
    this.#refusedEndpoint = this.trialsEndpoint;
    return undefined;
  }
  #refusedEndpoint: string | null = null;

  /** content-src: the embedder's extra questions and links, from the page's own origin only. */
  #loadExtra(): void {
    const src = this.contentSrc?.trim();
    if (!src || src === this.#extraFor) return;
    this.#extraFor = src;
    const url = sameOriginUrl(src, location.href);
    if (!url) {
      warnOnce('bad-attr', `content-src="${src}" is not on this page's origin, so it is not loaded`);
      return;
    }
    loadPart('content-override', () => import('../../state/content-override.js'), (m) => m as typeof import('../../state/content-override.js'))
      .then((m) => m.loadOverride(url))
      .then(
      (extra) => {
        this.#extra = extra;
        this.#settingsProvider.setValue(this.#settings());
        this.requestUpdate();
      },
      () => this.#notify('contentFailed', 'content-src-failed'),
    );
  }

  get #steps(): readonly StepId[] {
    return stepsFor(this.#settingsValue.mode);
  }

  #wantedLanguage(): Language {
    const nav = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
    return resolveLanguage([this.lang, document.documentElement.lang, ...nav]);
  }

  #notify(id: NoticeId, code?: ErrorCode): void {
    if (!this.notices.includes(id)) this.notices = [...this.notices, id];
    if (code) emit(this, 'mbc-error', { code });
  }

  #goTo(step: StepId, focus: 'heading' | { question: string }): void {
    const target = this.#steps.includes(step) ? step : this.#steps[0]!;
    this.about = false;
    if (target === this.step && focus === 'heading') return;
    this.#focus.request(target, focus);
    this.#store.goTo(target);
  }

  #onEdit({ step, question }: EditIntent): void {
    this.#goTo(step, { question });
  }

  #move(delta: 1 | -1): void {
    const steps = this.#steps;
    const next = steps[steps.indexOf(this.step) + delta];
    if (next) this.#goTo(next, 'heading');
  }

  /** Every language change goes through here, so a failure is always told to the host as well. */
  async #setLanguage(lng: Language): Promise<void> {
    await this.#i18n.setLanguage(lng);
    if (this.#i18n.failed === lng) emit(this, 'mbc-error', { code: 'locale-failed' });
  }

  #onLanguage = (e: Event) => {
    const lng = matchLanguage((e.target as HTMLSelectElement).value);
    if (!lng) return;
    this.#chosenLanguage = lng;
    this.#answers.persist(this.#store.snapshot.profile, this.step);
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
        return this.#question(step, () => html`<mbc-step-receptors></mbc-step-receptors>`);
      case 'treatments':
        return this.#question(step, () => html`<mbc-step-treatments></mbc-step-treatments>`);
      case 'priorities':
        return this.#question(step, () => html`<mbc-step-priorities></mbc-step-priorities>`);
      case 'comparison':
        return this.#details.view(step, () => html`<mbc-step-comparison></mbc-step-comparison>`);
      case 'summary':
        return this.#details.view(step, () => html`<mbc-step-summary></mbc-step-summary>`);
    }
  }

  #aboutTemplate(): TemplateResult {
    const i18n = this.#i18n.view;
    const gate = detailsGate(i18n, this.#details.state);
    return html`<section class="step about" aria-labelledby="heading-about">
      <h2 tabindex="-1" class="step-heading" id="heading-about">${i18n.t('common:trust.about')}</h2>
      ${gate === nothing ? aboutView(i18n, this.#settingsValue, contentReviewDate()) : gate}
      <p><button type="button" class="button back-to-guide" @click=${this.#closeAbout}>${i18n.t('common:trust.back')}</button></p>
    </section>`;
  }

  #question(step: StepId, ready: () => TemplateResult): TemplateResult {
    const { status } = this.#questions.state;
    if (status === 'ready') return ready();
    return partPlaceholder(step, this.#i18n.view, status === 'failed' ? 'failed' : 'loading', 'common:details.failedQuestions');
  }

  #header(): TemplateResult {
    const i18n = this.#i18n.view;
    const t = i18n.t;
    return html`<header class="header" part="header">
      <div class="title-row">
        <p class="title">${t('common:title')}</p>
        <div class="language">
          <label for="language">${t('common:language.label')}</label>
          <select id="language" @change=${this.#onLanguage}>
            ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === i18n.lang}>${NATIVE_NAMES[l]}</option>`)}
          </select>
          <span class="language-status" role="status">${this.#i18n.status === 'loading' ? t('common:language.loading') : ''}</span>
        </div>
      </div>
      ${progressSteps(this.#steps, this.step, this.reached, i18n, (s) => this.#goTo(s, 'heading'))}
    </header>`;
  }

  #notices(): TemplateResult | typeof nothing {
    const { t } = this.#i18n.view;
    const failed = this.#i18n.failed;
    const items: Array<[string, string]> = this.notices.map((id) => [
      id,
      id === 'forgotten' ? t('common:storage.forgotten') : t(`common:notices.${id}`, { org: this.#settingsValue.orgName ?? location.host }),
    ]);
    const nameOf = (l: Language) => (l === 'x-pseudo' ? l : NATIVE_NAMES[l]);
    const detailsIn = this.#i18n.detailsFallback;
    if (detailsIn && this.#details.state.state === 'ready') items.unshift(['details', t('common:language.detailsFailed', { language: nameOf(detailsIn) })]);
    if (failed) items.unshift(['locale', t('common:language.failed', { language: nameOf(failed) })]);
    if (!items.length) return nothing;
    // A language that failed is tried again from here (the picker shows the language on screen).
    const retry: Record<string, () => void> = {
      locale: () => failed && void this.#setLanguage(failed),
      details: () => void this.#i18n.retryDetails(),
    };
    return html`<ul class="notices" role="status">
      ${items.map(
        ([id, text]) => html`<li class="notice">
          <span>${text}</span>
          ${retry[id]
            ? html`<button type="button" class="button quiet retry" @click=${retry[id]}>${t('common:details.retry')}</button>`
            : html`<button type="button" class="button quiet" @click=${() => (this.notices = this.notices.filter((n) => n !== id))}>
                ${t('common:notices.dismiss')}</button>`}
        </li>`,
      )}
    </ul>`;
  }

  #nav(): TemplateResult {
    const { t } = this.#i18n.view;
    const steps = this.#steps;
    const i = steps.indexOf(this.step);
    const next = steps[i + 1];
    const nextLabel =
      this.step === 'intro' ? t('common:nav.start') : next === 'comparison' ? t('common:nav.toComparison') : next === 'summary' ? t('common:nav.toSummary') : t('common:nav.next');
    return html`<nav class="actions step-nav" part="actions" aria-label=${t('common:nav.label')}>
      ${i > 0 ? html`<button type="button" class="button back" @click=${() => this.#move(-1)}>${t('common:nav.back')}</button>` : html`<span></span>`}
      ${next ? html`<button type="button" class="button primary next" @click=${() => this.#move(1)}>${nextLabel}</button>` : nothing}
    </nav>`;
  }

  #footer(): TemplateResult {
    const { t } = this.#i18n.view;
    const s = this.#settingsValue;
    return html`<footer class="footer" part="footer">
      ${s.helpline
        ? html`<p class="helpline">${withSlot(t('common:helpline', { phone: SLOT }), html`<a class="phone" href="tel:${s.helpline.replace(/[^\d+]/g, '')}">${s.helpline}</a>`)}</p>`
        : nothing}
      <p class="trust">
        <span>${t('common:trust.checked', { date: this.#i18n.view.monthYear(contentReviewDate()) })}</span>
        <span>${s.reviewedBy ? t('common:trust.reviewedBy', { org: s.reviewedBy }) : t('common:trust.notReviewed')}</span>
        <button type="button" class="link-button about-link" aria-expanded=${this.about ? 'true' : 'false'} @click=${this.#openAbout}>${t('common:trust.about')}</button>
      </p>
      ${s.orgName
        ? html`<p class="org">${s.orgUrl ? html`<a href=${s.orgUrl} target="_blank" rel="noopener noreferrer">${t('common:helplineOrg', { org: s.orgName })}</a>` : t('common:helplineOrg', { org: s.orgName })}</p>`
        : nothing}
      ${s.extra?.links.length
        ? html`<ul class="org-links">
            ${s.extra.links.map((l) => html`<li><a href=${l.url} target="_blank" rel="noopener noreferrer">${pick(l.label, this.#i18n.view.lang)}</a></li>`)}
          </ul>`
        : nothing}
      ${s.storage !== 'none'
        ? html`<p class="storage">${t(`common:storage.${s.storage}`)}
            <button type="button" class="button quiet forget" @click=${this.#forget}>${t('common:storage.forget')}</button></p>`
        : this.step === 'intro'
          ? nothing /* the intro says it in its own words already */
          : html`<p class="privacy">${t('common:privacy')}</p>`}
    </footer>`;
  }

  protected override render() {
    const i18n = this.#i18n.view;
    const s = this.#settingsValue;
    // Until the wanted language has arrived, hold the space (min-height on :host) without text:
    // no flash of English and no layout shift when the translation lands.
    if (!this.#i18n.settled) return html`<div class="placeholder" aria-busy="true"></div>`;
    const unreviewed = !i18n.meta.source && !i18n.meta.reviewedByNativeClinician;
    return html`<div class="root ${s.mode}" lang=${i18n.lang === 'x-pseudo' ? 'en' : i18n.lang} dir=${i18n.dir}>
      ${this.#header()}
      <p class="disclaimer" part="disclaimer">${i18n.t('common:disclaimer')}</p>
      ${unreviewed ? html`<p class="unreviewed">${i18n.t('common:language.unreviewed')}</p>` : nothing}
      ${this.#notices()}
      <div class="step-region" part="step" lang=${this.#i18n.detailsFallback && (this.step === 'comparison' || this.step === 'summary') ? 'en' : nothing}>
        ${this.about ? this.#aboutTemplate() : this.#stepTemplate(this.step)}
      </div>
      ${this.about ? nothing : this.#nav()}
      ${this.#footer()}
      <div class="visually-hidden" aria-live="polite" id="live">${this.#focus.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-decision-aid': MbcDecisionAid;
  }
}
