// Data that arrives as text from elsewhere (content-src) is size-capped before it is parsed (#13).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../../src/util/fetch-json.js';

afterEach(() => vi.unstubAllGlobals());

const serve = (body: string, headers: Record<string, string> = {}) => vi.stubGlobal('fetch', async () => new Response(body, { headers }));

describe('fetchJson', () => {
  it('parses a body within the cap', async () => {
    serve('{"questions":[]}');
    expect(await fetchJson('/x.json', undefined, undefined, 100)).toEqual({ questions: [] });
  });

  it('refuses a body over the cap, declared or not, before parsing it', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(200) });
    serve(big);
    await expect(fetchJson('/x.json', undefined, undefined, 100)).rejects.toThrow(/too large/);
    serve('{}', { 'content-length': '5000' });
    await expect(fetchJson('/x.json', undefined, undefined, 100)).rejects.toThrow(/too large/);
  });

  it('refuses an HTTP error', async () => {
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 500 }));
    await expect(fetchJson('/x.json')).rejects.toThrow(/HTTP 500/);
  });
});
