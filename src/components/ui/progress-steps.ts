// Where you are: an ordered list of the steps, the current one marked with aria-current="step".
// Steps already seen are buttons, so people can go back to any of them; later ones are plain text.
import { html, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { StepId } from '../../state/steps.js';

export function progressSteps(
  steps: readonly StepId[],
  current: StepId,
  reached: ReadonlySet<StepId>,
  i18n: I18nView,
  go: (step: StepId) => void,
): TemplateResult {
  const index = steps.indexOf(current);
  return html`<nav class="progress" part="progress" aria-label=${i18n.t('common:progress.label')}>
    <p class="progress-count">
      <span class="count-short">${i18n.t('common:progress.stepOf', { current: i18n.number(index + 1), total: i18n.number(steps.length) })}</span>
      <span class="count-long">${i18n.t('common:progress.announce', {
        current: i18n.number(index + 1),
        total: i18n.number(steps.length),
        title: i18n.t(`common:steps.${current}`),
      })}</span>
    </p>
    <ol>
      ${steps.map((s, i) => {
        const name = i18n.t(`common:steps.${s}`);
        const state = s === current ? 'current' : i < index || reached.has(s) ? 'visited' : 'ahead';
        return html`<li class=${state} aria-current=${s === current ? 'step' : 'false'}>
          ${state === 'visited'
            ? html`<button type="button" class="progress-link" @click=${() => go(s)}>
                <span class="dot" aria-hidden="true">${i18n.number(i + 1)}</span><span class="name">${name}</span></button>`
            : html`<span class="progress-item"><span class="dot" aria-hidden="true">${i18n.number(i + 1)}</span><span class="name">${name}</span>${state === 'current' ? html`<span class="visually-hidden"> (${i18n.t('common:progress.current')})</span>` : ''}</span>`}
        </li>`;
      })}
    </ol>
  </nav>`;
}
