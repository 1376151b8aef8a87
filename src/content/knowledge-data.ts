// The knowledge base without its sources table: a lazy part of its own (content/load-knowledge.ts),
// as is the sources table (sources/index.ts) — each alone stays within the size of one lazy part.
import { KNOWLEDGE_FORMAT, KnowledgeIndex, asKnowledge, type Knowledge } from './knowledge.js';
import type { Source } from './types.js';
import { REVIEWED } from './reviewed.js';
import { OPTIONS } from './options.js';
import { SUPPORTIVE_CARE } from './supportive-care.js';
import { APPROACHES } from './approaches.js';
import { EVIDENCE } from './evidence.js';
import { PRIORITY_ROWS } from './priority-rows.js';

export const buildKnowledge = (sources: readonly Source[]): Knowledge => ({
  format: KNOWLEDGE_FORMAT,
  reviewed: REVIEWED,
  sources: [...sources],
  options: OPTIONS,
  supportiveCare: SUPPORTIVE_CARE,
  approaches: APPROACHES,
  evidence: EVIDENCE,
  priorityRows: PRIORITY_ROWS,
});

/** The index the views use, over this module's data and the sources table (a lazy part of its own). */
export function knowledgeIndex(sources: unknown): KnowledgeIndex | undefined {
  if (!Array.isArray(sources)) return undefined;
  const data = asKnowledge(buildKnowledge(sources as Source[]));
  return data && new KnowledgeIndex(data);
}
