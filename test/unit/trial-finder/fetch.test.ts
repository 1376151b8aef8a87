// Every way a search can fail becomes a named problem; none throws, and the wait the server asks for is kept.
import { describe, it, expect, vi, afterEach } from 'vitest';
import { fetchStudies, MAX_RESPONSE_CHARS, retryAfterSeconds, TIMEOUT_MS } from '../../../src/components/trial-finder/fetch-studies.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE1 = readFileSync(join(__dirname, '../../fixtures/ctgov-mbc-page1.json'), 'utf8');
const URL_ = 'https://clinicaltrials.gov/api/v2/studies?query.cond=x';
const respond = (body: string, status = 200, headers: Record<string, string> = {}) =>
  (async () => new Response(body, { status, headers })) as unknown as typeof fetch;
const run = (f: typeof fetch, signal = new AbortController().signal) => fetchStudies(URL_, signal, f);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchStudies', () => {
  it('returns the parsed page, sending no cookies and no referrer', async () => {
    let init: RequestInit | undefined;
    const f = (async (_: string, i: RequestInit) => {
      init = i;
      return new Response(PAGE1);
    }) as unknown as typeof fetch;
    const out = await run(f);
    expect(out.ok && out.page.studies.length).toBe(4);
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', method: 'GET' });
  });

  it('429 and 5xx keep the wait the server asks for', async () => {
    expect(await run(respond('', 429, { 'retry-after': '12' }))).toEqual({ ok: false, problem: { kind: 'busy', waitSeconds: 12 } });
    expect(await run(respond('', 503, { 'retry-after': '40' }))).toEqual({ ok: false, problem: { kind: 'server', waitSeconds: 40 } });
    expect(await run(respond('', 500))).toEqual({ ok: false, problem: { kind: 'server', waitSeconds: 15 } });
    expect(await run(respond('', 429))).toEqual({ ok: false, problem: { kind: 'busy', waitSeconds: 30 } });
  });

  it('other refusals, malformed JSON and a wrong shape are named', async () => {
    expect(await run(respond('{}', 400))).toEqual({ ok: false, problem: { kind: 'refused', status: 400 } });
    expect(await run(respond('{"studies": [', 200))).toEqual({ ok: false, problem: { kind: 'malformed' } });
    expect(await run(respond('{"hello": 1}', 200))).toEqual({ ok: false, problem: { kind: 'malformed' } });
  });

  it('a body far larger than any page of studies is refused unparsed, whether or not its length is declared', async () => {
    const huge = `{"studies":[],"pad":"${'x'.repeat(MAX_RESPONSE_CHARS)}"}`;
    expect(await run(respond(huge))).toEqual({ ok: false, problem: { kind: 'malformed' } });
    expect(await run(respond(PAGE1, 200, { 'content-length': String(MAX_RESPONSE_CHARS + 1) }))).toEqual({ ok: false, problem: { kind: 'malformed' } });
    // The real page is far below the cap.
    expect(PAGE1.length * 10).toBeLessThan(MAX_RESPONSE_CHARS);
  });

  it('a network refusal (CORS, blocker) and being offline are told apart', async () => {
    const refuse = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await run(refuse)).toEqual({ ok: false, problem: { kind: 'blocked' } });
    vi.stubGlobal('navigator', { onLine: false });
    let called = false;
    expect(await run((async () => ((called = true), new Response(PAGE1))) as unknown as typeof fetch)).toEqual({ ok: false, problem: { kind: 'offline' } });
    expect(called).toBe(false);
  });

  it(`gives up after ${TIMEOUT_MS / 1000} s, and an abort is not an error to show`, async () => {
    vi.useFakeTimers();
    const hang = ((_: string, i: RequestInit) =>
      new Promise((_, reject) => i.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    const p = run(hang);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    let settled = false;
    void p.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toEqual({ ok: false, problem: { kind: 'timeout' } });
    const ctrl = new AbortController();
    const q = run(hang, ctrl.signal);
    ctrl.abort();
    expect(await q).toEqual({ ok: false, problem: { kind: 'aborted' } });
  });
});

describe('Retry-After', () => {
  it('reads seconds or an HTTP date, bounded to 1 s … 5 min', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(retryAfterSeconds('7', 30, now)).toBe(7);
    expect(retryAfterSeconds('Fri, 04 Dec 2026 12:01:00 GMT', 30, now)).toBe(60);
    expect(retryAfterSeconds('0', 30, now)).toBe(1);
    expect(retryAfterSeconds('99999', 30, now)).toBe(300);
    expect(retryAfterSeconds('soon', 30, now)).toBe(30);
    expect(retryAfterSeconds(null, 15, now)).toBe(15);
  });
});
