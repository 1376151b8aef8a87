// A lazy part of its own, loaded the first time any language's text is needed (a language other than
// English, or Start): the table of every language's text modules (generated from locales/, see
// scripts/locale-modules.mjs) and the check every one of them passes before i18next sees it.
import LOCALES from '../../locales/index.js';
import { loadPart, PartError } from '../loading/load-part.js';
import { asLocaleDocument, type LocaleDocument } from './locale-meta.js';
import { isRecord } from '../util/is-record.js';
import type { LocalePart } from './load-locale.js';

export function loadLocaleFile(lng: string, part: LocalePart): Promise<LocaleDocument> {
  const entry = Object.prototype.hasOwnProperty.call(LOCALES, lng) ? LOCALES[lng as keyof typeof LOCALES] : undefined;
  if (!entry) return Promise.reject(new PartError(`locale:${lng}:${part}`, 'invalid'));
  // A stale or foreign file is untrusted input: only the shape we build is accepted.
  return loadPart(`locale:${lng}:${part}`, entry[part], (m) => (isRecord(m) ? asLocaleDocument(m.default) : undefined));
}
