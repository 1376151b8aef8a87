// The comparison's code, text and knowledge arrive a moment after the person starts, as one status
// (components/decision-aid/after-start-controller.ts). Until then a step that needs them holds its space
// with a short message; if they cannot be loaded, it says so and offers to try again — the answers
// are untouched either way, and nothing is loaded again until the person asks.
//
// Beside "Try again", "Reload the page", a last resort: the script-tag build asks for every failed file
// again under a fresh URL (scripts/rollup-fresh-retry.mjs), but an app's bundler loads shared chunks
// its own way, and a page may keep a broken copy of one. It keeps the answers, step and language.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { KnowledgeView } from '../../state/context.js';
import { intent } from '../../util/events.js';
import type { StepId } from '../../state/steps.js';

export function afterStartGate(i18n: I18nView, knowledge: Pick<KnowledgeView, 'state'>, failed = 'common:details.failed'): TemplateResult | typeof nothing {
  if (knowledge.state === 'ready') return nothing;
  if (knowledge.state === 'failed')
    return html`<div class="details-gate" role="alert" data-state="failed">
      <p>${i18n.t(failed)}</p>
      <button type="button" class="button" @click=${(e: Event) => intent(e.currentTarget as HTMLElement, 'mbc-intent-after-start', {})}>${i18n.t('common:details.retry')}</button>
      <button type="button" class="button reload" @click=${(e: Event) => intent(e.currentTarget as HTMLElement, 'mbc-intent-after-start', { reload: true })}>${i18n.t('common:details.reload')}</button>
    </div>`;
  return html`<div class="details-gate" aria-busy="true" data-state="loading"><p role="status">${i18n.t('common:loading')}</p></div>`;
}

/**
 * The body of a step that needs the after-start part (the comparison, the summary) once it has
 * arrived, the gate until then. The step's section and heading stay the same element meanwhile, so
 * focus can land there and stays put.
 */
export function afterStartBody(i18n: I18nView, knowledge: Pick<KnowledgeView, 'state'>, body: () => TemplateResult): TemplateResult {
  const gate = afterStartGate(i18n, knowledge);
  return gate === nothing ? body() : gate;
}

/** A step whose code has not arrived yet: its heading (focus can land there) and the status below. */
export function partPlaceholder(step: StepId, i18n: I18nView, state: KnowledgeView['state'], failed: string): TemplateResult {
  return html`<section class="step ${step}" aria-labelledby="heading-${step}">
    <h2 tabindex="-1" class="step-heading" id="heading-${step}">${i18n.t(`common:steps.${step}`)}</h2>
    ${afterStartGate(i18n, { state: state === 'failed' ? 'failed' : 'loading' }, failed)}
  </section>`;
}
