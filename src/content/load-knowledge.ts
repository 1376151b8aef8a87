import { assetUrl, fetchJson } from '../util/asset-url.js';
import { asKnowledge, KnowledgeIndex } from './knowledge.js';
import { MAX_KNOWLEDGE_CHARS } from './validate-knowledge.js';

let request: Promise<KnowledgeIndex> | undefined;

/** knowledge.json beside the script, fetched once per page and shared by every instance. */
export function loadKnowledge(): Promise<KnowledgeIndex> {
  request ??= fetchJson(assetUrl('knowledge.json'), undefined, undefined, MAX_KNOWLEDGE_CHARS).then((data) => {
    const k = asKnowledge(data);
    if (!k) throw new Error('knowledge.json: unexpected shape');
    return new KnowledgeIndex(k);
  });
  request.catch(() => (request = undefined));
  return request;
}
