// The knowledge base (option content, evidence) and its sources table are two lazy parts, imported
// once the person has started: the sources table alone is larger than the rest of the first load.
import { loadPart, PartError } from '../loading/load-part.js';
import type { KnowledgeIndex } from './knowledge.js';
import { isRecord } from '../util/is-record.js';

type MakeIndex = (sources: unknown) => KnowledgeIndex | undefined;

/** Shared by every instance on the page. */
export function loadKnowledge(): Promise<KnowledgeIndex> {
  return Promise.all([
    loadPart('knowledge', () => import('./knowledge-data.js'), (m) => (isRecord(m) && typeof m.knowledgeIndex === 'function' ? (m.knowledgeIndex as MakeIndex) : undefined)),
    loadPart('sources', () => import('./sources/index.js'), (m) => (isRecord(m) ? m.SOURCES : undefined)),
  ]).then(([makeIndex, sources]) => {
    const index = makeIndex(sources);
    if (!index) throw new PartError('knowledge', 'invalid');
    return index;
  });
}
