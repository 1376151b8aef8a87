// Owns the widget's private i18next instance: picks up a language, fetches what it needs, and hands
// the views a fresh I18nView whenever anything visible changes (so context consumers re-render).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TOptions } from 'i18next';
import { createI18n } from './create-i18n.js';
import { EN } from './en.js';
import { directionOf, type Language } from './languages.js';
import { loadLocale, type LocalePart } from './load-locale.js';
import type { LocaleMeta } from './locale-meta.js';
import { formatters, type Formatters } from './format.js';

export type DetailsState = 'idle' | 'loading' | 'ready' | 'failed';

export interface I18nView extends Formatters {
  readonly lang: Language;
  readonly dir: 'ltr' | 'rtl';
  readonly meta: LocaleMeta;
  /** Whether the comparison content and glossary are loaded for this language. */
  readonly details: DetailsState;
  /** Namespaced key, e.g. 'receptors:her2.legend'. Missing in this language → English, never the key. */
  t(key: string, options?: TOptions): string;
}

export type LocaleStatus = 'ready' | 'loading' | 'failed';

export class I18nController implements ReactiveController {
  readonly #i18n = createI18n();
  readonly #host: ReactiveControllerHost;
  readonly #metas = new Map<Language, LocaleMeta>([['en', EN.meta]]);
  readonly #loaded = new Set<string>(['en:core']);
  readonly #onChange: (view: I18nView) => void;
  #request = 0;
  #wantDetails = false;
  #details: DetailsState = 'idle';

  view: I18nView = this.#makeView('en');
  status: LocaleStatus = 'ready';
  /** The language that could not be loaded, for a localized notice; cleared by the next success. */
  failed: Language | undefined;
  /**
   * The language whose comparison text could not be loaded, so that text is shown in English: never
   * silently, since it is the medical text (the host shows a notice with "try again").
   */
  detailsFallback: Language | undefined;
  /** False until the first wanted language is on screen: until then the host shows a same-size placeholder. */
  settled = false;

  constructor(host: ReactiveControllerHost, onChange: (view: I18nView) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {}

  async #load(lng: Language, part: LocalePart): Promise<void> {
    const id = `${lng}:${part}`;
    if (this.#loaded.has(id)) return;
    const doc = await loadLocale(lng, part);
    for (const [ns, bundle] of Object.entries(doc.resources)) this.#i18n.addResourceBundle(lng, ns, bundle, true, true);
    if (part === 'core') this.#metas.set(lng, doc.meta);
    this.#loaded.add(id);
  }

  /** What the comparison needs, for `lng`, else in English (better than nothing, and said); false when neither arrives. */
  async #loadDetails(lng: Language): Promise<boolean> {
    const parts = ['details', 'content', 'evidence'] as const;
    try {
      await Promise.all(parts.map((p) => this.#load(lng, p)));
      if (this.view.lang === lng || this.detailsFallback === lng) this.detailsFallback = undefined;
      return true;
    } catch {
      if (lng === 'en') return false;
      try {
        await Promise.all(parts.map((p) => this.#load('en', p)));
        this.detailsFallback = lng;
        return true;
      } catch {
        return false;
      }
    }
  }

  /** "Try again" on the English-fallback notice: fetch the comparison text in the language on screen. */
  async retryDetails(): Promise<void> {
    const lng = this.view.lang;
    if (this.detailsFallback !== lng) return;
    await this.#loadDetails(lng);
    if (lng === this.view.lang) this.#publish(lng);
  }

  async setLanguage(lng: Language): Promise<void> {
    const request = ++this.#request;
    const needsFetch = !this.#loaded.has(`${lng}:core`) || (this.#wantDetails && !this.#loaded.has(`${lng}:content`));
    if (needsFetch) {
      this.status = 'loading';
      this.#host.requestUpdate();
    }
    try {
      await this.#load(lng, 'core');
    } catch {
      if (request !== this.#request) return;
      // Keep the language already on screen (English at first) and say so; answers are untouched.
      this.status = 'failed';
      this.failed = lng;
      this.settled = true;
      this.#host.requestUpdate();
      return;
    }
    // Switch only when the comparison text is here too, so the screen never mixes languages mid-load.
    if (this.#wantDetails) this.#details = (await this.#loadDetails(lng)) ? 'ready' : 'failed';
    if (request !== this.#request) return;
    await this.#i18n.changeLanguage(lng);
    if (this.detailsFallback !== lng) this.detailsFallback = undefined;
    this.status = 'ready';
    this.failed = undefined;
    this.settled = true;
    this.#publish(lng);
  }

  /** Fetch the comparison content and glossary for the language on screen (once the person starts). */
  async ensureDetails(): Promise<void> {
    if (this.#wantDetails && this.#details !== 'failed') return;
    this.#wantDetails = true;
    const lng = this.view.lang;
    this.#details = 'loading';
    this.#publish(lng);
    const ok = await this.#loadDetails(lng);
    if (lng !== this.view.lang) return; // a language change took over and loads its own
    this.#details = ok ? 'ready' : 'failed';
    this.#publish(lng);
  }

  #publish(lng: Language): void {
    this.view = this.#makeView(lng);
    this.#onChange(this.view);
    this.#host.requestUpdate();
  }

  #makeView(lng: Language): I18nView {
    const fixed = this.#i18n.getFixedT(lng);
    return {
      lang: lng,
      dir: directionOf(lng),
      meta: this.#metas.get(lng) ?? EN.meta,
      details: this.#details,
      t: (key, options) => fixed(key, options ?? {}) as string,
      ...formatters(lng),
    };
  }
}
