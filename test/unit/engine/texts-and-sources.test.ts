// Every key the engine can emit has English text; every source it cites exists; the text stays neutral.
import { describe, expect, it } from 'vitest';
import { REASON_DEFS } from '../../../src/engine/reason-defs.js';
import { CORE_QUESTIONS, QUESTION_SOURCES } from '../../../src/engine/rules/questions.js';
import { readdirSync, readFileSync } from 'node:fs';
import { GUIDELINE_SOURCES } from '../../../src/content/sources/guidelines.js';
import { SOURCES } from '../../../src/content/sources/index.js';
import { SOURCE_IDS, engineKeys, engineText } from './helpers.js';

describe('engine texts', () => {
  it('lists every reason defined in the rules (the registry is explicit, so a new group must be added)', () => {
    const dir = new URL('../../../src/engine/rules/', import.meta.url);
    const defined = readdirSync(dir)
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').match(/\bdef\('[^']+'/g) ?? [])
      .map((m) => m.slice(5, -1));
    expect(defined.length).toBeGreaterThan(50);
    expect(REASON_DEFS.map((d) => d.key).sort()).toEqual(defined.sort());
  });

  it('has English text for every reason the engine can emit', () => {
    expect(REASON_DEFS.length).toBeGreaterThan(50);
    for (const d of REASON_DEFS) expect(engineText(d.key), d.key).toBeTypeOf('string');
  });

  it('has text for every question, and the four core questions', () => {
    for (const k of Object.keys(QUESTION_SOURCES)) expect(engineText(k), k).toBeTypeOf('string');
    expect(Object.keys(QUESTION_SOURCES).slice(0, 4)).toEqual([...CORE_QUESTIONS]);
  });

  it('has no unused reason or question text', () => {
    const used = new Set([...REASON_DEFS.map((d) => d.key), ...Object.keys(QUESTION_SOURCES)]);
    for (const k of engineKeys()) if (k.startsWith('reasons.') || k.startsWith('questions.')) expect(used.has(k), k).toBe(true);
  });

  it('stays neutral and plain: no persuasive words, no ranking, no raw markup', () => {
    const banned = /\b(best|better option|powerful|promising|breakthrough|recommended for you|you should|miracle|cure[sd]?|guarantee[sd]?|superior|cutting-edge)\b/i;
    for (const k of engineKeys()) {
      const text = engineText(k)!;
      expect(text, k).not.toMatch(banned);
      expect(text, k).not.toMatch(/[<>{}]/);
      expect(text.length, k).toBeLessThanOrEqual(160);
    }
  });
});

describe('sources', () => {
  it('cites only sources that exist in the merged table, at least one per reason and question', () => {
    for (const d of REASON_DEFS) {
      expect(d.sources.length, d.key).toBeGreaterThan(0);
      for (const s of d.sources) expect(SOURCE_IDS.has(s), `${d.key}: ${s}`).toBe(true);
    }
    for (const [k, ids] of Object.entries(QUESTION_SOURCES)) {
      expect(ids.length, k).toBeGreaterThan(0);
      for (const s of ids) expect(SOURCE_IDS.has(s), `${k}: ${s}`).toBe(true);
    }
  });

  it('keeps guideline source ids and URLs unique across the merged table, dated and well formed', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    expect(new Set(SOURCES.map((s) => s.url)).size).toBe(SOURCES.length);
    for (const s of GUIDELINE_SOURCES) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new URL(s.url).protocol, s.id).toBe('https:');
      // The compilation date, or the day a mirror was replaced by the canonical address.
      expect(['2026-11-23', '2026-12-04']).toContain(s.accessed);
      expect(s.title.length).toBeGreaterThan(5);
    }
  });

  it('has no guideline source that nothing cites', () => {
    const cited = new Set([...REASON_DEFS.flatMap((d) => d.sources), ...Object.values(QUESTION_SOURCES).flat()]);
    for (const s of GUIDELINE_SOURCES) expect(cited.has(s.id), s.id).toBe(true);
  });
});
