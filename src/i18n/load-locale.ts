// Non-English locales are fetched as JSON, never bundled (IIFE builds cannot code-split), from
// `locales/<lng>.json` beside the script itself — so the widget works from any CDN path or a local copy.
import { asLocaleDocument, type LocaleDocument } from './locale-meta.js';

// Captured at evaluation time: in the IIFE build rollup turns import.meta.url into
// document.currentScript.src, which is only set while the script first runs.
const SCRIPT_URL = import.meta.url;

let baseOverride: string | undefined;
/** Hosts that serve locale files elsewhere can point us there (README: "self-hosting"). */
export function setLocaleBase(url: string | undefined): void {
  baseOverride = url;
}

/** 'core': the question steps' text; the other parts are what the comparison needs (see en.ts). */
export type LocalePart = 'core' | 'details' | 'content';

export function localeUrl(lng: string, part: LocalePart = 'core'): string {
  const base = baseOverride ?? new URL('./locales/', SCRIPT_URL).href;
  const file = `${part === 'core' ? '' : `${part}/`}${encodeURIComponent(lng)}.json`;
  return new URL(file, base.endsWith('/') ? base : `${base}/`).href;
}

// One request per language per page, shared by every instance; failures are not cached so a later try can succeed.
const cache = new Map<string, Promise<LocaleDocument>>();

export function loadLocale(lng: string, part: LocalePart = 'core', timeoutMs = 15000): Promise<LocaleDocument> {
  const url = localeUrl(lng, part);
  const hit = cache.get(url);
  if (hit) return hit;
  const request = (async () => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    try {
      // same-origin credentials only; no cookies are ever sent to a CDN
      const res = await fetch(url, { signal: ctrl.signal, credentials: 'same-origin' });
      if (!res.ok) throw new Error(`locale ${lng}: HTTP ${res.status}`);
      const doc = asLocaleDocument(await res.json());
      if (!doc) throw new Error(`locale ${lng}: unexpected shape`);
      return doc;
    } finally {
      clearTimeout(timer);
    }
  })();
  cache.set(url, request);
  request.catch(() => cache.delete(url));
  return request;
}
