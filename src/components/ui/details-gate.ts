// The comparison content arrives a moment after the person starts (see i18n/en.ts). Until then a
// step that needs it holds its space with a short message; if it cannot be fetched, it says so and
// offers to try again — the answers are untouched either way.
import { html, nothing, type TemplateResult } from 'lit';
import type { I18nView } from '../../i18n/i18n-controller.js';
import type { KnowledgeView } from '../../state/context.js';
import { intent } from '../../util/events.js';

export function detailsGate(i18n: I18nView, knowledge: Pick<KnowledgeView, 'state'>): TemplateResult | typeof nothing {
  if (i18n.details === 'ready' && knowledge.state === 'ready') return nothing;
  if (i18n.details === 'failed' || knowledge.state === 'failed')
    return html`<div class="details-gate" role="alert">
      <p>${i18n.t('common:details.failed')}</p>
      <button type="button" class="button" @click=${(e: Event) => intent(e.currentTarget as HTMLElement, 'mbc-intent-details', {})}>${i18n.t('common:details.retry')}</button>
    </div>`;
  return html`<div class="details-gate" aria-busy="true"><p role="status">${i18n.t('common:loading')}</p></div>`;
}
