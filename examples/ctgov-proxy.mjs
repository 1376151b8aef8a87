#!/usr/bin/env node
// A minimal same-origin proxy for the widget's live trial search (trials="live"
// trials-endpoint="/ctgov/studies"). One file, no dependencies, Node 20+.
//
//   PORT=8787 node examples/ctgov-proxy.mjs
//
// Put it behind your site's web server on the page's own origin (e.g. route /ctgov/studies to it).
// It forwards GET /ctgov/studies to the ClinicalTrials.gov API v2 /studies endpoint with only the
// query parameters the widget uses, keeps answers in memory for a few minutes (the registry asks
// sites not to keep copies: minutes, in memory only), limits how often each visitor and the
// whole server may ask, and rejects every other path, method and parameter. It sends the
// registry no cookies, no visitor headers and no visitor address; it logs nothing.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

/** Exactly the parameters the widget sends (src/components/trial-finder/request.ts, PARAMS). */
export const ALLOWED_PARAMS = [
  'query.cond',
  'query.term',
  'query.locn',
  'filter.overallStatus',
  'sort',
  'fields',
  'pageSize',
  'countTotal',
  'format',
  'pageToken',
];

const DEFAULTS = {
  upstream: 'https://clinicaltrials.gov/api/v2/studies',
  path: '/ctgov/studies',
  cacheMs: 10 * 60 * 1000,
  cacheEntries: 500,
  perClientPerMinute: 20,
  upstreamPerMinute: 40,
  timeoutMs: 7000,
  /** Behind your own reverse proxy, the visitor's address is in X-Forwarded-For. */
  trustForwardedFor: false,
};

export function createProxy(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const now = o.now ?? Date.now;
  const cache = new Map(); // key → { at, body }
  const clients = new Map(); // address → times of recent requests
  let upstreamTimes = [];

  const recent = (times) => times.filter((t) => now() - t < 60_000);
  const waitSeconds = (times) => Math.max(1, Math.ceil((times[0] + 60_000 - now()) / 1000));

  function send(res, status, body, headers = {}) {
    res.writeHead(status, {
      'content-type': status === 200 ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...headers,
    });
    res.end(body);
  }

  /** The query as the widget sends it, or a reason to refuse. */
  function checkQuery(search) {
    const params = new URLSearchParams(search);
    const seen = new Set();
    for (const [key, value] of params) {
      if (!ALLOWED_PARAMS.includes(key)) return { error: `parameter not allowed: ${key.slice(0, 40)}` };
      if (seen.has(key)) return { error: `parameter repeated: ${key}` };
      if (value.length > 1000) return { error: `parameter too long: ${key}` };
      seen.add(key);
    }
    if (!seen.has('query.cond')) return { error: 'query.cond is required' };
    const sorted = new URLSearchParams([...params].sort(([a], [b]) => (a < b ? -1 : 1)));
    return { query: sorted.toString() };
  }

  return createServer(async (req, res) => {
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://proxy.invalid');
    } catch {
      return send(res, 400, 'bad request');
    }
    if (url.pathname !== o.path) return send(res, 404, 'not found');
    if (req.method !== 'GET') return send(res, 405, 'method not allowed', { allow: 'GET' });
    if (url.search.length > 3000) return send(res, 414, 'query too long');
    const checked = checkQuery(url.search);
    if (checked.error) return send(res, 400, checked.error);

    const forwarded = o.trustForwardedFor ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
    const client = forwarded || req.socket.remoteAddress || 'unknown';
    const mine = recent(clients.get(client) ?? []);
    if (mine.length >= o.perClientPerMinute) {
      clients.set(client, mine);
      return send(res, 429, 'too many searches; try again shortly', { 'retry-after': String(waitSeconds(mine)) });
    }
    clients.set(client, [...mine, now()]);
    if (clients.size > 10_000) clients.clear(); // bounded memory under a flood

    const hit = cache.get(checked.query);
    if (hit && now() - hit.at < o.cacheMs) return send(res, 200, hit.body, { 'x-cache': 'hit' });

    upstreamTimes = recent(upstreamTimes);
    if (upstreamTimes.length >= o.upstreamPerMinute)
      return send(res, 429, 'the registry is being asked too often; try again shortly', { 'retry-after': String(waitSeconds(upstreamTimes)) });
    upstreamTimes.push(now());

    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), o.timeoutMs);
    try {
      const up = await (o.fetch ?? fetch)(`${o.upstream}?${checked.query}`, {
        headers: { accept: 'application/json' },
        redirect: 'error',
        signal: ctrl.signal,
      });
      const retry = up.headers.get('retry-after');
      if (up.status === 429 || up.status >= 500)
        return send(res, up.status === 429 ? 429 : 503, 'the registry is unavailable; try again later', retry && /^\d{1,6}$/.test(retry) ? { 'retry-after': retry } : {});
      if (!up.ok) return send(res, up.status === 404 ? 502 : 400, 'the registry refused the search');
      const body = await up.text();
      try {
        JSON.parse(body);
      } catch {
        return send(res, 502, 'the registry sent an unreadable answer');
      }
      if (cache.size >= o.cacheEntries) cache.delete(cache.keys().next().value);
      cache.set(checked.query, { at: now(), body });
      return send(res, 200, body, { 'x-cache': 'miss' });
    } catch {
      return send(res, 504, 'the registry did not answer in time');
    } finally {
      clearTimeout(timer);
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8787);
  createProxy({ path: process.env.PROXY_PATH ?? DEFAULTS.path, trustForwardedFor: process.env.TRUST_FORWARDED_FOR === '1' }).listen(port, '127.0.0.1', () =>
    console.log(`ClinicalTrials.gov proxy on http://127.0.0.1:${port}${process.env.PROXY_PATH ?? DEFAULTS.path}`),
  );
}
