// mbc-decision-aid — importing this registers <mbc-decision-aid> (guarded: safe to import twice).
import './define.js';

export { MbcDecisionAid } from './components/decision-aid/decision-aid.js';
export { defineOnce } from './components/steps/define-step.js';
export { setAssetBase } from './util/asset-url.js';
export { LANGUAGES } from './i18n/languages.js';
export { encodeProfile, decodeProfile } from './state/share-link.js';
export { parseProfile, evaluate, OPTION_IDS } from './engine/index.js';
export type { Profile, Assessment } from './engine/index.js';
export type { StepId } from './state/steps.js';
export type { MbcEventMap, ErrorCode } from './util/events.js';
export { VERSION } from './version.js';
