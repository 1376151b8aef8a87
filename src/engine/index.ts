// mbc-decision-aid/engine — pure: no DOM, no lit, no i18next. Runs in Node and in the browser.
export { parseProfile } from './parse.js';
export { evaluate } from './evaluate.js';
export { emptyProfile } from './profile.js';
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
