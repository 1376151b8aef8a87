// The knowledge base: typed data whose visible text lives in locales/<lng>/content.json and
// glossary.json, with sources and review dates on every medical item.
export type * from './types.js';
export { REVIEWED, REVIEWED_2026_12, contentReviewDate, reviewMonth } from './reviewed.js';
export { SOURCES, sourceById } from './sources/index.js';
export { OPTIONS } from './options.js';
export { SUPPORTIVE_CARE } from './supportive-care.js';
export { APPROACHES } from './approaches.js';
export { DRUGS, drugById } from './drugs.js';
export { findTreatments } from './drug-search.js';
export { EVIDENCE } from './evidence.js';
export { GLOSSARY, GLOSSARY_IDS, type GlossaryId } from './glossary.js';
export { PRIORITY_ROWS } from './priority-rows.js';
