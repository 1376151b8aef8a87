// What the comparison and summary need beyond their text, as lazy parts: their code (results.ts)
// and the knowledge base. This small module is itself imported only once the person has started,
// so none of it is in the first load.
import { loadKnowledge } from '../../content/load-knowledge.js';
import type { KnowledgeIndex } from '../../content/knowledge.js';
import { loadResults } from './load-results.js';
import { aboutView } from '../ui/about-view.js';

export interface AfterStart {
  /** Adds the comparison's and summary's styles to a widget's shadow root. */
  adopt: (root: ShadowRoot) => void;
  index: KnowledgeIndex;
  /** "About this guide": its text arrives with the comparison's, so its view does too. */
  about: typeof aboutView;
}

export async function loadAfterStart(): Promise<AfterStart> {
  const [adopt, index] = await Promise.all([loadResults(), loadKnowledge()]);
  return { adopt, index, about: aboutView };
}
