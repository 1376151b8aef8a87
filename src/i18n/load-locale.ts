// Each language's text is a set of ES modules generated from locales/<lng>/*.json (see
// scripts/locale-modules.mjs), imported on demand: the core (question steps) when the language is
// chosen, the details, content and evidence (comparison and summary) once the person has started.
// The table of those modules and the check every part passes (locale-files.ts) are a lazy part too:
// an English visit that never starts needs none of it.
import { loadPart } from '../loading/load-part.js';
import { isRecord } from '../util/is-record.js';
import type { LocaleDocument } from './locale-meta.js';
import type { loadLocaleFile } from './locale-files.js';

/** 'core': the question steps' text; the other parts are what the comparison needs (see en.ts). */
export type LocalePart = 'core' | 'details' | 'content' | 'evidence';

export async function loadLocale(lng: string, part: LocalePart = 'core'): Promise<LocaleDocument> {
  const load = await loadPart('locales', () => import('./locale-files.js'), (m) =>
    isRecord(m) && typeof m.loadLocaleFile === 'function' ? (m.loadLocaleFile as typeof loadLocaleFile) : undefined,
  );
  return load(lng, part);
}
