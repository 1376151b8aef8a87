// The at-a-glance layer (#10): short, plain and equal. Every option has a line and every glance row,
// each ≤ 20 words in English, with no glossary buttons (they would add Tab stops before "See my summary").
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../../src/content/options.js';
import { GLANCE_ROWS, MORE_ROWS, glanceCell, glanceLine } from '../../../src/content/glance.js';
import { ROW_IDS } from '../../../src/content/rows.js';
import { CONTENT, lookup } from './helpers.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('at a glance', () => {
  it('gives every option a line and every glance row, each at most 20 words, without glossary markers', () => {
    for (const o of OPTIONS)
      for (const key of [glanceLine(o.id), ...GLANCE_ROWS.map((r) => glanceCell(o.id, r))]) {
        const text = lookup(CONTENT, key) as string;
        expect(typeof text, key).toBe('string');
        expect(words(text), key).toBeLessThanOrEqual(20);
        expect(text, key).not.toContain('[[');
      }
  });

  it('keeps cells of one row of similar length across options (equal detail)', () => {
    for (const r of GLANCE_ROWS) {
      const lengths = OPTIONS.map((o) => words(lookup(CONTENT, glanceCell(o.id, r)) as string));
      expect(Math.max(...lengths) / Math.min(...lengths), r).toBeLessThanOrEqual(3.5);
    }
  });

  it('puts every row somewhere: the glance rows, "More topics", or the study numbers', () => {
    expect([...GLANCE_ROWS, ...MORE_ROWS, 'evidence'].sort()).toEqual([...ROW_IDS].sort());
  });
});
