// The widget's header: its title, the language picker (each language named in itself) with its
// loading status, and where the person is among the steps.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView, LocaleStatus } from '../../i18n/i18n-controller.js';
import { LANGUAGES, NATIVE_NAMES } from '../../i18n/languages.js';
import type { StepId } from '../../state/steps.js';
import { progressSteps } from '../ui/progress-steps.js';

/** `router`: the steps reached so far, and how to go back to one; `status`: the language's loading status. */
export function headerView(
  i18n: I18nView,
  steps: readonly StepId[],
  step: StepId,
  router: { reached: ReadonlySet<StepId>; goTo(step: StepId): void },
  status: LocaleStatus,
  onLanguage: (e: Event) => void,
): TemplateResult {
  const { t } = i18n;
  return html`<header class="header" part="header">
    <div class="title-row">
      <p class="title">${t('common:title')}</p>
      <div class="language">
        <label for="language">${t('common:language.label')}</label>
        <select id="language" @change=${onLanguage}>
          ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === i18n.lang}>${NATIVE_NAMES[l]}</option>`)}
        </select>
        <span class="language-status" role="status">${status === 'loading' ? t('common:language.loading') : ''}</span>
      </div>
    </div>
    ${progressSteps(steps, step, router.reached, i18n, (s) => router.goTo(s))}
  </header>`;
}

/** Back and Continue (Start on the intro; named for where they lead before the comparison and summary). */
export function stepNav(i18n: I18nView, steps: readonly StepId[], step: StepId, move: (delta: 1 | -1) => void): TemplateResult {
  const { t } = i18n;
  const i = steps.indexOf(step);
  const next = steps[i + 1];
  const nextLabel =
    step === 'intro' ? t('common:nav.start') : next === 'comparison' ? t('common:nav.toComparison') : next === 'summary' ? t('common:nav.toSummary') : t('common:nav.next');
  return html`<nav class="actions step-nav" part="actions" aria-label=${t('common:nav.label')}>
    ${i > 0 ? html`<button type="button" class="button back" @click=${() => move(-1)}>${t('common:nav.back')}</button>` : html`<span></span>`}
    ${next ? html`<button type="button" class="button primary next" @click=${() => move(1)}>${nextLabel}</button>` : nothing}
  </nav>`;
}
