// <mbc-decision-aid>: the root. It owns the store, provides it, the text and the settings to the
// steps through context, routes between steps, and shows the header, notices, navigation and footer
// around the step. Everything it delegates has a home of its own: attribute checks (state/settings.ts),
// keeping answers (answers-persistence.ts), the language (language-choice.ts), moving between steps
// (step-router.ts), the intro (steps/intro/intro-view.ts), the question steps and engine and what the
// comparison needs (questions-controller.ts, after-start-controller.ts), "About this guide"
// (about-controller.ts), content-src (content-src-controller.ts), fetching ahead (idle-prefetch.ts).
// One direction of data: answers → store → engine → views; views ask for changes with intents.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Assessment, Profile } from '../../engine/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18nContext } from '../../state/context.js';
import { Store } from '../../state/store.js';
import { isStep, stepsFor, type Mode, type StepId, type StorageMode, type TrialsMode } from '../../state/steps.js';
import { emit, profileChangeDetail } from '../../util/events.js';
import { warnOnce } from '../../util/warn.js';
import { VERSION } from '../../version.js';
import type { ColorScheme, ProfileInput } from '../../public-types.js';
import { AboutController } from './about-controller.js';
import { AnswersPersistence } from './answers-persistence.js';
import { styles } from './decision-aid.styles.js';
import { footerView } from './footer.js';
import { headerView, stepNav } from './header.js';
import { introView } from '../steps/intro/intro-view.js';
import { IdlePrefetch } from './idle-prefetch.js';
import { onIntents } from './intents.js';
import { LanguageChoice } from './language-choice.js';
import { Notices } from './notices.js';
import { QuestionsController } from './questions-controller.js';
import { SETTINGS_ATTRIBUTES, SettingsController } from './settings-controller.js';
import { StepRouter } from './step-router.js';
import { StoreLink } from './store-link.js';

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
  readonly #storeLink = new StoreLink(this, this.#store, (snap, prev) => {
    if (snap.profile !== prev.profile) emit(this, 'mbc-profile-change', profileChangeDetail(snap.profile));
    this.#wantParts();
    if (snap.step !== prev.step) this.#router.moved(prev.step);
    this.#answers.persist();
    this.requestUpdate();
  });
  readonly #i18nProvider = new ContextProvider(this, { context: i18nContext, initialValue: this.#i18n.current });
  readonly #notices: Notices = new Notices(this, {
    // A failed question-steps part is tried again with it: the page's `profile` may be waiting for it.
    language: (lng) => void (this.#questions.retry(), this.#language.set(lng)),
    details: () => this.#questions.details.retryText?.(),
    answers: () => this.#answers.retry(),
  });
  readonly #answers: AnswersPersistence = new AnswersPersistence(this, {
    store: this.#store,
    storageMode: () => this.#settings.value.storage,
    steps: () => this.#steps,
    notify: this.#notices.add,
    chosenLanguage: () => this.#language.chosen,
    restoredLanguage: (lang) => this.#language.restored(lang),
    keptChanged: () => this.#settings.update(),
  });
  readonly #language = new LanguageChoice(this, this.#i18n, () => this.#answers.persist());
  readonly #settings: SettingsController = new SettingsController(this, {
    kept: () => this.#answers.kept,
    contentFailed: () => this.#notices.add('contentFailed', 'content-src-failed'),
  });
  // Lazy parts (loading/): the question steps with the engine, which bring what loads the comparison's part (`details`).
  readonly #questions = new QuestionsController(this, this.#i18n, this.#store, () => this.#notices.add('invalidProfile', 'invalid-profile'), () => this.#wantParts());
  readonly #about = new AboutController(this, () => this.#questions.details);
  readonly #router = new StepRouter(this, { store: this.#store, steps: () => this.#steps, i18n: () => this.#i18n.current, about: this.#about });
  readonly #prefetch = new IdlePrefetch(this, this.#questions.ensure);

  // Steps ask for things with internal events that never leave our shadow root, so listen there.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    onIntents(root, {
      'mbc-intent-edit': ({ step, question }) => this.#router.goTo(step, { question }),
      'mbc-intent-reset': () => this.reset(),
      // "Try again": whichever part failed loads again (from "About", the comparison's part starts); "Reload the page" keeps the answers.
      'mbc-intent-after-start': (detail) => {
        if (detail?.reload) return this.#answers.reloadPage(this.#questions.waiting);
        this.#questions.retry();
        this.#questions.details.retry();
        this.#questions.details.ensure();
      },
      'mbc-intent-step': ({ step }) => this.#router.goTo(step),
      'mbc-intent-about': () => this.#about.show(),
    });
    return root;
  }
  // ── public API (contract §3) ────────────────────────────────────────────────
  /**
   * The person's answers. Typed as `ProfileInput` for TypeScript users, but any value is accepted at
   * run time: setting validates with parseProfile (invalid input keeps the previous answers), which
   * loads with the question steps: set before, it applies before `ready` resolves; after, at once.
   */
  get profile(): Profile {
    return this.#store.snapshot.profile;
  }
  set profile(input: ProfileInput) {
    this.#questions.setProfile(input);
  }

  /** The visible step. */
  get step(): StepId {
    return this.#store.snapshot.step;
  }
  set step(value: StepId) {
    if (!isStep(value)) warnOnce('bad-step', `invalid step "${String(value)}"`);
    else (this.#router.goTo(value), this.#questions.ensure());
  }

  /**
   * The engine's assessment of the current answers (read-only): null until `ready` has resolved,
   * because the engine loads lazily (import `mbc-decision-aid/engine` for a synchronous result).
   */
  get assessment(): Assessment | null {
    return this.#store.snapshot.assessment;
  }

  /**
   * Resolves once the engine and the question steps are loaded (then `assessment` is set); asking
   * starts the loading. Rejects if they could not be; after "Try again", `ready` is a new promise.
   */
  get ready(): Promise<void> {
    return this.#questions.loaded().then(() => undefined);
  }

  /** Clears every answer (and anything stored) and returns to the first step. */
  reset(): void {
    this.#questions.dropWaiting();
    this.#answers.forget();
    this.#store.reset(this.#steps[0]!);
    this.#router.forget();
    this.#notices.clear();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Attributes arrive before the first update: read them now, so storage and mode apply from the start.
    this.#answers.readKept();
    this.#settings.update();
    this.#settings.loadContent();
    // Stored answers (and the language chosen with them) first, so the first screen shows them.
    void this.#answers.start().then(() => this.#language.set());
    this.#wantParts();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contentSrc') && this.isConnected) this.#settings.loadContent();
    if (SETTINGS_ATTRIBUTES.some((a) => changed.has(a))) {
      const storageBefore = this.#settings.value.storage;
      this.#settings.update();
      // Clinician mode has no intro; keep the step inside the steps this mode shows.
      if (!this.#steps.includes(this.step)) this.#store.goTo(this.#steps[0]!);
      if (this.#settings.value.storage !== storageBefore) this.#answers.storageChanged();
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) void this.#language.set();
  }

  // ── internals ───────────────────────────────────────────────────────────────
  /** Past the intro or in "About", what the comparison needs is wanted (the question steps first, which bring its loader). */
  #wantParts(): void {
    if (this.step !== 'intro' || this.#about.open) this.#questions.details.ensure();
  }

  get #steps(): readonly StepId[] {
    return stepsFor(this.#settings.value.mode);
  }

  /** "Keep my answers in this tab" (intro): the confirmation that takes the button's place takes the focus. */
  #keep = (): Promise<void> => (this.#answers.keep(), this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('.kept')?.focus()));

  /** "Forget my answers" in the footer: reset, and say so. */
  #forget = (): void => {
    this.reset();
    this.#notices.add('forgotten');
  };

  // ── rendering ───────────────────────────────────────────────────────────────

  protected override render() {
    const i18n = this.#i18n.current;
    const s = this.#settings.value;
    // Until the wanted language and any stored answers have arrived, hold the space (min-height on
    // :host) without text: no flash of English or of the intro, no layout shift when they land.
    if (!this.#i18n.settled || !this.#answers.settled) return html`<div class="placeholder" aria-busy="true"></div>`;
    const unreviewed = !i18n.meta.source && !i18n.meta.reviewedByNativeClinician;
    const about = this.#about.open;
    const detailsIn = this.#questions.details.state.state === 'ready' ? this.#i18n.detailsFallback : undefined;
    return html`<div class="root ${s.mode}" lang=${i18n.lang === 'x-pseudo' ? 'en' : i18n.lang} dir=${i18n.dir}>
      ${headerView(i18n, this.#steps, this.step, this.#router, this.#i18n.status, this.#language.onPick)}
      <p class="disclaimer" part="disclaimer">${i18n.t('common:disclaimer')}</p>
      ${unreviewed ? html`<p class="unreviewed">${i18n.t('common:language.unreviewed')}</p>` : nothing}
      ${this.#notices.render(i18n, this.#i18n.failed, detailsIn, s.orgName ?? location.host)}
      <div class="step-region" part="step" lang=${this.#i18n.detailsFallback && (this.step === 'comparison' || this.step === 'summary') ? 'en' : nothing}>
        ${about ? this.#about.render(i18n, s) : StepRouter.render(this.step, this.#questions, () => introView(i18n, s, { kept: this.#answers.kept, keep: this.#keep }))}
      </div>
      ${about ? nothing : stepNav(i18n, this.#steps, this.step, this.#router.move)}
      ${footerView(i18n, s, { intro: this.step === 'intro', aboutOpen: about, openAbout: this.#about.show, forget: this.#forget })}
      <div class="visually-hidden" aria-live="polite" id="live">${this.#router.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-decision-aid': MbcDecisionAid;
  }
}
