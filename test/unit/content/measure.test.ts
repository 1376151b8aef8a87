// The reading-grade helper used by the browser measurements gives the textbook answers.
import { describe, expect, it } from 'vitest';
import { fleschKincaid, syllables, words } from '../../browser/measure.js';

describe('reading measures', () => {
  it('counts syllables well enough for a grade', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('table')).toBe(2);
    expect(syllables('water')).toBe(2);
    expect(syllables('chemotherapy')).toBeGreaterThanOrEqual(4);
    expect(syllables('medicine')).toBeGreaterThanOrEqual(2);
  });

  it('rates short plain sentences low and long technical ones high', () => {
    expect(fleschKincaid('The cat sat on the mat. It was warm.')).toBeLessThan(2);
    const hard =
      'Antibody-drug conjugates deliver cytotoxic chemotherapy intracellularly, demonstrating progression-free survival improvements in heavily pretreated populations with considerable interstitial pulmonary toxicity.';
    expect(fleschKincaid(hard)).toBeGreaterThan(14);
  });

  it('counts words with letters or digits only', () => {
    expect(words('Hair loss — 20 % · ok')).toEqual(['Hair', 'loss', '20', 'ok']);
  });
});
