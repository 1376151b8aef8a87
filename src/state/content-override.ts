// content-src: an embedder's own additions — extra questions for the care team and links to their
// services — as a small JSON file on their own site. Untrusted input: strict shape, text only (never
// markup), https or same-origin links, and it may only come from the page's own origin (privacy: we
// talk to nobody else).
//
// { "questions": [ { "en": "Ask about our nurse navigator", "es": "…" } ],
//   "links": [ { "label": { "en": "Talk to a nurse" }, "url": "https://example.org/nurse" } ],
//   "about": { "en": "Our nurses reviewed this guide in 2026. We receive no industry funding." } }
import { fetchJson } from '../util/fetch-json.js';
import { isRecord } from '../util/is-record.js';
import { safeHref } from '../util/safe-url.js';
import { warnOnce } from '../util/warn.js';

export type LocalizedText = Record<string, string>;
export interface ContentOverride {
  questions: LocalizedText[];
  links: Array<{ label: LocalizedText; url: string }>;
  /** The organisation's own statement for "About this guide" (who reviewed it, funding, contact). */
  about?: LocalizedText;
}

const MAX_ITEMS = 20;
const MAX_TEXT = 400;

const MAX_ABOUT = 1500;

function localized(v: unknown, max = MAX_TEXT): LocalizedText | undefined {
  if (typeof v === 'string') return v && v.length <= max ? { en: v } : undefined;
  if (!isRecord(v)) return undefined;
  const entries = Object.entries(v).filter(
    ([k, s]) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k) && typeof s === 'string' && s.trim() && s.length <= max,
  );
  return entries.length ? (Object.fromEntries(entries) as LocalizedText) : undefined;
}

export function parseOverride(data: unknown, base: string): ContentOverride | undefined {
  if (!isRecord(data)) return undefined;
  const questions = (Array.isArray(data.questions) ? data.questions : []).slice(0, MAX_ITEMS).map((q) => localized(q));
  const links = (Array.isArray(data.links) ? data.links : []).slice(0, MAX_ITEMS).map((l) =>
    isRecord(l) ? { label: localized(l.label), url: safeHref(l.url, base) } : undefined,
  );
  const about = data.about === undefined ? undefined : localized(data.about, MAX_ABOUT);
  if (questions.some((q) => !q) || links.some((l) => !l?.label || !l.url) || (data.about !== undefined && !about)) return undefined;
  return { questions: questions as LocalizedText[], links: links as ContentOverride['links'], ...(about ? { about } : {}) };
}

export { pick } from './embedder-text.js';

/** Only the page's own origin: the widget never talks to third parties. */
export function sameOriginUrl(src: string, page: string): string | undefined {
  try {
    const url = new URL(src, page);
    return url.origin === new URL(page).origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Far above 20 questions and 20 links of 400 characters in a few languages. */
const MAX_FILE_CHARS = 200_000;

/** The file a content-src attribute names; undefined (with one warning) when it is not on the page's origin. */
export async function loadContentSrc(src: string, page: string): Promise<ContentOverride | undefined> {
  const url = sameOriginUrl(src, page);
  if (url) return loadOverride(url);
  warnOnce('bad-attr', `content-src="${src}" is not on this page's origin, so it is not loaded`);
  return undefined;
}

export async function loadOverride(url: string): Promise<ContentOverride> {
  // The origin was checked before the request; a redirect could still take it elsewhere (a third
  // party would see the request and could supply the text), so redirects are refused outright.
  const data = await fetchJson(url, { credentials: 'same-origin', redirect: 'error' }, undefined, MAX_FILE_CHARS);
  const parsed = parseOverride(data, url);
  if (!parsed) throw new Error('content-src: unexpected shape');
  return parsed;
}
