// "Numbers that compare like with like" (#10): the comparison shows a study's result only when the
// study population matches the person's answers. The property: for any answers, no shown study has
// a population that an answer contradicts — checked here against the raw answers, not through the
// function under test. Examples per subtype pin down what a reader actually sees.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { APPROACHES } from '../../../src/content/approaches.js';
import { EVIDENCE } from '../../../src/content/evidence.js';
import { STUDIED, contradicts, evidenceByOption, matches } from '../../../src/content/evidence-match.js';
import { evaluate, type Profile } from '../../../src/engine/index.js';
import { emptyProfile } from '../../../src/engine/profile.js';
import { profileArb } from '../engine/arbitraries.js';
import content from '../../../locales/en/evidence.json';

const approach = (id: string) => APPROACHES.find((a) => a.id === id);
const shown = (p: Profile): string[] => [...evidenceByOption(evaluate(p).options, approach, p).values()].flat();
const shownFor = (p: Profile, option: string) => evidenceByOption(evaluate(p).options, approach, p).get(option as never) ?? [];
const profile = (over: Partial<Profile>): Profile => ({ ...emptyProfile(), ...over });
const who = (id: string): string => {
  const e = EVIDENCE.find((x) => x.id === id)!;
  return e.population.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], content) as string;
};

describe('evidence populations', () => {
  it('describes the population of every study in the knowledge base (a study without one is never shown)', () => {
    expect(EVIDENCE.map((e) => e.id).filter((id) => !STUDIED[id])).toEqual([]);
  });

  it('agrees with the words that describe each population', () => {
    for (const e of EVIDENCE) {
      const s = STUDIED[e.id]!;
      const text = who(e.id);
      if (s.her2?.length === 1 && s.her2[0] === 'positive') expect(text, e.id).toMatch(/HER2-positive/);
      if (s.her2?.length === 1 && s.her2[0] === 'low') expect(text, e.id).toMatch(/HER2-low/);
      if (s.hr === 'negative') expect(text, e.id).toMatch(/triple-negative/);
      if (s.hr === 'positive') expect(text, e.id).toMatch(/HR-positive|hormone therapy|ESR1|aromatase|anastrozole|letrozole|PIK3CA/);
      if (s.biomarkers?.includes('gbrca')) expect(text, e.id).toMatch(/BRCA/);
      if (s.biomarkers?.includes('esr1')) expect(text, e.id).toMatch(/ESR1/);
      if (s.lines?.max === 0) expect(text, e.id).toMatch(/first|no hormone therapy before|came back/);
      if (s.early) expect(text, e.id).toMatch(/early/);
    }
  });
});

describe('shown evidence never contradicts the answers (property)', () => {
  it('holds for any answers', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const id of shown(p)) {
          const s = STUDIED[id]!;
          // independent restatement of "contradicts", straight from the answers
          if (s.early) return false;
          if (s.hr && p.hr !== s.hr) return false; // unknown HR never counts as a match either
          if (s.her2 && (p.her2 === 'unknown' || !s.her2.includes(p.her2))) return false;
          if (s.lines) {
            if (p.metastaticLines === 'unknown') return false;
            if (p.metastaticLines < (s.lines.min ?? 0) || p.metastaticLines > (s.lines.max ?? 99)) return false;
          }
          if (s.biomarkers && !s.biomarkers.some((b) => p.biomarkers[b] === 'positive')) return false;
          if (s.menopause && p.menopause !== 'unknown' && !s.menopause.includes(p.menopause)) return false;
          if (s.sites && !s.sites.some((x) => p.sites.includes(x))) return false;
          if (contradicts(s, p)) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('is total and deterministic', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(shown(p)).toEqual(shown(p));
      }),
      { numRuns: 200 },
    );
  });

  it('never shows a study to someone whose answers are all "not sure", except those that set no condition', () => {
    const p = emptyProfile();
    for (const id of shown(p)) expect(Object.keys(STUDIED[id]!), id).toEqual([]);
  });
});

describe('examples per subtype', () => {
  it('HR-positive, HER2-zero, one line before, past menopause: no HER2-positive, triple-negative or first-treatment studies', () => {
    const p = profile({ hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 1, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] });
    const ids = shown(p);
    for (const id of ['cleopatra', 'destiny-breast03', 'destiny-breast09', 'her2climb', 'keynote-355', 'ascent', 'tnt', 'paloma-2', 'monaleesa-2', 'monarch-3', 'falcon', 'destiny-breast04', 'destiny-breast06', 'scalp'])
      expect(ids, id).not.toContain(id);
    expect(ids).toContain('tropion-breast01');
    expect(ids).toContain('bolero-2');
    // the reviewer's case: a HER2-positive survival figure under "targeted therapy" for a HER2-zero reader
    expect(shownFor(p, 'targeted')).not.toContain('cleopatra');
  });

  it('HR-positive, HER2-low after one line: the HER2-low studies appear', () => {
    const p = profile({ hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1 });
    expect(shown(p)).toEqual(expect.arrayContaining(['destiny-breast04', 'destiny-breast06', 'tropion-breast01']));
    expect(shown(p)).not.toContain('cleopatra');
  });

  it('HER2-positive, first treatment: the HER2-positive first-treatment studies and nothing for HR-positive/HER2-negative', () => {
    const p = profile({ hr: 'negative', her2: 'positive', metastaticLines: 0 });
    const ids = shown(p);
    expect(ids).toEqual(expect.arrayContaining(['cleopatra', 'destiny-breast09']));
    for (const id of ['destiny-breast03', 'her2climb', 'paloma-2', 'bolero-2', 'tropion-breast01', 'keynote-355', 'destiny-breast04']) expect(ids, id).not.toContain(id);
  });

  it('HER2-positive after treatment: the later-line HER2 studies instead', () => {
    const ids = shown(profile({ hr: 'positive', her2: 'positive', metastaticLines: 2 }));
    expect(ids).toEqual(expect.arrayContaining(['destiny-breast03', 'her2climb']));
    expect(ids).not.toContain('cleopatra');
  });

  it('triple-negative, first treatment, PD-L1-positive: KEYNOTE-355, and no HR-positive or HER2 studies', () => {
    const p = profile({ hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { ...emptyProfile().biomarkers, pdl1: 'positive' } });
    const ids = shown(p);
    expect(ids).toEqual(expect.arrayContaining(['keynote-355', 'ascent-04', 'tnt']));
    for (const id of ['ascent', 'paloma-2', 'cleopatra', 'destiny-breast04', 'olympiad']) expect(ids, id).not.toContain(id);
  });

  it('triple-negative, PD-L1 negative: no immunotherapy result', () => {
    const p = profile({ hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { ...emptyProfile().biomarkers, pdl1: 'negative' } });
    expect(shown(p)).not.toContain('keynote-355');
  });

  it('matches needs every condition known; contradicts needs a known answer outside it', () => {
    const s = STUDIED['cleopatra']!;
    expect(matches(s, profile({ her2: 'unknown', metastaticLines: 0 }))).toBe(false);
    expect(contradicts(s, profile({ her2: 'unknown', metastaticLines: 0 }))).toBe(false);
    expect(contradicts(s, profile({ her2: 'zero', metastaticLines: 0 }))).toBe(true);
  });
});
