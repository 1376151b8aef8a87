// The SURE readiness check (Sure of myself, Understand the information, Risk–benefit ratio,
// Encouragement): four yes/no questions about the person, not the medicine, kept beside the answers
// (never in the profile). On screen as radio groups; on paper as ticked boxes, since radios do not print.
import { html, type TemplateResult } from 'lit';
import type { I18nView } from '../../../i18n/i18n-controller.js';
import type { Snapshot, Store, ReadinessItem } from '../../../state/store.js';
import { edits } from '../../../state/answer-edits.js';
import { radioGroup } from '../../ui/choice-group.js';

const SURE_IDS: ReadinessItem[] = ['sure', 'informed', 'values', 'support'];

export function sureCheck(snap: Snapshot, store: Store, i18n: I18nView): TemplateResult {
  const t = (k: string) => i18n.t(`summary:sure.${k}`);
  const sure = snap.readiness;
  const answered = SURE_IDS.filter((id) => sure[id]);
  const anyNo = SURE_IDS.some((id) => sure[id] === 'no');
  return html`<section class="sure" aria-labelledby="sure-heading">
    <h3 id="sure-heading">${t('heading')}</h3>
    <p>${t('intro')}</p>
    ${SURE_IDS.map((id) =>
      radioGroup<'yes' | 'no'>({
        id: `sure-${id}`,
        legend: t(id),
        inline: true,
        choices: [
          { value: 'yes', label: t('yes') },
          { value: 'no', label: t('no') },
        ],
        value: sure[id],
        onChange: (v) => edits(store).setReadiness(id, v),
      }),
    )}
    <p role="status" class="sure-result">${anyNo ? t('someNo') : answered.length === SURE_IDS.length ? t('allYes') : ''}</p>
    <p class="fine">${t('source')}</p>
  </section>`;
}

/** The SURE answers as ticked (or empty) boxes, for paper. */
export function sureOnPaper(snap: Snapshot, i18n: I18nView): TemplateResult {
  const t = (k: string) => i18n.t(`summary:sure.${k}`);
  const sure = snap.readiness;
  const box = (on: boolean, label: string) => html`<span class="box-choice"><span class="box">${on ? 'X' : ''}</span>${label}</span>`;
  return html`<section class="print-only paper-sure">
    <h3>${t('heading')}</h3>
    <ul>
      ${SURE_IDS.map((id) => html`<li><span class="q">${t(id)}</span> ${box(sure[id] === 'yes', t('yes'))} ${box(sure[id] === 'no', t('no'))}</li>`)}
    </ul>
    <p class="fine">${t('source')}</p>
  </section>`;
}
