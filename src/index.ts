// mbc-decision-aid — importing this registers <mbc-decision-aid> (guarded: safe to import twice).
import './define.js';

export { MbcDecisionAid } from './components/decision-aid/decision-aid.js';
export { defineOnce } from './components/steps/define-step.js';
export { LANGUAGES } from './i18n/languages.js';
export { encodeProfile, decodeProfile } from './state/share-link.js';
// evaluate() is not re-exported here: the element loads the engine lazily. Import it from
// 'mbc-decision-aid/engine' to get a result synchronously.
export { parseProfile } from './engine/parse.js';
export { OPTION_IDS } from './engine/vocabulary.js';
export type { Profile, Assessment } from './engine/index.js';
export type { StepId } from './state/steps.js';
export type { MbcEventMap, ErrorCode } from './util/events.js';
export type { ProfileInput, ColorScheme, Mode, StorageMode, TrialsMode, MbcDecisionAidAttributes } from './public-types.js';
export { VERSION } from './version.js';
