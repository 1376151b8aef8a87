// One sources table for the whole widget: the engine's guideline sources and the knowledge base's
// references. Ids and URLs are unique across both (tested), so a Reason or a content item can cite
// either kind by id.
import type { Source } from '../types.js';
import { GUIDELINE_SOURCES } from './guidelines.js';
import { REFERENCE_SOURCES } from './references.js';

export const SOURCES: readonly Source[] = [...GUIDELINE_SOURCES, ...REFERENCE_SOURCES];

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id, or undefined if no such source exists. */
export const sourceById = (id: string): Source | undefined => BY_ID.get(id);
