// ./engine is a semver promise: exactly what design/contract.md §2 names (types aside) (#17).
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.js';
import { cap, verdict } from '../../../src/engine/reason.js';
import type { Reason } from '../../../src/engine/types.js';

describe('engine public surface', () => {
  it('exports at runtime exactly the contract: parseProfile, evaluate, OPTION_IDS', () => {
    expect(Object.keys(engine).sort()).toEqual(['OPTION_IDS', 'evaluate', 'parseProfile']);
  });
});

describe('cap()', () => {
  const r = (key: string): Reason => ({ key, because: ['rapidOrganThreat'], sources: ['abc4-hr-positive'] });

  it('returns a lowered copy and leaves the verdict it was given untouched', () => {
    const v = verdict('often-considered', r('a'));
    const before = structuredClone(v);
    const out = cap(v, true, () => r('b'));
    expect(out.status).toBe('sometimes-considered');
    expect(out.reasons.map((x) => x.key)).toEqual(['a', 'b']);
    expect(v).toEqual(before);
    expect(out).not.toBe(v);
  });

  it('returns the same verdict when nothing applies', () => {
    const v = verdict('often-considered', r('a'));
    expect(cap(v, false, () => r('b'))).toBe(v);
    const s = verdict('sometimes-considered', r('a'));
    expect(cap(s, true, () => r('b'))).toBe(s);
    expect(s.reasons).toHaveLength(1);
  });
});
