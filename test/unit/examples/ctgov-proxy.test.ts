// The reference proxy (examples/ctgov-proxy.mjs): forwards only the widget's parameters, to one
// path, caches, rate-limits, and passes the registry's "wait" on. A fake registry stands in upstream.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxy, ALLOWED_PARAMS } from '../../../examples/ctgov-proxy.mjs';
import { PARAMS, previewItems, queryFrom, requestUrl } from '../../../src/components/trial-finder/request.js';
import { parseProfile } from '../../../src/engine/index.js';

interface Upstream {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

let server: Server;
let base: string;
let asked: string[];
let next: Upstream;
let clock: number;

async function start(options: Record<string, unknown> = {}) {
  server = createProxy({
    upstream: 'https://registry.test/api/v2/studies',
    now: () => clock,
    fetch: async (url: string) => {
      asked.push(url);
      return new Response(next.body, { status: next.status, headers: next.headers });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeEach(() => {
  asked = [];
  clock = Date.parse('2026-12-04T12:00:00Z');
  next = { status: 200, body: '{"studies":[],"totalCount":0}' };
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const widgetUrl = (place = '') => {
  const r = parseProfile({ hr: 'positive', her2: 'low', received: ['cdk46-inhibitor'] });
  if (!r.ok) throw new Error('fixture');
  const items = previewItems(r.profile);
  return requestUrl(`${base}/ctgov/studies`, queryFrom(items, new Set(items.map((i) => i.id)), place), 'tok_1');
};

describe('reference proxy', () => {
  it('allows exactly the parameters the widget sends, and forwards them unchanged', async () => {
    await start();
    expect([...ALLOWED_PARAMS].sort()).toEqual([...PARAMS].sort());
    const res = await fetch(widgetUrl('Boston'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ studies: [], totalCount: 0 });
    expect(asked).toHaveLength(1);
    const up = new URL(asked[0]!);
    expect(up.origin + up.pathname).toBe('https://registry.test/api/v2/studies');
    const sent = new URL(widgetUrl('Boston')).searchParams;
    expect(Object.fromEntries(up.searchParams)).toEqual(Object.fromEntries(sent));
  });

  it('rejects other parameters, repeats, other paths and methods without asking the registry', async () => {
    await start();
    expect((await fetch(`${widgetUrl()}&api_key=1`)).status).toBe(400);
    expect((await fetch(`${widgetUrl()}&query.term=x`)).status).toBe(400);
    expect((await fetch(`${base}/ctgov/studies?format=json`)).status).toBe(400);
    expect((await fetch(`${base}/ctgov/studies/NCT09900001?query.cond=x`)).status).toBe(404);
    expect((await fetch(`${base}/api/v2/version`)).status).toBe(404);
    expect((await fetch(`${base}/ctgov/studies/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(widgetUrl(), { method: 'POST', body: 'x' })).status).toBe(405);
    expect(asked).toEqual([]);
  });

  it('answers the same search from memory for a few minutes, then asks again', async () => {
    await start({ cacheMs: 60_000 });
    const a = await fetch(widgetUrl());
    const b = await fetch(widgetUrl());
    expect([a.headers.get('x-cache'), b.headers.get('x-cache')]).toEqual(['miss', 'hit']);
    expect(await b.text()).toBe(next.body);
    expect(asked).toHaveLength(1);
    clock += 61_000;
    await fetch(widgetUrl());
    expect(asked).toHaveLength(2);
  });

  it('limits each visitor, saying how long to wait', async () => {
    await start({ perClientPerMinute: 2 });
    expect((await fetch(widgetUrl('a'))).status).toBe(200);
    clock += 10_000;
    expect((await fetch(widgetUrl('b'))).status).toBe(200);
    const third = await fetch(widgetUrl('c'));
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('50');
    expect(asked).toHaveLength(2);
  });

  it('limits how often the registry is asked in all', async () => {
    await start({ upstreamPerMinute: 1 });
    await fetch(widgetUrl('a'));
    const second = await fetch(widgetUrl('b'));
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('passes the registry\'s busy and broken answers on with its Retry-After, and never caches them', async () => {
    await start();
    next = { status: 503, body: 'down', headers: { 'retry-after': '45' } };
    const res = await fetch(widgetUrl());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('45');
    next = { status: 200, body: '{"studies": [' };
    expect((await fetch(widgetUrl())).status).toBe(502);
    next = { status: 200, body: '{"studies":[]}' };
    expect((await fetch(widgetUrl())).status).toBe(200);
    expect(asked).toHaveLength(3);
  });
});
