// The one gate for every URL that reaches an `href`, whatever it came from (knowledge data, content-src,
// locale text, trial-search responses, attributes). Lit escapes text but not URLs, so a `javascript:`
// link would run when clicked. Allowed: `https:` anywhere, or a URL on the page's own origin (a relative
// path, or an absolute URL on this origin). Everything else — other schemes in any spelling, data:,
// vbscript:, protocol-relative `//host`, credentials in the URL — is refused.

/** Longer than any real link we show; longer input is not ours. */
const MAX_URL_LENGTH = 2048;

// What the URL parser silently drops before reading a scheme: leading/trailing C0 controls and spaces,
// and tabs and newlines anywhere. We look at the input the same way to spot a protocol-relative URL.
// eslint-disable-next-line no-control-regex
const PARSER_NOISE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g;

function pageHref(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

/**
 * The normalised URL if it is safe to put in an `href`, else undefined.
 * `base` is what relative URLs resolve against and whose origin counts as "ours" (default: the page).
 */
export function safeHref(value: unknown, base: string | undefined = pageHref()): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const cleaned = value.replace(PARSER_NOISE, '');
  // '' would resolve to the page itself; '//host' and '\\host' leave the origin without saying which scheme.
  if (!cleaned || /^[\\/]{2}/.test(cleaned)) return undefined;
  let url: URL;
  let own: URL | undefined;
  try {
    own = base === undefined ? undefined : new URL(base);
    url = own ? new URL(value, own) : new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined; // https://trusted.example@elsewhere.example
  if (url.protocol === 'https:') return url.href;
  // Same origin, but only as a web address: blob: and filesystem: URLs also report the page's origin.
  if (own && url.protocol === own.protocol && url.protocol === 'http:' && url.origin === own.origin) return url.href;
  return undefined;
}
