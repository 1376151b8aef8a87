// What the summary is for once read: print it (or save it as PDF), copy a link to these answers,
// start over (asked twice, since it empties every answer), and what only paper carries — lines to
// write on (as the Ottawa Personal Decision Guide has), the trust lines of the on-screen footer.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView } from '../../../i18n/i18n-controller.js';
import type { Settings } from '../../../state/context.js';
import { localIsoDate } from '../../../util/today.js';
import type { ShareController } from './share-controller.js';

export interface ActionsInput {
  share: ShareController;
  confirmReset: boolean;
  print(): void;
  copyLink(): void;
  askReset(on: boolean): void;
  reset(): void;
}

export function summaryActions(i18n: I18nView, x: ActionsInput): TemplateResult {
  const a = (k: string) => i18n.t(`summary:actions.${k}`);
  const state = x.share.state;
  return html`<div class="actions summary-actions" part="actions">
    <button type="button" class="button primary print" @click=${x.print}>${a('print')}</button>
    <button type="button" class="button" @click=${x.copyLink}>${a('share')}</button>
    ${x.confirmReset
      ? html`<span class="confirm" role="group" aria-label=${a('startOver')}>
          <span>${a('startOverConfirm')}</span>
          <button type="button" class="button" @click=${x.reset}>${a('startOver')}</button>
          <button type="button" class="button quiet" @click=${() => x.askReset(false)}>${i18n.t('common:nav.back')}</button>
        </span>`
      : html`<button type="button" class="button quiet" @click=${() => x.askReset(true)}>${a('startOver')}</button>`}
    <p class="share-status" role="status">
      ${state === 'copied' ? a('copied') : ''}
      ${state === 'failed' ? html`${a('copyFailed')}` : ''}
    </p>
    ${state === 'failed'
      ? html`<label class="share-fallback"><span class="visually-hidden">${a('share')}</span>
          <input type="text" readonly .value=${x.share.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>`
      : nothing}
    <p class="fine">${a('shareHint')}</p>
  </div>`;
}

/** What only paper needs before the sources: the SURE boxes, lines to write on, the trust lines. */
export function paperOnly(i18n: I18nView, s: Settings, reviewed: string, sure: TemplateResult): TemplateResult {
  const p = (k: string) => i18n.t(`summary:print.${k}`);
  const t = i18n.t;
  return html`${sure}
    <section class="print-only paper-write">
      <p class="write-label">${p('leaning')}</p>
      <div class="write-line"></div>
      <h3>${p('notes')}</h3>
      ${[1, 2, 3, 4, 5].map(() => html`<div class="write-line"></div>`)}
    </section>
    <div class="print-only paper-trust">
      <p>${p('from')} ${t('summary:date', { date: i18n.date(localIsoDate()) })}</p>
      <p>${t('common:trust.checked', { date: i18n.monthYear(reviewed) })} ·
        ${s.reviewedBy ? t('common:trust.reviewedBy', { org: s.reviewedBy }) : t('common:trust.notReviewed')} ·
        ${t('common:trust.about')}: ${p('aboutPage')}</p>
      <p><strong>${t('common:disclaimer')}</strong></p>
    </div>`;
}
