// A stand-in for the ClinicalTrials.gov API v2 inside the browser tests (no live network in tests).
// GET /mock-ctgov/<scenario>/studies answers like the registry would in that scenario, from saved
// responses built to the v2 schema (test/fixtures/ctgov-mbc-page*.json). Every request is logged,
// with whether it carried cookies or a referrer and whether the browser gave up on it (abort),
// so tests can compare what the widget showed with what it actually sent:
//   GET /mock-ctgov/log → [{ url, scenario, cookie, referer, aborted }]   ·   /mock-ctgov/log?clear
// A test page can keep a log of its own, so that the same tests running at the same time in other
// engines do not see its requests: GET /mock-ctgov/<client>/<scenario>/studies, /mock-ctgov/log?client=<client>.
import { readFileSync } from 'node:fs';

const fixture = (name) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');

export function ctgovMock() {
  const page1 = fixture('ctgov-mbc-page1.json');
  const page2 = fixture('ctgov-mbc-page2.json');
  const empty = JSON.stringify({ studies: [], totalCount: 0 });
  const logs = new Map();
  const logOf = (client = '') => {
    if (!logs.has(client)) logs.set(client, []);
    return logs.get(client);
  };
  const json = (ctx, status, body, headers = {}) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.set(headers);
    ctx.body = body;
  };
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/mock-ctgov/')) return next();
    if (ctx.path === '/mock-ctgov/log') {
      const client = String(ctx.query.client ?? '');
      if ('clear' in ctx.query) logs.set(client, []);
      return json(ctx, 200, JSON.stringify(logOf(client)));
    }
    const m = /^\/mock-ctgov\/(?:([A-Za-z0-9]+)\/)?([a-z-]+)\/studies$/.exec(ctx.path);
    if (!m) return json(ctx, 404, '{}');
    const scenario = m[2];
    const entry = { url: ctx.href, scenario, cookie: Boolean(ctx.get('cookie')), referer: ctx.get('referer'), aborted: false };
    logOf(m[1] ?? '').push(entry);
    switch (scenario) {
      case 'ok':
        return json(ctx, 200, ctx.query.pageToken === 'ZVNj7o2Elu8o3lpoWpG0' ? page2 : page1);
      case 'empty':
        return json(ctx, 200, empty);
      case 'busy':
        return json(ctx, 429, 'slow down', { 'retry-after': '2' });
      case 'down':
        return json(ctx, 503, 'maintenance', { 'retry-after': '2' });
      case 'malformed':
        return json(ctx, 200, '{"studies": [{"protocolSection": ');
      case 'slow':
        // Longer than the widget's 8 s limit; notes when the browser hangs up first.
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 12000);
          ctx.res.on('close', () => {
            if (!ctx.res.writableFinished) entry.aborted = true;
            clearTimeout(timer);
            resolve();
          });
        });
        return json(ctx, 200, page1);
      default:
        return json(ctx, 404, '{}');
    }
  };
}
