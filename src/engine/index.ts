// mbc-decision-aid/engine — pure: no DOM, no lit, no i18next. Runs in Node and in the browser.
export { parseProfile } from './parse.js';
export { evaluate } from './evaluate.js';
export { emptyProfile } from './profile.js';
export {
  askEarlyRelapse,
  askMenopause,
  completeness,
  isQuestionRelevant,
  questionForPath,
  QUESTION_IDS,
  relevantBiomarkers,
  relevantQuestions,
} from './flow.js';
export type { QuestionId } from './flow.js';
export { CORE_QUESTIONS, QUESTION_SOURCES } from './rules/questions.js';
export {
  OPTION_IDS,
  APPROACHES_BY_OPTION,
  BIOMARKER_IDS,
  PRIORITY_IDS,
  TREATMENT_IDS,
  TREATMENT_GROUPS,
  STATUSES,
} from './vocabulary.js';
export type * from './types.js';
