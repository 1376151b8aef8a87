import { html, nothing } from 'lit';
import { QuestionStep } from '../question-step.js';
import { radioGroup, checkboxGroup, type Choice } from '../../ui/choice-group.js';
import { isQuestionRelevant, relevantBiomarkers } from '../../../engine/flow.js';
import type { BiomarkerId, Her2, Menopause, Test, YesNoUnknown } from '../../../engine/index.js';
import { HER2_VALUES, MENOPAUSE_VALUES, SITES, SYMPTOMS, TESTS, YES_NO_UNKNOWN } from '../../../engine/vocabulary.js';
import type { StepId } from '../../../state/steps.js';
import { isAnswered, type GateAnswer, type SingleField } from '../../../state/store.js';
import { edits } from '../../../state/answer-edits.js';
import { notSureToggle } from '../../ui/not-sure.js';
import { quickEntry, quickEntryStyles } from './quick-entry.js';
import { adoptInto } from '../adopt-styles.js';
import { intent } from '../../../util/events.js';

/**
 * Step 2: hormone receptors, HER2, menopause, the biomarkers that matter for the answers so far
 * (the engine decides which), where the cancer has spread, symptoms and rapid organ threat.
 */
export class ReceptorsStep extends QuestionStep {
  protected readonly stepId: StepId = 'receptors';

  #choices<V extends string>(values: readonly V[], labelOf: (v: V) => string, hintOf?: (v: V) => string | undefined): Choice<V>[] {
    return values.map((value) => {
      const hint = hintOf?.(value);
      return { value, label: value === 'unknown' ? this.t('common:notSure') : labelOf(value), ...(hint ? { hint } : {}) };
    });
  }


  /** The value to show as selected: nothing until the person has answered (untouched is not "not sure"). */
  #shown<F extends SingleField>(field: F) {
    return isAnswered(this.snapshot, field) ? this.snapshot.profile[field] : undefined;
  }

  #biomarkers(biomarkers: BiomarkerId[]) {
    const p = this.snapshot.profile;
    const s = edits(this.store);
    const t = (k: string) => this.t(`receptors:${k}`);
    const gate = this.snapshot.biomarkerGate;
    return html`${radioGroup<GateAnswer>({
        id: 'biomarkerGate',
        legend: html`${t('biomarkers.gate.legend')} <span class="legend-hint">${t('biomarkers.gate.hint')}</span>`,
        help: this.help('receptors:biomarkers.help'),
        choices: [
          { value: 'yes', label: t('biomarkers.gate.yes') },
          { value: 'no', label: t('biomarkers.gate.no') },
          { value: 'unknown', label: this.t('common:notSure') },
        ],
        value: gate,
        onChange: (v) => s.setBiomarkerGate(v),
      })}
      ${gate === 'yes'
        ? html`<div class="group biomarkers" role="group" aria-labelledby="biomarkers-heading">
            <h3 id="biomarkers-heading">${t('biomarkers.legend')}</h3>
            <p>${t('biomarkers.intro')}</p>
            ${biomarkers.map((id: BiomarkerId) =>
              radioGroup<Test>({
                id: `biomarkers.${id}`,
                legend: t(`biomarkers.${id}`),
                inline: true,
                choices: this.#choices(TESTS, (v) => t(`biomarkers.${v}`)),
                value: isAnswered(this.snapshot, `biomarkers.${id}`) ? p.biomarkers[id] : undefined,
                onChange: (v) => s.setBiomarker(id, v),
              }),
            )}
          </div>`
        : nothing}`;
  }

  #showComparison = () => intent(this, 'mbc-intent-step', { step: 'comparison' });

  protected override render() {
    if (!this.ready) return nothing;
    if (this.settings.mode === 'clinician') {
      adoptInto(this, [quickEntryStyles]);
      return html`<section class="step receptors quick-entry" aria-labelledby="heading-receptors">
        ${this.heading(this.t('receptors:quick.heading'))}
        ${quickEntry(this.snapshot, edits(this.store), this.i18n, this.#showComparison)}
      </section>`;
    }
    const p = this.snapshot.profile;
    const s = edits(this.store);
    const t = (k: string) => this.t(`receptors:${k}`);
    const biomarkers = relevantBiomarkers(p);
    return html`<section class="step receptors" aria-labelledby="heading-receptors">
      ${this.heading(t('heading'))}
      <p class="lead">${t('intro')}</p>
      <p class="callout">${t('rebiopsy')}</p>

      ${radioGroup<Test>({
        id: 'hr',
        legend: t('hr.legend'),
        help: this.help('receptors:hr.help'),
        choices: this.#choices(TESTS, (v) => t(`hr.${v}`)),
        value: this.#shown('hr'),
        onChange: (v) => s.answer('hr', v),
      })}
      ${radioGroup<Her2>({
        id: 'her2',
        legend: t('her2.legend'),
        help: this.help('receptors:her2.help'),
        choices: this.#choices(HER2_VALUES, (v) => t(`her2.${v}`), (v) => (v === 'unknown' ? undefined : t(`her2.${v}Hint`))),
        value: this.#shown('her2'),
        onChange: (v) => s.answer('her2', v),
      })}
      ${isQuestionRelevant('menopause', p)
        ? radioGroup<Menopause>({
            id: 'menopause',
            legend: t('menopause.legend'),
            help: this.help('receptors:menopause.help'),
            choices: this.#choices(MENOPAUSE_VALUES, (v) => t(`menopause.${v}`)),
            value: this.#shown('menopause'),
            onChange: (v) => s.answer('menopause', v),
          })
        : nothing}
      ${biomarkers.length ? this.#biomarkers(biomarkers) : nothing}
      ${checkboxGroup({
        id: 'sites',
        legend: html`${t('sites.legend')} <span class="legend-hint">${t('sites.hint')}</span>`,
        help: this.help('receptors:sites.help'),
        choices: SITES.map((v) => ({ value: v, label: t(`sites.${v}`) })),
        values: p.sites,
        onToggle: (v, on) => s.toggle('sites', v, on, SITES),
        afterChoices: notSureToggle(this.snapshot.unsure.includes('sites'), this.t('common:notSure'), (on) => s.setUnsure('sites', on)),
      })}
      ${checkboxGroup({
        id: 'symptoms',
        legend: html`${t('symptoms.legend')} <span class="legend-hint">${t('symptoms.hint')}</span>`,
        help: this.help('receptors:symptoms.help'),
        choices: SYMPTOMS.map((v) => ({ value: v, label: t(`symptoms.${v}`) })),
        values: p.symptoms,
        onToggle: (v, on) => s.toggle('symptoms', v, on, SYMPTOMS),
        afterChoices: notSureToggle(this.snapshot.unsure.includes('symptoms'), this.t('common:notSure'), (on) => s.setUnsure('symptoms', on)),
      })}
      ${radioGroup<YesNoUnknown>({
        id: 'rapidOrganThreat',
        legend: t('rapidOrganThreat.legend'),
        help: this.help('receptors:rapidOrganThreat.help'),
        choices: this.#choices(YES_NO_UNKNOWN, (v) => t(`rapidOrganThreat.${v}`)),
        value: this.#shown('rapidOrganThreat'),
        onChange: (v) => s.answer('rapidOrganThreat', v),
      })}
    </section>`;
  }
}
