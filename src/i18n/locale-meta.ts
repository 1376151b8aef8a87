import { isRecord } from '../util/is-record.js';

/** What every locale folder's meta.json says about its translation (shown to people, see README). */
export interface LocaleMeta {
  /** Who translated it, e.g. "draft translation". */
  translator: string;
  /** Has a native-speaking clinician reviewed the medical text? */
  reviewedByNativeClinician: boolean;
  /** ISO date of the last translation update. */
  date: string;
  /** True only for English, the source text. */
  source?: boolean;
  /**
   * A CSS font-family list made for the language's script (Arabic, Chinese, Korean, Vietnamese), used
   * unless the page sets --mbc-font; absent for languages the page's own font can show.
   */
  font?: string;
}

export interface LocaleDocument {
  meta: LocaleMeta;
  resources: Record<string, Record<string, unknown>>;
}


/**
 * Far above the longest text we ship (about 300 characters). A locale part is a module of ours, not
 * text to parse, so there is no cap on a whole file; each text and the nesting are capped instead.
 */
export const MAX_LOCALE_TEXT = 4000;
const MAX_DEPTH = 6;

/** Only nested objects of short strings: no arrays, numbers, giant texts or deep nesting to feed i18next. */
function textTree(v: unknown, depth: number): boolean {
  if (typeof v === 'string') return v.length <= MAX_LOCALE_TEXT;
  return depth < MAX_DEPTH && isRecord(v) && Object.values(v).every((x) => textTree(x, depth + 1));
}

/** A fetched locale file is untrusted input: accept it only if it has the shape we build. */
export function asLocaleDocument(data: unknown): LocaleDocument | undefined {
  if (!isRecord(data) || !isRecord(data.meta) || !isRecord(data.resources)) return undefined;
  const { meta, resources } = data;
  if (typeof meta.translator !== 'string' || typeof meta.reviewedByNativeClinician !== 'boolean' || typeof meta.date !== 'string')
    return undefined;
  if (meta.font !== undefined && typeof meta.font !== 'string') return undefined;
  if (!Object.values(resources).every((ns) => isRecord(ns) && textTree(ns, 0))) return undefined;
  return data as unknown as LocaleDocument;
}
