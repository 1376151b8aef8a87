/**
 * GET JSON with a time limit. By default same-origin credentials only: never cookies to a CDN.
 * `maxChars` refuses a body larger than any file we expect (a hostile or broken server could send 10 MB).
 * (Only for data from elsewhere — content-src, the trial registry. Our own parts are modules: see
 * loading/load-part.ts.)
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
