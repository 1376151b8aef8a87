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

export interface I18nView extends Formatters {
  readonly lang: Language;
  readonly dir: 'ltr' | 'rtl';
  readonly meta: LocaleMeta;
  /** Namespaced key, e.g. 'receptors:her2.legend'. Missing in this language → English, never the key. */
  t(key: string, options?: TOptions): string;
}

export type LocaleStatus = 'ready' | 'loading' | 'failed';

export class I18nController implements ReactiveController {
  readonly #i18n = createI18n();
  readonly #host: ReactiveControllerHost;
  readonly #metas = new Map<Language, LocaleMeta>([['en', EN.meta]]);
  /** Locale parts added to the i18next instance, as 'lng:part'. English common + intro are built in. */
  readonly #loaded = new Set<string>();
  readonly #onChange: (current: I18nView) => void;
  #request = 0;
  #wantQuestions = false;
  /**
   * More text every language on screen needs from now on, beyond its 'core' part: the comparison's,
   * once its part has loaded (components/decision-aid/comparison-text.ts sets this).
   */
  more: { parts: readonly LocalePart[]; load(lng: Language): Promise<void> } | undefined;

  current: I18nView = this.#makeView('en');
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

  constructor(host: ReactiveControllerHost, onChange: (current: I18nView) => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The language's script font (its meta "font"; styles/base.ts) on the widget's root element, set
   * through the CSSOM: a style attribute would need 'unsafe-inline' under a strict CSP.
   */
  hostUpdated(): void {
    (this.#host as ReactiveControllerHost & Element).shadowRoot?.querySelector<HTMLElement>('.root')?.style.setProperty('--_script-font', this.current.meta.font ?? null);
  }

  /** Adds a locale part to this widget's text (once); rejects with a PartError. */
  async load(lng: Language, part: LocalePart): Promise<void> {
    const id = `${lng}:${part}`;
    if (this.#loaded.has(id)) return;
    const doc = await loadLocale(lng, part);
    for (const [ns, bundle] of Object.entries(doc.resources)) this.#i18n.addResourceBundle(lng, ns, bundle, true, true);
    if (part === 'core') this.#metas.set(lng, doc.meta);
    this.#loaded.add(id);
  }

  /** The parts `lng` needs on screen now: English has its first screen built in. */
  #partsFor(lng: Language): LocalePart[] {
    return [...(lng !== 'en' || this.#wantQuestions ? ['core' as const] : []), ...(this.more?.parts ?? [])];
  }

  async setLanguage(lng: Language): Promise<void> {
    const request = ++this.#request;
    if (this.#partsFor(lng).some((part) => !this.#loaded.has(`${lng}:${part}`))) {
      this.status = 'loading';
      this.#host.requestUpdate();
    }
    try {
      if (lng !== 'en' || this.#wantQuestions) await this.load(lng, 'core');
      // Switch only when the comparison text is here too, so the screen never mixes languages mid-load.
      await this.more?.load(lng);
    } catch {
      if (request !== this.#request) return;
      // Keep the language already on screen (English at first) and say so; answers are untouched.
      this.status = 'failed';
      this.failed = lng;
      this.settled = true;
      this.#host.requestUpdate();
      return;
    }
    if (request !== this.#request) return;
    await this.#i18n.changeLanguage(lng);
    if (this.detailsFallback !== lng) this.detailsFallback = undefined;
    this.status = 'ready';
    this.failed = undefined;
    this.settled = true;
    this.publish(lng);
  }

  /**
   * The question steps' text for the language on screen, and English beside it (the fallback for a
   * missing key). Rejects with a PartError; the caller owns the loading state.
   */
  async ensureQuestions(): Promise<void> {
    this.#wantQuestions = true;
    const lng = this.current.lang;
    await Promise.all([this.load(lng, 'core'), this.load('en', 'core')]);
    if (lng === this.current.lang) this.publish(lng);
  }

  /** Hands the views a fresh view of `lng` (its text changed). */
  publish(lng: Language): void {
    this.current = this.#makeView(lng);
    this.#onChange(this.current);
    this.#host.requestUpdate();
  }

  #makeView(lng: Language): I18nView {
    const fixed = this.#i18n.getFixedT(lng);
    return {
      lang: lng,
      dir: directionOf(lng),
      meta: this.#metas.get(lng) ?? EN.meta,
      t: (key, options) => fixed(key, options ?? {}) as string,
      ...formatters(lng),
    };
  }
}
