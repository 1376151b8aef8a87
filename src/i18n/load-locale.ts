// Non-English locales are fetched as JSON, never bundled (IIFE builds cannot code-split), from
// `locales/<lng>.json` beside the script itself (see util/asset-url.ts).
import { assetUrl, fetchJson } from '../util/asset-url.js';
import { asLocaleDocument, MAX_LOCALE_CHARS, type LocaleDocument } from './locale-meta.js';

/** 'core': the question steps' text; the other parts are what the comparison needs (see en.ts). */
export type LocalePart = 'core' | 'details' | 'content' | 'evidence';

export const localeUrl = (lng: string, part: LocalePart = 'core'): string =>
  assetUrl(`locales/${part === 'core' ? '' : `${part}/`}${encodeURIComponent(lng)}.json`);

// One request per file per page, shared by every instance; failures are not cached so a later try can succeed.
const cache = new Map<string, Promise<LocaleDocument>>();

export function loadLocale(lng: string, part: LocalePart = 'core'): Promise<LocaleDocument> {
  const url = localeUrl(lng, part);
  const hit = cache.get(url);
  if (hit) return hit;
  const request = fetchJson(url, undefined, undefined, MAX_LOCALE_CHARS).then((data) => {
    const doc = asLocaleDocument(data);
    if (!doc) throw new Error(`locale ${lng}/${part}: unexpected shape`);
    return doc;
  });
  cache.set(url, request);
  request.catch(() => cache.delete(url));
  return request;
}
