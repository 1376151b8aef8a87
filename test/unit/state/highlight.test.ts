// Values clarification: priorities change which rows are highlighted — the same rows for every
// option — and never a status, a reason or the order of options (property test).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { profileArb, prioritiesArb } from '../engine/arbitraries.js';
import { evaluate } from '../../../src/engine/index.js';
import { highlightedRows } from '../../../src/components/steps/comparison/rows.js';
import { HIGH_PRIORITY } from '../../../src/engine/vocabulary.js';
import { PRIORITY_ROWS } from '../../../src/content/priority-rows.js';

describe('priority highlighting', () => {
  it('never changes statuses, reasons or order; highlights exactly the rows of high priorities', () => {
    fc.assert(
      fc.property(profileArb, prioritiesArb, (profile, priorities) => {
        const other = { ...profile, priorities };
        expect(evaluate(other).options).toEqual(evaluate(profile).options);
        const rows = highlightedRows(other, PRIORITY_ROWS);
        const want = new Set(
          Object.entries(priorities)
            .filter(([, level]) => (level ?? 0) >= HIGH_PRIORITY)
            .flatMap(([id]) => PRIORITY_ROWS[id as keyof typeof PRIORITY_ROWS]),
        );
        expect(new Set(rows.keys())).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('highlights nothing when nothing matters a lot', () => {
    expect(highlightedRows({ ...fcSample(), priorities: { 'keep-hair': 2 } }, PRIORITY_ROWS).size).toBe(0);
  });
});

function fcSample() {
  return fc.sample(profileArb, { numRuns: 1, seed: 42 })[0]!;
}
