// Assembles the knowledge document from the typed modules (used by the build and the dev server,
// never bundled into the element).
import { KNOWLEDGE_FORMAT, type Knowledge } from './knowledge.js';
import { REVIEWED } from './reviewed.js';
import { SOURCES } from './sources/index.js';
import { OPTIONS } from './options.js';
import { SUPPORTIVE_CARE } from './supportive-care.js';
import { APPROACHES } from './approaches.js';
import { EVIDENCE } from './evidence.js';
import { PRIORITY_ROWS } from './priority-rows.js';

export const buildKnowledge = (): Knowledge => ({
  format: KNOWLEDGE_FORMAT,
  reviewed: REVIEWED,
  sources: [...SOURCES],
  options: OPTIONS,
  supportiveCare: SUPPORTIVE_CARE,
  approaches: APPROACHES,
  evidence: EVIDENCE,
  priorityRows: PRIORITY_ROWS,
});
