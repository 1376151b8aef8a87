// mbc-decision-aid/engine — pure: no DOM, no lit, no i18next. Runs in Node and in the browser.
// Exactly the contract (design/contract.md §2) plus its types: every exported name is a promise to
// integrators. Code inside the package imports helpers (flow, vocabulary, profile) by their own path.
export { parseProfile } from './parse.js';
export { evaluate } from './evaluate.js';
export { OPTION_IDS } from './vocabulary.js';
export type { QuestionId } from './flow.js';
export type * from './types.js';
