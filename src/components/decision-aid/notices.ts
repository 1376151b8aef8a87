// The notices above the step: what went wrong and was handled (answers kept), each with "Try again"
// where trying again can help, else "Dismiss". Localized, never a raw error.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import { NATIVE_NAMES, type Language } from '../../i18n/languages.js';
import type { AnswersNotice } from './answers-persistence.js';

export type NoticeId = AnswersNotice | 'invalidProfile' | 'contentFailed' | 'forgotten';

export interface NoticesInput {
  notices: readonly NoticeId[];
  /** A language that could not be loaded (the screen stays in the one before). */
  failed: Language | undefined;
  /** The language whose comparison text is shown in English instead. */
  detailsIn: Language | undefined;
  /** Who offers the widget, for "extra information from …". */
  org: string;
  retryLanguage(lng: Language): void;
  retryDetails(): void;
  retryAnswers(): void;
  dismiss(id: NoticeId): void;
}

const nameOf = (l: Language) => (l === 'x-pseudo' ? l : NATIVE_NAMES[l]);

export function noticesView(i18n: I18nView, n: NoticesInput): TemplateResult | typeof nothing {
  const { t } = i18n;
  const items: Array<[string, string]> = n.notices.map((id) => [
    id,
    id === 'forgotten' ? t('common:storage.forgotten') : t(`common:notices.${id}`, { org: n.org }),
  ]);
  if (n.detailsIn) items.unshift(['details', t('common:language.detailsFailed', { language: nameOf(n.detailsIn) })]);
  if (n.failed) items.unshift(['locale', t('common:language.failed', { language: nameOf(n.failed) })]);
  if (!items.length) return nothing;
  // A language that failed is tried again from here (the picker shows the language on screen).
  const failed = n.failed;
  const retry: Record<string, () => void> = {
    locale: () => failed && n.retryLanguage(failed),
    details: () => n.retryDetails(),
    answersFailed: () => n.retryAnswers(),
  };
  return html`<ul class="notices" role="status">
    ${items.map(
      ([id, text]) => html`<li class="notice">
        <span>${text}</span>
        ${retry[id]
          ? html`<button type="button" class="button quiet retry" @click=${retry[id]}>${t('common:details.retry')}</button>`
          : html`<button type="button" class="button quiet" @click=${() => n.dismiss(id as NoticeId)}>${t('common:notices.dismiss')}</button>`}
      </li>`,
    )}
  </ul>`;
}
