// Test-only fault injection for the browser suite (test/browser/faults.test.ts). Serves the built
// `dist/` under a per-case prefix, `/__f/<case>/dist/…`, so every case has its own URLs (its own
// module map and HTTP cache entries) and cases running side by side never see each other's faults.
// A case registers rules — "requests whose path ends with X get fault F" — and can ask which files
// it requested, so the suite finds the lazily loaded parts of whatever the build ships today.
//
// Faults: 404, 500, truncate (200 with the first half of the body), html (200 with an HTML page, as an
// SPA fallback would), delay (hold the response for `ms`, then send it), reset (destroy the
// connection without a response).
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
const HTML = '<!doctype html><html><head><title>Page</title></head><body><div id="app"></div><script src="/app.js"></script></body></html>';

export function faultMiddleware(root) {
  /** case id → { rules: Map<suffix, {fault, ms}>, requested: string[] } */
  const cases = new Map();
  const caseOf = (id) => {
    if (!cases.has(id)) cases.set(id, { rules: new Map(), requested: [] });
    return cases.get(id);
  };

  return async (ctx, next) => {
    // Control: POST /__fault/rule {case, suffix, fault, ms?} (fault null clears); GET /__fault/requested?case=…
    if (ctx.path === '/__fault/rule' && ctx.method === 'POST') {
      const body = await new Promise((resolve) => {
        let s = '';
        ctx.req.on('data', (c) => (s += c));
        ctx.req.on('end', () => resolve(s));
      });
      const { case: id, suffix, fault, ms } = JSON.parse(body);
      const c = caseOf(id);
      if (fault) c.rules.set(suffix, { fault, ms });
      else if (suffix) c.rules.delete(suffix);
      else c.rules.clear();
      ctx.body = 'ok';
      return undefined;
    }
    // Each finished case, printed by the test server as it happens (browser logs only show at the end).
    if (ctx.path === '/__fault/log' && ctx.method === 'POST') {
      let line = '';
      for await (const chunk of ctx.req) line += chunk;
      if (process.env.MBC_FAULT_LOG) console.log(`[faults] ${line}`);
      ctx.body = 'ok';
      return undefined;
    }
    // A language's common strings (what the person should see when something fails), from the sources.
    if (ctx.path === '/__fault/strings' && /^[A-Za-z-]{2,8}$/.test(String(ctx.query.lang))) {
      ctx.type = 'application/json';
      ctx.body = await readFile(join(root, 'locales', String(ctx.query.lang), 'common.json'), 'utf8');
      return undefined;
    }
    if (ctx.path === '/__fault/requested') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(caseOf(ctx.query.case).requested);
      return undefined;
    }
    const m = /^\/__f\/([A-Za-z0-9-]+)\/(dist\/.*)$/.exec(ctx.path);
    if (!m) return next();
    const [, id, rel] = m;
    const file = normalize(join(root, rel));
    if (!file.startsWith(join(root, 'dist'))) {
      ctx.status = 403;
      return undefined;
    }
    const c = caseOf(id);
    c.requested.push(rel + (ctx.querystring ? `?${ctx.querystring}` : ""));
    const rule = [...c.rules].find(([suffix]) => rel.endsWith(suffix))?.[1];
    // Never cached: a file that failed must be fetched again on "Try again". (@web/test-runner marks
    // every path with an extension cacheable for a year after we return, so that header is kept off.)
    ctx.set('Cache-Control', 'no-store');
    const set = ctx.response.set.bind(ctx.response);
    ctx.response.set = (field, value) => (String(field).toLowerCase() === 'cache-control' ? undefined : set(field, value));
    if (rule?.fault === 'reset') {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return undefined;
    }
    if (rule?.fault === '404' || rule?.fault === '500') {
      ctx.status = Number(rule.fault);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>${rule.fault}</title>`;
      return undefined;
    }
    if (rule?.fault === 'html') {
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = HTML;
      return undefined;
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      ctx.status = 404;
      return undefined;
    }
    if (rule?.fault === 'delay') await new Promise((r) => setTimeout(r, rule.ms ?? 30000));
    ctx.status = 200;
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.body = rule?.fault === 'truncate' ? body.subarray(0, Math.floor(body.length / 2)) : body;
    return undefined;
  };
}
