// Where live trial searches go (the `trials-endpoint` attribute). Only two kinds of place are
// allowed, so a typo or an injected attribute can never send a person's search words to a third
// party: the ClinicalTrials.gov API itself, or a proxy on the page's own origin.
export const CTGOV_STUDIES = 'https://clinicaltrials.gov/api/v2/studies';

export type EndpointCheck = { ok: true; url: string; proxy: boolean } | { ok: false };

export function resolveTrialsEndpoint(attr: string | null | undefined, page: string): EndpointCheck {
  const raw = attr?.trim();
  if (!raw) return { ok: true, url: CTGOV_STUDIES, proxy: false };
  let url: URL;
  let pageUrl: URL;
  try {
    pageUrl = new URL(page);
    url = new URL(raw, pageUrl);
  } catch {
    return { ok: false };
  }
  // The search words go in the query; a query or fragment in the attribute would be mixed in or lost.
  if (url.search || url.hash || url.username || url.password) return { ok: false };
  if (url.href === CTGOV_STUDIES) return { ok: true, url: url.href, proxy: false };
  if (url.origin !== pageUrl.origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return { ok: false };
  return { ok: true, url: url.href, proxy: true };
}
