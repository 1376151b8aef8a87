// The knowledge base as one document, assembled once the person has started from two lazy parts
// (content/knowledge-data.ts and the sources table: see content/load-knowledge.ts), so the typed
// modules stay the single source of truth.
import type { ApproachContent, Evidence, IsoDate, OptionContent, PriorityRows, Source, SupportiveCareContent } from './types.js';
import { validateKnowledge } from './validate-knowledge.js';

export const KNOWLEDGE_FORMAT = 1;

export interface Knowledge {
  format: typeof KNOWLEDGE_FORMAT;
  reviewed: IsoDate;
  sources: Source[];
  options: OptionContent[];
  supportiveCare: SupportiveCareContent;
  approaches: ApproachContent[];
  evidence: Evidence[];
  priorityRows: PriorityRows;
}


/** A fetched knowledge file is untrusted input: accept it only if every item the views read is well formed. */
export const asKnowledge = (data: unknown): Knowledge | undefined => validateKnowledge(data, KNOWLEDGE_FORMAT);

/** Lookups the views need, built once per document. */
export class KnowledgeIndex {
  readonly #sources: Map<string, Source>;
  constructor(readonly data: Knowledge) {
    this.#sources = new Map(data.sources.map((s) => [s.id, s]));
  }
  source(id: string): Source | undefined {
    return this.#sources.get(id);
  }
  option(id: string): OptionContent | undefined {
    return this.data.options.find((o) => o.id === id);
  }
  approach(id: string): ApproachContent | undefined {
    return this.data.approaches.find((a) => a.id === id);
  }
  evidence(ids: readonly string[]): Evidence[] {
    return this.data.evidence.filter((e) => ids.includes(e.id));
  }
}
