// Where our run-time files (locales, knowledge.json) live: beside the script itself, so the widget
// works from any CDN path or a local copy. Hosts that serve them elsewhere can say so.

// Captured at evaluation time: in the IIFE build rollup turns import.meta.url into
// document.currentScript.src, which is only set while the script first runs.
const SCRIPT_URL = import.meta.url;

let baseOverride: string | undefined;

/** Hosts that serve locale and knowledge files elsewhere can point us there (README: "self-hosting"). */
export function setAssetBase(url: string | undefined): void {
  baseOverride = url;
}

export function assetUrl(path: string): string {
  const base = baseOverride ?? new URL('./', SCRIPT_URL).href;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).href;
}

/**
 * GET JSON with a time limit. By default same-origin credentials only: never cookies to a CDN.
 * `maxChars` refuses a body larger than any file we ship (a hostile or broken server could send 10 MB).
 */
export async function fetchJson(
  url: string,
  init: RequestInit = { credentials: 'same-origin' },
  timeoutMs = 15000,
  maxChars = Infinity,
): Promise<unknown> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetch(url, { ...init, signal: ctrl.signal });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    if (Number(res.headers.get('content-length')) > maxChars) throw new Error(`${url}: too large`);
    const text = await res.text();
    if (text.length > maxChars) throw new Error(`${url}: too large`);
    return JSON.parse(text);
  } finally {
    clearTimeout(timer);
  }
}
