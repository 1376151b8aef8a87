// Each language's text is a set of ES modules generated from locales/<lng>/*.json (see
// scripts/locale-modules.mjs), imported on demand: the core (question steps) when the language is
// chosen, the details and content (comparison and summary) once the person has started. The table
// of those modules is a small module too: an English visit that never starts needs none of it.
import type LOCALES from '../../locales/index.js';
import { loadPart, PartError } from '../loading/load-part.js';
import { asLocaleDocument, type LocaleDocument } from './locale-meta.js';
import { isRecord } from '../util/is-record.js';

/** 'core': the question steps' text; the other parts are what the comparison needs (see en.ts). */
export type LocalePart = 'core' | 'details' | 'content' | 'evidence';

type Table = typeof LOCALES;

const table = (): Promise<Table> =>
  loadPart('locales', () => import('../../locales/index.js'), (m) => (isRecord(m) && isRecord(m.default) ? (m.default as Table) : undefined));

export async function loadLocale(lng: string, part: LocalePart = 'core'): Promise<LocaleDocument> {
  const locales = await table();
  const entry = Object.prototype.hasOwnProperty.call(locales, lng) ? locales[lng] : undefined;
  if (!entry) throw new PartError(`locale:${lng}:${part}`, 'invalid');
  return loadPart(`locale:${lng}:${part}`, entry[part], (m) => (isRecord(m) ? asLocaleDocument(m.default) : undefined));
}
