// The README's table of error codes is the list in the code (src/util/error-codes.ts), in its order,
// and no other place in the README names a code that is not in it.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/util/error-codes.js';
import { README, names, readmeTable } from './readme.js';

describe('README error codes', () => {
  it('the table lists exactly ERROR_CODES, in order, each with an explanation', () => {
    const rows = readmeTable(README, '### Error codes');
    expect(rows.map((r) => names(r[0]!)[0])).to.deep.equal([...ERROR_CODES]);
    for (const r of rows) expect(r[1]!.length, r[0]).to.be.greaterThan(20);
  });

  it('the events table points at that list rather than keeping its own', () => {
    const row = readmeTable(README, '### Events').find((r) => names(r[0]!).includes('mbc-error'))!;
    expect(row[1]).to.contain('codes below');
    for (const cell of row) for (const n of names(cell)) expect(ERROR_CODES as readonly string[], `stray code ${n}`).not.to.include(n);
  });
});
