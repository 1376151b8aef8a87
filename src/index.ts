// mbc-decision-aid — importing this registers <mbc-decision-aid> (guarded: safe to import twice).
import './define.js';

export { MbcDecisionAid } from './components/decision-aid/decision-aid.js';
export { defineOnce } from './components/steps/define-step.js';
export { LANGUAGES } from './i18n/languages.js';
// The engine (parseProfile, evaluate, OPTION_IDS) is not re-exported here: the element loads it
// lazily, so a page that never starts never pays for it. Import it from 'mbc-decision-aid/engine'.
export type { Profile, Assessment } from './engine/index.js';
export type { StepId } from './state/steps.js';
export type { MbcEventMap, ErrorCode } from './util/events.js';
export type { ProfileInput, ColorScheme, Mode, StorageMode, TrialsMode, MbcDecisionAidAttributes } from './public-types.js';
export { VERSION } from './version.js';
