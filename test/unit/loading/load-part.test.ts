// loadPart's attempts (#13): "Try again" must not wait again on a request made before it — the file
// may have been broken then, and that request can only fail — yet a part that arrived stays, and parts
// retried by one press share one attempt (the script-tag build's chunk loader reads `attempt`).
import { beforeEach, describe, expect, it, vi } from 'vitest';

type LoadPart = typeof import('../../../src/loading/load-part.js');
let lp: LoadPart;
beforeEach(async () => {
  vi.resetModules();
  lp = await import('../../../src/loading/load-part.js');
});

/** An importer whose requests the test settles by hand. */
function manual() {
  const calls: Array<{ resolve: (v: unknown) => void; reject: (e: unknown) => void }> = [];
  const importer = () => new Promise((resolve, reject) => calls.push({ resolve, reject }));
  return { importer, calls };
}
const accept = (m: unknown) => (m === undefined ? undefined : m);

describe('loadPart attempts', () => {
  it('shares one request for a part between callers while it is on its way, and keeps it once arrived', async () => {
    const a = manual();
    const first = lp.loadPart('a', a.importer, accept);
    expect(lp.loadPart('a', a.importer, accept)).toBe(first);
    a.calls[0]!.resolve('A');
    expect(await first).toBe('A');
    expect(await lp.loadPart('a', a.importer, accept)).toBe('A');
    expect(a.calls).toHaveLength(1);
  });

  it('asks again after a failure, as a new attempt, and does not wait on another part still pending from before', async () => {
    const q = manual();
    const r = manual();
    const done = manual();
    const failedQ = lp.loadPart('questions', q.importer, accept);
    const staleR = lp.loadPart('results', r.importer, accept);
    const arrived = lp.loadPart('done', done.importer, accept);
    done.calls[0]!.resolve('D');
    await arrived;
    q.calls[0]!.reject(new Error('truncated'));
    await expect(failedQ).rejects.toMatchObject({ reason: 'network' });
    expect(lp.attempt).toBe(0);

    // "Try again": the failed part is asked for again — a new attempt…
    const retriedQ = lp.loadPart('questions', q.importer, accept);
    expect(q.calls).toHaveLength(2);
    expect(lp.attempt).toBe(1);
    // …so the other part's request from before is not reused (it was made while the file was broken)…
    const retriedR = lp.loadPart('results', r.importer, accept);
    expect(retriedR).not.toBe(staleR);
    expect(r.calls).toHaveLength(2);
    // …while one that arrived is kept.
    expect(await lp.loadPart('done', done.importer, accept)).toBe('D');
    expect(done.calls).toHaveLength(1);

    // The stale request failing late changes nothing for the new one.
    r.calls[0]!.reject(new Error('truncated'));
    await expect(staleR).rejects.toBeDefined();
    q.calls[1]!.resolve('Q');
    r.calls[1]!.resolve('R');
    expect(await retriedQ).toBe('Q');
    expect(await retriedR).toBe('R');
    expect(lp.loadPart('results', r.importer, accept)).toBe(retriedR);
  });

  it('counts one attempt when one press retries several failed parts, and a new one for a later press', async () => {
    // A press is one task: loadPart ends its count with a timer, run here by hand.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const a = manual();
    const b = manual();
    const fa = lp.loadPart('a', a.importer, accept);
    const fb = lp.loadPart('b', b.importer, accept);
    a.calls[0]!.reject(new Error('x'));
    b.calls[0]!.reject(new Error('x'));
    await Promise.allSettled([fa, fb]);
    const ra = lp.loadPart('a', a.importer, accept);
    const rb = lp.loadPart('b', b.importer, accept);
    expect(lp.attempt).toBe(1);
    a.calls[1]!.reject(new Error('x'));
    b.calls[1]!.resolve('B');
    await Promise.allSettled([ra, rb]);
    vi.runOnlyPendingTimers();
    void lp.loadPart('a', a.importer, accept).catch(() => {});
    expect(lp.attempt).toBe(2);
    expect(a.calls).toHaveLength(3);
    expect(b.calls).toHaveLength(2);
    vi.useRealTimers();
  });
});
