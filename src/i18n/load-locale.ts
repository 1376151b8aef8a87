// Each language's text is a set of ES modules generated from locales/<lng>/*.json (see
// scripts/locale-modules.mjs), imported on demand: the core (question steps) when the language is
// chosen, the details, content and evidence (comparison and summary) once the person has started.
// The table of those modules and the check every part passes (locale-meta.ts) are lazy too: an
// English visit that never starts needs none of it.
import type LOCALES from '../../locales/index.js';
import { loadPart, PartError } from '../loading/load-part.js';
import type { LocaleDocument } from './locale-meta.js';
import { isRecord } from '../util/is-record.js';

/** 'core': the question steps' text; the other parts are what the comparison needs (see en.ts). */
export type LocalePart = 'core' | 'details' | 'content' | 'evidence';

interface Locales {
  table: typeof LOCALES;
  accept: (data: unknown) => LocaleDocument | undefined;
}

const locales = (): Promise<Locales> =>
  loadPart('locales', () => Promise.all([import('../../locales/index.js'), import('./locale-meta.js')]), (m) => {
    const [table, meta] = Array.isArray(m) ? m : [];
    return isRecord(table) && isRecord(table.default) && isRecord(meta) && typeof meta.asLocaleDocument === 'function'
      ? { table: table.default as Locales['table'], accept: meta.asLocaleDocument as Locales['accept'] }
      : undefined;
  });

export async function loadLocale(lng: string, part: LocalePart = 'core'): Promise<LocaleDocument> {
  const { table, accept } = await locales();
  const entry = Object.prototype.hasOwnProperty.call(table, lng) ? table[lng] : undefined;
  if (!entry) throw new PartError(`locale:${lng}:${part}`, 'invalid');
  // A stale or foreign file is untrusted input: only the shape we build is accepted.
  return loadPart(`locale:${lng}:${part}`, entry[part], (m) => (isRecord(m) ? accept(m.default) : undefined));
}
