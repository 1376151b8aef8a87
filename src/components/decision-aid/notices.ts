// The notices above the step: what went wrong and was handled (answers kept), each with "Try again"
// where trying again can help, else "Dismiss". Localized, never a raw error; the host page hears of
// each through `mbc-error` with its code.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import { NATIVE_NAMES, type Language } from '../../i18n/languages.js';
import { emit, type ErrorCode } from '../../util/events.js';
import type { AnswersNotice } from './answers-persistence.js';

export type NoticeId = AnswersNotice | 'invalidProfile' | 'contentFailed' | 'forgotten';

/** What "Try again" does for each notice that has one. */
export interface NoticeRetries {
  language(lng: Language): void;
  details(): void;
  answers(): void;
}

/** The notices on screen, in the order they came. */
export class Notices implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #retry: NoticeRetries;
  list: readonly NoticeId[] = [];

  constructor(host: ReactiveControllerHost & EventTarget, retry: NoticeRetries) {
    this.#host = host;
    this.#retry = retry;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows `id` (once) and tells the host page `code`, if there is one. */
  add = (id: NoticeId, code?: ErrorCode): void => {
    if (!this.list.includes(id)) this.#set([...this.list, id]);
    if (code) emit(this.#host, 'mbc-error', { code });
  };

  dismiss = (id: NoticeId): void => this.#set(this.list.filter((n) => n !== id));

  clear(): void {
    this.#set([]);
  }

  #set(list: readonly NoticeId[]): void {
    this.list = list;
    this.#host.requestUpdate();
  }

  /**
   * The list, localized. `failed`: a language that could not be loaded (the screen stays in the one
   * before); `detailsIn`: the comparison text is shown in English instead of this language; `org`:
   * who offers the widget, for "extra information from …".
   */
  render(i18n: I18nView, failed: Language | undefined, detailsIn: Language | undefined, org: string): TemplateResult | typeof nothing {
    const { t } = i18n;
    const items: Array<[string, string]> = this.list.map((id) => [
      id,
      id === 'forgotten' ? t('common:storage.forgotten') : t(`common:notices.${id}`, { org }),
    ]);
    if (detailsIn) items.unshift(['details', t('common:language.detailsFailed', { language: nameOf(detailsIn) })]);
    if (failed) items.unshift(['locale', t('common:language.failed', { language: nameOf(failed) })]);
    if (!items.length) return nothing;
    // A language that failed is tried again from here (the picker shows the language on screen).
    const retry: Record<string, () => void> = {
      locale: () => failed && this.#retry.language(failed),
      details: this.#retry.details,
      answersFailed: () => {
        this.dismiss('answersFailed');
        this.#retry.answers();
      },
    };
    return html`<ul class="notices" role="status">
      ${items.map(
        ([id, text]) => html`<li class="notice">
          <span>${text}</span>
          ${retry[id]
            ? html`<button type="button" class="button quiet retry" @click=${retry[id]}>${t('common:details.retry')}</button>`
            : html`<button type="button" class="button quiet" @click=${() => this.dismiss(id as NoticeId)}>${t('common:notices.dismiss')}</button>`}
        </li>`,
      )}
    </ul>`;
  }
}

const nameOf = (l: Language) => (l === 'x-pseudo' ? l : NATIVE_NAMES[l]);
