// Clinician mode's first screen: the subtype, menopause, line and key results as large chips on one
// screen, then straight to the comparison (read across a desk during a consult). Same store intents
// as the patient questions; anything left untouched stays "not known" for the engine.
import { css, html, type TemplateResult } from 'lit';
import type { BiomarkerId, Her2, Menopause, Profile, Test, TreatmentId } from '../../../engine/index.js';
import type { I18nView } from '../../../i18n/i18n-controller.js';
import { TREATMENT_IDS } from '../../../engine/vocabulary.js';
import { isAnswered, type Snapshot } from '../../../state/store.js';
import type { AnswerEdits } from '../../../state/answer-edits.js';

const HR: readonly Test[] = ['positive', 'negative', 'unknown'];
const HER2: readonly Her2[] = ['positive', 'low', 'ultralow', 'zero', 'negative', 'unknown'];
const MENOPAUSE: readonly Menopause[] = ['pre', 'post', 'male', 'unknown'];
const LINES = ['0', '1', '2', '3', 'unknown'] as const;
/** The results that most often change the comparison (src: asco-biomarkers-2024, asco-biomarkers-recs). */
const KEY_BIOMARKERS: readonly BiomarkerId[] = ['pik3ca', 'akt1', 'pten', 'esr1', 'gbrca', 'pdl1'];
/** Prior treatments the rules turn on (CDK4/6 after an AI, T-DXd once, chemotherapy lines). */
const KEY_RECEIVED: ReadonlyArray<[TreatmentId, string]> = [
  ['aromatase-inhibitor', 'rxAi'],
  ['cdk46-inhibitor', 'rxCdk'],
  ['t-dxd', 'rxTdxd'],
  ['taxane', 'rxTaxane'],
];

interface Chip<V extends string> {
  value: V;
  label: string;
}

function chipGroup<V extends string>(id: string, legend: string, chips: Chip<V>[], value: V | undefined, onChange: (v: V) => void): TemplateResult {
  return html`<fieldset class="chips" id="q-${id}" data-question=${id}>
    <legend>${legend}</legend>
    <div class="chip-row">
      ${chips.map(
        (c) => html`<label class="chip">
          <input type="radio" name="quick-${id}" .value=${c.value} .checked=${value === c.value} @change=${() => onChange(c.value)} />
          <span>${c.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function toggleGroup(id: string, legend: string, chips: Chip<string>[], isOn: (v: string) => boolean, onToggle: (v: string, on: boolean) => void): TemplateResult {
  return html`<fieldset class="chips" id="q-${id}" data-question=${id}>
    <legend>${legend}</legend>
    <div class="chip-row">
      ${chips.map(
        (c) => html`<label class="chip">
          <input type="checkbox" name="quick-${id}" .value=${c.value} .checked=${isOn(c.value)}
            @change=${(e: Event) => onToggle(c.value, (e.target as HTMLInputElement).checked)} />
          <span>${c.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function quickEntry(snap: Snapshot, store: AnswerEdits, i18n: I18nView, show: () => void): TemplateResult {
  const t = (k: string) => i18n.t(`receptors:quick.${k}`);
  const p: Profile = snap.profile;
  const shown = <K extends 'hr' | 'her2' | 'menopause'>(k: K) => (isAnswered(snap, k) ? p[k] : undefined);
  const lines = !isAnswered(snap, 'metastaticLines') ? undefined : p.metastaticLines === 'unknown' ? 'unknown' : String(Math.min(p.metastaticLines, 3));
  const notKnown = i18n.t('receptors:quick.unknown');
  return html`<p class="lead">${t('intro')}</p>
    <div class="quick">
      ${chipGroup('hr', t('hr'), HR.map((v) => ({ value: v, label: v === 'unknown' ? notKnown : t(`hr${v === 'positive' ? 'Pos' : 'Neg'}`) })), shown('hr'), (v) => store.answer('hr', v))}
      ${chipGroup('her2', t('her2'), HER2.map((v) => ({ value: v, label: v === 'unknown' ? notKnown : t(`her2${v[0]!.toUpperCase()}${v.slice(1)}`) })), shown('her2'), (v) => store.answer('her2', v))}
      ${chipGroup('menopause', t('menopause'), MENOPAUSE.map((v) => ({ value: v, label: v === 'unknown' ? notKnown : t(`meno${v[0]!.toUpperCase()}${v.slice(1)}`) })), shown('menopause'), (v) =>
        store.answer('menopause', v),
      )}
      ${chipGroup('metastaticLines', t('lines'), LINES.map((v) => ({ value: v, label: v === 'unknown' ? notKnown : v === '3' ? t('threePlus') : i18n.number(Number(v)) })), lines, (v) =>
        store.answer('metastaticLines', v === 'unknown' ? 'unknown' : Number(v)),
      )}
      ${toggleGroup(
        'biomarkers',
        t('biomarkers'),
        KEY_BIOMARKERS.map((id) => ({ value: id, label: i18n.t(`receptors:answer.short.${id}`) })),
        (id) => p.biomarkers[id as BiomarkerId] === 'positive',
        (id, on) => store.setBiomarker(id as BiomarkerId, on ? 'positive' : 'unknown'),
      )}
      ${toggleGroup(
        'received',
        t('received'),
        KEY_RECEIVED.map(([id, key]) => ({ value: id, label: t(key) })),
        (id) => p.received.includes(id as TreatmentId),
        (id, on) => store.toggle('received', id as TreatmentId, on, TREATMENT_IDS),
      )}
    </div>
    <p class="quick-go"><button type="button" class="button primary show-comparison" @click=${show}>${t('show')}</button></p>
    <p class="fine">${t('more')}</p>`;
}

export const quickEntryStyles = css`
  .quick {
    display: grid;
    gap: 0.75em 1.5em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
  }
  fieldset.chips {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  fieldset.chips > legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: 0.3em;
  }
  .chip-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    justify-content: center;
    padding: 0.3em 0.9em;
    border: 0.0625em solid var(--_border);
    border-radius: 1.5em;
    background: var(--_bg);
    font-size: 1.1em;
    font-weight: 600;
    cursor: pointer;
  }
  /* The native input stays (keyboard, screen readers, forms); the whole chip shows its state. */
  .chip input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .chip:has(input:focus-visible) {
    outline: 0.19em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .quick-go {
    margin-block: 1.25em 0.5em;
  }
  .quick-go .button {
    font-size: 1.15em;
  }
  @media (forced-colors: active) {
    .chip:has(input:checked) {
      border: 0.25em solid Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
