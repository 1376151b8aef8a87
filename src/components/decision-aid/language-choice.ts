// The widget's language: the one the person picked (kept with stored answers), else the `lang`
// attribute, the page's <html lang>, then the browser's languages. Every change goes through set(),
// so a language that cannot be loaded is always told to the host page as well (`locale-failed`).
import type { LitElement, ReactiveController } from 'lit';
import type { I18nController } from '../../i18n/i18n-controller.js';
import { matchLanguage, resolveLanguage, type Language } from '../../i18n/languages.js';
import { emit } from '../../util/events.js';

export class LanguageChoice implements ReactiveController {
  readonly #host: LitElement;
  readonly #i18n: I18nController;
  readonly #picked: () => void;
  /** The language the person picked in the picker, not one we guessed. */
  chosen: Language | undefined;

  /** `picked`: the person chose a language (it is kept with their answers). */
  constructor(host: LitElement, i18n: I18nController, picked: () => void) {
    this.#host = host;
    this.#i18n = i18n;
    this.#picked = picked;
    host.addController(this);
  }

  hostConnected(): void {}

  // The picker shows the language on screen, also after the person picked one that failed to load
  // (the DOM value changed while ours did not, so a plain .value binding would not reset it).
  hostUpdated(): void {
    const select = this.#host.renderRoot.querySelector<HTMLSelectElement>('#language');
    if (select && select.value !== this.#i18n.current.lang) select.value = this.#i18n.current.lang;
  }

  /** The language to show: the person's choice, else what the page and the browser ask for. */
  wanted(): Language {
    if (this.chosen) return this.chosen;
    const nav = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
    return resolveLanguage([this.#host.lang, document.documentElement.lang, ...nav]);
  }

  async set(lng: Language = this.wanted()): Promise<void> {
    await this.#i18n.setLanguage(lng);
    if (this.#i18n.failed === lng) emit(this.#host, 'mbc-error', { code: 'locale-failed' });
  }

  /** Stored answers came with the language the person had picked. */
  restored(lang: string): void {
    this.chosen = matchLanguage(lang);
    if (this.chosen && this.#i18n.settled) void this.set(this.chosen);
  }

  /** The picker's change. */
  onPick = (e: Event): void => {
    const lng = matchLanguage((e.target as HTMLSelectElement).value);
    if (!lng) return;
    this.chosen = lng;
    this.#picked();
    void this.set(lng);
  };
}
