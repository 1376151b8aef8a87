// flow.ts: which questions the UI asks, as pure functions of the answers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyProfile } from '../../../src/engine/profile.js';
import { askEarlyRelapse, askMenopause, completeness, isQuestionRelevant, QUESTION_IDS, QUESTIONS_BY_STEP, relevantBiomarkers, relevantQuestions } from '../../../src/engine/flow.js';
import type { Profile } from '../../../src/engine/types.js';
import { BIOMARKER_IDS } from '../../../src/engine/vocabulary.js';
import { profileArb } from './arbitraries.js';

const p = (over: Partial<Profile>): Profile => ({ ...emptyProfile(), ...over });

describe('relevantBiomarkers', () => {
  it('HR-positive, HER2-negative: pathway genes, ESR1, germline; rare tests last; no PD-L1', () => {
    expect(relevantBiomarkers(p({ hr: 'positive', her2: 'low' }))).toEqual([
      'pik3ca', 'akt1', 'pten', 'esr1', 'gbrca', 'gpalb2', 'msiHigh', 'ntrk',
    ]);
  });

  it('triple-negative: germline, PD-L1, rare tests', () => {
    expect(relevantBiomarkers(p({ hr: 'negative', her2: 'zero' }))).toEqual(['gbrca', 'gpalb2', 'pdl1', 'msiHigh', 'ntrk']);
  });

  it('HER2-positive: only the rare tests, except for men (germline testing for all men)', () => {
    expect(relevantBiomarkers(p({ hr: 'positive', her2: 'positive' }))).toEqual(['msiHigh', 'ntrk']);
    expect(relevantBiomarkers(p({ hr: 'positive', her2: 'positive', menopause: 'male' }))).toEqual(['gbrca', 'gpalb2', 'msiHigh', 'ntrk']);
  });

  it('HR and HER2 not known: every test that could matter', () => {
    expect(relevantBiomarkers(emptyProfile())).toEqual([...BIOMARKER_IDS]);
    expect(relevantBiomarkers(p({ hr: 'negative' }))).toEqual(['gbrca', 'gpalb2', 'pdl1', 'msiHigh', 'ntrk']);
  });

  it('always lists the rare tests last and keeps display order', () => {
    fc.assert(
      fc.property(profileArb, (x) => {
        const ids = relevantBiomarkers(x);
        expect(ids.slice(-2)).toEqual(['msiHigh', 'ntrk']);
        expect(ids).toEqual(BIOMARKER_IDS.filter((id) => ids.includes(id)));
      }),
    );
  });
});

describe('isQuestionRelevant', () => {
  it('skips menopause and relapse timing when hormone receptors are negative', () => {
    expect(isQuestionRelevant('menopause', p({ hr: 'negative' }))).toBe(false);
    expect(isQuestionRelevant('earlyRelapse', p({ hr: 'negative' }))).toBe(false);
    expect(askMenopause(p({ hr: 'unknown' }))).toBe(true);
    expect(askEarlyRelapse(p({ hr: 'positive' }))).toBe(true);
    expect(askEarlyRelapse(p({ hr: 'negative' }))).toBe(false);
  });

  it('skips the ESR1 question when hormone receptors are negative', () => {
    expect(isQuestionRelevant('biomarkers.esr1', p({ hr: 'negative', her2: 'zero' }))).toBe(false);
    expect(isQuestionRelevant('biomarkers.esr1', p({ hr: 'positive', her2: 'zero' }))).toBe(true);
  });

  it('agrees with relevantBiomarkers and relevantQuestions', () => {
    fc.assert(
      fc.property(profileArb, (x) => {
        for (const id of BIOMARKER_IDS) expect(isQuestionRelevant(`biomarkers.${id}`, x)).toBe(relevantBiomarkers(x).includes(id));
        expect(relevantQuestions(x)).toEqual(QUESTION_IDS.filter((q) => isQuestionRelevant(q, x)));
        for (const q of ['hr', 'her2', 'sites', 'symptoms', 'rapidOrganThreat', 'received', 'metastaticLines'] as const) {
          expect(isQuestionRelevant(q, x)).toBe(true);
        }
      }),
    );
  });
});

describe('completeness', () => {
  it('is 0 for no answers and 1 when every relevant question is answered', () => {
    expect(completeness(emptyProfile())).toBe(0);
    const full = p({
      hr: 'negative', her2: 'zero', sites: ['lung'], rapidOrganThreat: 'no', metastaticLines: 0,
      biomarkers: { ...emptyProfile().biomarkers, gbrca: 'negative', gpalb2: 'negative', pdl1: 'positive', msiHigh: 'negative', ntrk: 'negative' },
    });
    expect(completeness(full)).toBe(1);
  });

  it('counts only relevant questions', () => {
    // HR-negative: menopause and relapse timing are not asked, so they do not lower the share.
    const x = p({ hr: 'negative', her2: 'positive', sites: ['lung'], rapidOrganThreat: 'no', metastaticLines: 1 });
    // asked: hr, her2, msiHigh, ntrk, sites, rapidOrganThreat, metastaticLines → 5 of 7 answered
    expect(completeness(x)).toBeCloseTo(5 / 7, 10);
  });

  it('is a deterministic share between 0 and 1, unaffected by priorities', () => {
    fc.assert(
      fc.property(profileArb, (x) => {
        const c = completeness(x);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
        expect(completeness(structuredClone(x))).toBe(c);
        expect(completeness({ ...x, priorities: {} })).toBe(c);
      }),
    );
  });
});

describe('which step asks which question', () => {
  it('names every question exactly once (the biomarkers as one group)', () => {
    const listed = Object.values(QUESTIONS_BY_STEP).flatMap((qs) => [...qs]);
    const expanded = listed.flatMap((q) => (q === 'biomarkers' ? QUESTION_IDS.filter((id) => id.startsWith('biomarkers.')) : [q]));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...expanded].sort()).toEqual([...QUESTION_IDS].sort());
  });
});
