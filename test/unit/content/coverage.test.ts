import { describe, expect, it } from 'vitest';
import { APPROACHES } from '../../../src/content/approaches.js';
import { DRUGS } from '../../../src/content/drugs.js';
import { EVIDENCE } from '../../../src/content/evidence.js';
import { OPTIONS } from '../../../src/content/options.js';
import { PRIORITY_ROWS } from '../../../src/content/priority-rows.js';
import { SUPPORTIVE_CARE } from '../../../src/content/supportive-care.js';
import { ROW_IDS } from '../../../src/content/rows.js';
import { APPROACHES_BY_OPTION, OPTION_IDS, PRIORITY_IDS, TREATMENT_IDS } from '../../../src/engine/vocabulary.js';

describe('options and supportive care', () => {
  it('has the five options in the contract order', () => {
    expect(OPTIONS.map((o) => o.id)).toEqual([...OPTION_IDS]);
  });

  it('fills every row for every option and for supportive care, with no extra rows', () => {
    for (const o of OPTIONS) expect(Object.keys(o.rows).sort(), o.id).toEqual([...ROW_IDS].sort());
    expect(Object.keys(SUPPORTIVE_CARE.rows).sort()).toEqual([...ROW_IDS].sort());
  });

  it('keys each cell to its own option and row', () => {
    for (const o of OPTIONS) {
      for (const row of ROW_IDS) expect(o.rows[row].key).toBe(`options.${o.id}.rows.${row}`);
    }
  });
});

describe('approaches', () => {
  const all = Object.values(APPROACHES_BY_OPTION).flat();

  it('has content for every approach in the vocabulary, once each', () => {
    expect(APPROACHES.map((a) => a.id).sort()).toEqual([...all].sort());
  });

  it('names only drugs and evidence items that exist', () => {
    const drugs = new Set(DRUGS.map((d) => d.id));
    const evidence = new Set(EVIDENCE.map((e) => e.id));
    for (const a of APPROACHES) {
      for (const d of a.drugs) expect(drugs.has(d), `${a.id} drug ${d}`).toBe(true);
      for (const e of a.evidence) expect(evidence.has(e), `${a.id} evidence ${e}`).toBe(true);
    }
    for (const e of SUPPORTIVE_CARE.evidence ?? []) expect(evidence.has(e), `supportive care evidence ${e}`).toBe(true);
  });

  it('shows every evidence item somewhere', () => {
    const shown = new Set([...APPROACHES.flatMap((a) => a.evidence), ...(SUPPORTIVE_CARE.evidence ?? [])]);
    expect(EVIDENCE.filter((e) => !shown.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('names every drug in at least one approach, except ones kept only for the treatments search', () => {
    const named = new Set(APPROACHES.flatMap((a) => a.drugs));
    expect(DRUGS.filter((d) => !named.has(d.id)).map((d) => d.id)).toEqual(['atezolizumab']);
  });
});

describe('drugs', () => {
  it('has unique ids, and each generic and brand name once', () => {
    const ids = DRUGS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = DRUGS.flatMap((d) => [d.generic, ...d.brands]).map((n) => n.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('groups every drug under a treatment the treatments step knows', () => {
    for (const d of DRUGS) if (d.treatment) expect(TREATMENT_IDS, d.id).toContain(d.treatment);
  });

  it('gives every treatment at least one drug, except radiation, surgery and other chemotherapy', () => {
    const withDrugs = new Set(DRUGS.map((d) => d.treatment));
    const skipped = new Set(['radiation', 'surgery', 'other-chemo']);
    expect(TREATMENT_IDS.filter((t) => !skipped.has(t) && !withDrugs.has(t))).toEqual([]);
  });
});

describe('evidence', () => {
  it('has unique ids, a trial name and a plausible year', () => {
    const ids = EVIDENCE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of EVIDENCE) {
      expect(e.trial.trim(), e.id).not.toBe('');
      expect(Number.isInteger(e.year) && e.year >= 1990 && e.year <= new Date().getUTCFullYear(), `${e.id} ${e.year}`).toBe(true);
    }
  });

  it('counts arms as whole people out of 100', () => {
    for (const e of EVIDENCE) {
      if (!e.arms) continue;
      expect(e.arms.outOf, e.id).toBe(100);
      for (const n of [e.arms.treatment.count, e.arms.comparison.count]) {
        expect(Number.isInteger(n) && n >= 0 && n <= 100, `${e.id} count ${n}`).toBe(true);
      }
    }
  });

  it('keeps numbers finite', () => {
    for (const e of EVIDENCE) {
      for (const [k, v] of Object.entries(e.values ?? {})) expect(Number.isFinite(v), `${e.id}.${k}`).toBe(true);
    }
  });
});

describe('priority rows', () => {
  it('relates every priority to at least one real row, without repeats', () => {
    expect(Object.keys(PRIORITY_ROWS).sort()).toEqual([...PRIORITY_IDS].sort());
    for (const id of PRIORITY_IDS) {
      const rows = PRIORITY_ROWS[id];
      expect(rows.length, id).toBeGreaterThan(0);
      expect(new Set(rows).size, id).toBe(rows.length);
      for (const r of rows) expect(ROW_IDS, id).toContain(r);
    }
  });

  it('relates the priorities the product names to their rows', () => {
    expect(PRIORITY_ROWS['keep-hair']).toContain('hair-loss');
    expect(PRIORITY_ROWS['fewer-visits']).toContain('visits');
    expect(PRIORITY_ROWS['pills-at-home']).toContain('how-given');
    expect(PRIORITY_ROWS['longer-life']).toContain('evidence');
    expect(PRIORITY_ROWS['fewer-side-effects']).toEqual(expect.arrayContaining(['common-effects', 'serious-risks']));
  });
});
