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
}

export interface LocaleDocument {
  meta: LocaleMeta;
  resources: Record<string, Record<string, unknown>>;
}


/** A fetched locale file is untrusted input: accept it only if it has the shape we build. */
export function asLocaleDocument(data: unknown): LocaleDocument | undefined {
  if (!isRecord(data) || !isRecord(data.meta) || !isRecord(data.resources)) return undefined;
  const { meta, resources } = data;
  if (typeof meta.translator !== 'string' || typeof meta.reviewedByNativeClinician !== 'boolean' || typeof meta.date !== 'string')
    return undefined;
  if (!Object.values(resources).every(isRecord)) return undefined;
  return data as unknown as LocaleDocument;
}
