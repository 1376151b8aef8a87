// "Your answers" on the summary: each answer with "Change", which goes back to the question that
// asked it; questions never touched are listed once, together, rather than as a wall of "not sure".
import { html, type TemplateResult } from 'lit';
import { QUESTIONS_BY_STEP, isQuestionRelevant, relevantBiomarkers, type QuestionId } from '../../../engine/flow.js';
import type { I18nView } from '../../../i18n/i18n-controller.js';
import type { StepId } from '../../../state/steps.js';
import { isAnswered, type Snapshot, type UnsureField } from '../../../state/store.js';
import { answerLabel } from '../../answer-labels.js';

/** "Change" on the summary: go back to this question. */
export interface EditIntent {
  step: StepId;
  /** The id of the question to focus (its fieldset is q-<question>). */
  question: string;
}

/** Questions of the receptors and treatments steps, in the order they were asked (engine/flow.ts). */
const ANSWER_PATHS = (Object.entries(QUESTIONS_BY_STEP) as Array<[StepId, ReadonlyArray<QuestionId | 'biomarkers'>]>).flatMap(([step, questions]) =>
  questions.map((path) => ({ path, step, question: path as string })),
);

export function answersList(snap: Snapshot, i18n: I18nView, edit: (intent: EditIntent) => void): TemplateResult {
  const t = i18n.t;
  const p = snap.profile;
  const notAnswered: Array<{ name: string; step: StepId; question: string }> = [];
  const rows = ANSWER_PATHS.flatMap(({ path, step, question }) => {
    if (path !== 'biomarkers' && !isQuestionRelevant(path, p)) return [];
    if (path === 'biomarkers') {
      const gate = snap.biomarkerGate;
      if (gate === undefined) {
        notAnswered.push({ name: t('receptors:answer.names.biomarkers'), step, question: 'biomarkerGate' });
        return [];
      }
      if (gate !== 'yes') return [{ label: t(`receptors:answer.biomarkerGate.${gate}`), step, question: 'biomarkerGate' }];
      return relevantBiomarkers(p).flatMap((id) => {
        const q = `biomarkers.${id}` as const;
        if (isAnswered(snap, q)) return [{ label: answerLabel(q, p, i18n), step, question: q }];
        notAnswered.push({ name: t(`receptors:answer.short.${id}`), step, question: q });
        return [];
      });
    }
    if (path !== 'symptoms' && path !== 'received' && !isAnswered(snap, path as UnsureField)) {
      notAnswered.push({ name: t(`receptors:answer.names.${path}`), step, question });
      return [];
    }
    return [{ label: answerLabel(path, p, i18n), step, question }];
  });
  const first = notAnswered[0];
  if (first) {
    rows.push({
      label: t('receptors:answer.notAnswered', { list: i18n.list(notAnswered.map((n) => n.name)) }),
      step: first.step,
      question: first.question,
    });
  }
  return html`<ul class="answers">
    ${rows.map(
      (r) => html`<li>
        <span>${r.label}</span>
        <button type="button" class="button quiet edit" @click=${() => edit({ step: r.step, question: r.question })}
          aria-label=${t('common:answers.editLabel', { question: r.label })}>${t('common:answers.edit')}</button>
      </li>`,
    )}
  </ul>`;
}
