import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { QuestionStep } from '../question-step.js';
import { radioGroup, checkboxGroup, type Choice } from '../../ui/choice-group.js';
import { helpDisclosure } from '../../ui/help-disclosure.js';
import { notSureToggle } from '../../ui/not-sure.js';
import { isQuestionRelevant } from '../../../engine/flow.js';
import type { EarlyRelapse, TreatmentId } from '../../../engine/index.js';
import { EARLY_RELAPSE_VALUES, TREATMENT_GROUPS, TREATMENT_IDS } from '../../../engine/vocabulary.js';
import { DRUGS } from '../../../content/drugs.js';
import { drugLabel } from '../../../content/drug-label.js';
import { findTreatments, splitNames, type LocalDrugNames } from '../../../content/drug-search.js';
import { isRecord } from '../../../util/is-record.js';
import { isAnswered } from '../../../state/store.js';
import { edits } from '../../../state/answer-edits.js';
import type { StepId } from '../../../state/steps.js';

type Lines = number | 'unknown';
const LINE_CHOICES: Lines[] = [0, 1, 2, 3, 4, 'unknown'];

/** "palbociclib (Ibrance), ribociclib (Kisqali)", each in the reader's language where it has its own name. */
const drugNames = (id: TreatmentId, local: LocalDrugNames | undefined): string =>
  DRUGS.filter((d) => d.treatment === id)
    .map((d) => drugLabel(d, splitNames(local?.[d.id])[0]))
    .join(', ');

/** Step 3: how many lines so far, relapse timing against adjuvant hormone therapy, and what was received. */
export class TreatmentsStep extends QuestionStep {
  protected readonly stepId: StepId = 'treatments';

  @state() private query = '';

  #onSearch = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
  };

  #lineChoices(): Choice<Lines>[] {
    return LINE_CHOICES.map((v) => ({
      value: v,
      label:
        v === 'unknown'
          ? this.t('common:notSure')
          : v === 0
            ? this.t('treatments:lines.none')
            : v === 4
              ? this.t('treatments:lines.fourPlus')
              : this.i18n.number(v),
    }));
  }

  /** This language's own drug names (treatments:drugNames); English has none, its names are the data. */
  #localNames(): LocalDrugNames | undefined {
    const names: unknown = this.t('treatments:drugNames', { returnObjects: true });
    return isRecord(names) ? names : undefined;
  }

  protected override render() {
    if (!this.ready) return nothing;
    const p = this.snapshot.profile;
    const s = edits(this.store);
    const t = (k: string, o?: Record<string, unknown>) => this.t(`treatments:${k}`, o);
    const q = this.query.trim();
    const local = this.#localNames();
    const matches = q ? new Set(findTreatments(q, local)) : undefined;
    // Checked treatments always stay visible, so a search never hides an answer.
    const visible = (id: TreatmentId) => !matches || matches.has(id) || p.received.includes(id);
    return html`<section class="step treatments" aria-labelledby="heading-treatments">
      ${this.heading(t('heading'))}
      <p class="lead">${t('intro')}</p>
      ${radioGroup<Lines>({
        id: 'metastaticLines',
        legend: t('lines.legend'),
        help: this.help('treatments:lines.help'),
        inline: true,
        choices: this.#lineChoices(),
        // Nothing selected until answered: an untouched question is "not answered", not "not sure".
        value: !isAnswered(this.snapshot, 'metastaticLines') ? undefined : p.metastaticLines === 'unknown' ? 'unknown' : Math.min(p.metastaticLines, 4),
        onChange: (v) => s.answer('metastaticLines', v),
      })}
      ${isQuestionRelevant('earlyRelapse', p)
        ? radioGroup<EarlyRelapse>({
            id: 'earlyRelapse',
            legend: t('relapse.legend'),
            help: this.help('treatments:relapse.help'),
            choices: EARLY_RELAPSE_VALUES.map((v) => ({ value: v, label: v === 'unknown' ? this.t('common:notSure') : t(`relapse.${v}`) })),
            value: isAnswered(this.snapshot, 'earlyRelapse') ? p.earlyRelapse : undefined,
            onChange: (v) => s.answer('earlyRelapse', v),
          })
        : nothing}
      <div class="group received" id="q-received">
        <h3 id="received-heading">${t('received.legend')}</h3>
        <p>${t('received.hint')}</p>
        ${helpDisclosure(this.t('receptors:whereToFind'), t('received.help'))}
        <div class="search">
          <label for="treatment-search">${t('received.search')}</label>
          <span class="field-hint" id="treatment-search-hint">${t('received.searchHint')}</span>
          <input
            id="treatment-search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="treatment-search-hint treatment-search-status"
            .value=${this.query}
            @input=${this.#onSearch}
          />
          <p id="treatment-search-status" role="status" class="search-status">
            ${matches ? (matches.size ? t('received.matches', { count: matches.size }) : t('received.noMatches')) : ''}
          </p>
        </div>
        ${(Object.keys(TREATMENT_GROUPS) as Array<keyof typeof TREATMENT_GROUPS>).map((group) => {
          const ids = (TREATMENT_GROUPS[group] as readonly TreatmentId[]).filter(visible);
          if (!ids.length) return nothing;
          return checkboxGroup<TreatmentId>({
            id: `received-${group}`,
            legend: t(`received.groups.${group}`),
            choices: ids.map((id) => {
              const label = t(`received.names.${id}`);
              const names = drugNames(id, local);
              // "Tamoxifen — tamoxifen" says nothing new: show drug names only when they add something.
              const adds = names && names.toLowerCase() !== label.toLowerCase();
              return { value: id, label, ...(adds ? { hint: names } : {}) };
            }),
            values: p.received,
            onToggle: (v, on) => s.toggle('received', v, on, TREATMENT_IDS),
          });
        })}
        ${notSureToggle(this.snapshot.unsure.includes('received'), t('received.notSure'), (on) => s.setUnsure('received', on))}
      </div>
    </section>`;
  }
}
