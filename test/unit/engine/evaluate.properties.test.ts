// Properties of evaluate() over every valid profile (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../../src/engine/index.js';
import { CORE_QUESTIONS, QUESTION_SOURCES } from '../../../src/engine/rules/questions.js';
import { QUESTION_IDS, isQuestionRelevant } from '../../../src/engine/flow.js';
import { APPROACHES_BY_OPTION, OPTION_IDS, STATUSES } from '../../../src/engine/vocabulary.js';
import type { Profile, Status } from '../../../src/engine/types.js';
import { profileArb, prioritiesArb } from './arbitraries.js';
import { MISSING, SOURCE_IDS, allReasons, approach, engineText, resolvePath } from './helpers.js';

const RUNS = { numRuns: 400 };
const ANSWER_PATHS = new Set<string>(QUESTION_IDS);
const RANK: Record<Status, number> = { 'often-considered': 0, 'sometimes-considered': 1, 'depends-on-tests': 2, 'not-usually-used': 3 };

describe('evaluate — properties', () => {
  it('is total and deterministic, also on a structured clone', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = evaluate(p);
        expect(evaluate(p)).toEqual(a);
        expect(evaluate(structuredClone(p))).toEqual(a);
      }),
      RUNS,
    );
  });

  it('does not modify the profile it is given', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const before = structuredClone(p);
        evaluate(p);
        expect(p).toEqual(before);
      }),
      RUNS,
    );
  });

  it('always returns the five options in order, each with all its approaches in order', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = evaluate(p);
        expect(a.options.map((o) => o.id)).toEqual([...OPTION_IDS]);
        for (const o of a.options) expect(o.approaches.map((x) => x.id)).toEqual([...APPROACHES_BY_OPTION[o.id]]);
      }),
      RUNS,
    );
  });

  it('gives every option and approach a status from the vocabulary and at least one reason', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const o of evaluate(p).options) {
          expect(STATUSES).toContain(o.status);
          expect(o.reasons.length).toBeGreaterThan(0);
          for (const x of o.approaches) {
            expect(STATUSES).toContain(x.status);
            expect(x.reasons.length).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives each option the status of its most discussed approach', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const o of evaluate(p).options) {
          const best = o.approaches.reduce((s, x) => (RANK[x.status] < RANK[s] ? x.status : s), 'not-usually-used' as Status);
          expect(o.status).toBe(best);
        }
      }),
      RUNS,
    );
  });

  it('traces every reason: a key with English text, sources that exist, because paths that exist in the profile', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const r of allReasons(evaluate(p))) {
          expect(engineText(r.key), r.key).toBeTypeOf('string');
          expect(r.sources.length).toBeGreaterThan(0);
          for (const s of r.sources) expect(SOURCE_IDS.has(s), s).toBe(true);
          expect(new Set(r.because).size).toBe(r.because.length);
          for (const path of r.because) {
            expect(ANSWER_PATHS.has(path), path).toBe(true);
            expect(resolvePath(p, path), path).not.toBe(MISSING);
          }
        }
      }),
      RUNS,
    );
  });

  it('only leaves `because` empty for the reasons that hold for everyone', () => {
    const unconditional = new Set(['reasons.trials.everyStep', 'reasons.supportive.always']);
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const r of allReasons(evaluate(p))) if (r.because.length === 0) expect(unconditional.has(r.key), r.key).toBe(true);
      }),
      RUNS,
    );
  });

  it('lists clinical trials as often considered at every line, for every profile', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = evaluate(p);
        expect(a.options[4]?.status).toBe('often-considered');
        expect(approach(a, 'trial-search').status).toBe('often-considered');
      }),
      RUNS,
    );
  });

  it('always includes supportive care, starting with care alongside any treatment', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const { reasons } = evaluate(p).supportiveCare;
        expect(reasons.length).toBeGreaterThan(0);
        expect(reasons[0]?.key).toBe('reasons.supportive.always');
      }),
      RUNS,
    );
  });

  it('always starts the questions with the four core questions, in order, with no duplicates', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const { questions } = evaluate(p);
        expect(questions.slice(0, 4)).toEqual([...CORE_QUESTIONS]);
        expect(new Set(questions).size).toBe(questions.length);
        for (const q of questions) {
          expect(engineText(q), q).toBeTypeOf('string');
          expect(QUESTION_SOURCES[q]?.length, q).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('never lets priorities change a status, a reason, the order, missing tests or supportive care', () => {
    fc.assert(
      fc.property(profileArb, prioritiesArb, (p, priorities) => {
        const a = evaluate(p);
        const b = evaluate({ ...p, priorities });
        expect(b.options).toEqual(a.options);
        expect(b.supportiveCare).toEqual(a.supportiveCare);
        expect(b.missing).toEqual(a.missing);
        // Priorities may only add questions: without them, the questions are a subsequence.
        const none = evaluate({ ...p, priorities: {} }).questions;
        let i = 0;
        for (const q of b.questions) if (q === none[i]) i += 1;
        expect(i).toBe(none.length);
      }),
      RUNS,
    );
  });

  // Not known yet: 'unknown', or HER2 "negative" whose score (0, ultralow or low) is still to be asked.
  const notKnownYet = (p: Profile, path: string) => resolvePath(p, path) === 'unknown' || (path === 'her2' && p.her2 === 'negative');

  it("lists as missing only answers that are 'unknown' (or a HER2 score not known), once each, each one a question the UI asks", () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = evaluate(p);
        const fields = a.missing.map((m) => m.field);
        expect(new Set(fields).size).toBe(fields.length);
        for (const m of a.missing) {
          expect(notKnownYet(p, m.field), m.field).toBe(true);
          if (m.why === 'missing.her2Score') expect(p.her2).toBe('negative');
          expect(engineText(m.why), m.why).toBeTypeOf('string');
          expect(isQuestionRelevant(m.field as (typeof QUESTION_IDS)[number], p), m.field).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('traces every missing test to a reason that depends on it', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = evaluate(p);
        const traced = new Set(a.options.flatMap((o) => o.approaches.flatMap((x) => x.reasons.flatMap((r) => r.because))));
        // Germline testing is offered to all men whatever the options (src: asco-male-2020).
        for (const m of a.missing) if (m.why !== 'missing.gbrcaMale') expect(traced.has(m.field), m.field).toBe(true);
      }),
      RUNS,
    );
  });

  it("explains every 'depends-on-tests' approach with an answer the person was not sure about (or symptoms awaiting a scan)", () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const o of evaluate(p).options) {
          for (const x of o.approaches) {
            if (x.status !== 'depends-on-tests') continue;
            const paths = x.reasons.flatMap((r) => r.because);
            const unsure = paths.filter((path) => notKnownYet(p, path));
            if (x.id === 'brain') expect(paths).toContain('symptoms');
            else expect(unsure.length, `${x.id}: ${paths.join(',')}`).toBeGreaterThan(0);
            // Every unknown test it waits for can be answered in the UI.
            for (const path of unsure) expect(isQuestionRelevant(path as (typeof QUESTION_IDS)[number], p), path).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('evaluate — medical invariants', () => {
  const withP = (over: Partial<Profile>) => profileArb.map((p) => ({ ...p, ...over }) as Profile);

  it('hormone receptor-negative: no hormonal approach is usually used', () => {
    fc.assert(
      fc.property(withP({ hr: 'negative' }), (p) => {
        const a = evaluate(p);
        expect(a.options[0]?.approaches.every((x) => x.status === 'not-usually-used')).toBe(true);
        for (const id of ['cdk46-inhibitor', 'pi3k-akt-mtor'] as const) expect(approach(a, id).status).toBe('not-usually-used');
      }),
      RUNS,
    );
  });

  it('HER2-positive: HER2 medicines often; HER2-negative-only approaches not usually used', () => {
    fc.assert(
      fc.property(withP({ her2: 'positive' }), (p) => {
        const a = evaluate(p);
        expect(approach(a, 'her2-directed').status).toBe('often-considered');
        for (const id of ['oral-serd', 'pi3k-akt-mtor', 'her2-low-adc', 'trop2-adc', 'parp-inhibitor', 'immunotherapy'] as const) {
          expect(approach(a, id).status, id).toBe('not-usually-used');
        }
      }),
      RUNS,
    );
  });

  it('HER2 0, low, ultralow or "negative": classic HER2 medicines not usually used', () => {
    fc.assert(
      fc.property(profileArb.filter((p) => ['zero', 'low', 'ultralow', 'negative'].includes(p.her2)), (p) => {
        expect(approach(evaluate(p), 'her2-directed').status).toBe('not-usually-used');
      }),
      RUNS,
    );
  });

  it('HER2 "negative" (score not known) is HER2-negative: every approach but the HER2-low one is the same as for 0, low and ultralow; that one waits for the score where the score decides', () => {
    fc.assert(
      fc.property(profileArb, (base) => {
        const as = (her2: Profile['her2']) => evaluate({ ...base, her2 });
        const neg = as('negative');
        const scored = (['zero', 'low', 'ultralow'] as const).map(as);
        for (const o of neg.options) {
          for (const x of o.approaches) {
            const others = scored.map((a) => approach(a, x.id).status);
            if (x.id !== 'her2-low-adc') {
              expect(new Set(others).size, x.id).toBe(1);
              expect(x.status, x.id).toBe(others[0]);
            } else if (approach(scored[0]!, x.id).status !== approach(scored[1]!, x.id).status && base.metastaticLines !== 0) {
              // 0 and low differ: the score decides, so it depends on the test and the test is listed.
              expect(x.status).toBe('depends-on-tests');
              expect(neg.missing).toContainEqual({ field: 'her2', why: 'missing.her2Score' });
            } else if (new Set(others).size === 1) {
              expect(x.status).toBe(others[0]);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it("HR or HER2 'unknown': listed as missing, and the hormonal or HER2 approach waits for it", () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = evaluate(p);
        if (p.hr === 'unknown') {
          expect(a.missing.map((m) => m.field)).toContain('hr');
          expect(a.options[0]?.status).toBe('depends-on-tests');
        }
        if (p.her2 === 'unknown') {
          expect(a.missing.map((m) => m.field)).toContain('her2');
          expect(approach(a, 'her2-directed').status).toBe('depends-on-tests');
        }
      }),
      RUNS,
    );
  });

  it('visceral crisis: single-agent chemotherapy often, combination sometimes', () => {
    fc.assert(
      fc.property(withP({ rapidOrganThreat: 'yes' }), (p) => {
        const a = evaluate(p);
        expect(approach(a, 'single-agent').status).toBe('often-considered');
        expect(approach(a, 'combination').status).toBe('sometimes-considered');
        expect(a.options[0]?.approaches.some((x) => x.status === 'often-considered')).toBe(false);
      }),
      RUNS,
    );
  });

  it("rapid organ threat 'unknown' is never assumed: same options as 'no'", () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(evaluate({ ...p, rapidOrganThreat: 'unknown' }).options).toEqual(evaluate({ ...p, rapidOrganThreat: 'no' }).options);
      }),
      RUNS,
    );
  });

  it('a TROP2 ADC already received: the TROP2 approach is never often, and says why (update §2)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        if (!p.received.includes('sacituzumab') && !p.received.includes('datopotamab')) return;
        const t = approach(evaluate(p), 'trop2-adc');
        expect(t.status).not.toBe('often-considered');
        if (p.her2 !== 'positive' && p.her2 !== 'unknown' && p.hr !== 'unknown') {
          expect(t.reasons.map((r) => r.key)).toEqual(['reasons.trop2.alreadyReceived']);
        }
      }),
      RUNS,
    );
  });

  it('an ESR1 change with no metastatic line yet and no early relapse never makes an oral SERD often (SERENA-6)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        if (p.biomarkers.esr1 !== 'positive' || p.metastaticLines !== 0 || p.earlyRelapse === 'during-or-within-12-months') return;
        expect(approach(evaluate(p), 'oral-serd').status).not.toBe('often-considered');
      }),
      RUNS,
    );
  });

  it('HER2-positive: no hormonal reason speaks of CDK4/6 inhibitors (update §4)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        if (p.her2 !== 'positive') return;
        const hormonal = evaluate(p).options[0]!;
        for (const r of [...hormonal.reasons, ...hormonal.approaches.flatMap((x) => x.reasons)]) {
          expect(engineText(r.key), r.key).not.toMatch(/CDK4\/6/);
        }
      }),
      RUNS,
    );
  });

  it('first-line triple-negative, PD-L1 known, no gBRCA change: the TROP2 ADC approach is often (NCCN v1.2026)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const tnbc = p.hr === 'negative' && ['zero', 'low', 'ultralow'].includes(p.her2);
        if (!tnbc || p.metastaticLines !== 0 || p.biomarkers.gbrca === 'positive') return;
        if (p.received.includes('sacituzumab') || p.received.includes('datopotamab')) return;
        const a = evaluate(p);
        expect(approach(a, 'trop2-adc').status).toBe('often-considered');
        expect(a.options[1]!.status).toBe('often-considered');
      }),
      RUNS,
    );
  });

  it('a negative test makes its biomarker-defined approach not usually used, traced to the test', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = evaluate(p);
        const tracedTo = (id: Parameters<typeof approach>[1], path: string) => approach(a, id).reasons.some((r) => r.because.includes(path));
        const b = p.biomarkers;
        if (p.hr === 'positive' && p.her2 !== 'positive' && p.her2 !== 'unknown' && b.esr1 === 'negative') {
          expect(approach(a, 'oral-serd').status).toBe('not-usually-used');
          expect(tracedTo('oral-serd', 'biomarkers.esr1')).toBe(true);
        }
        if (p.hr === 'negative' && ['zero', 'low', 'ultralow'].includes(p.her2) && b.pdl1 === 'negative') {
          expect(approach(a, 'immunotherapy').status).toBe('not-usually-used');
        }
        if (p.her2 !== 'positive' && p.her2 !== 'unknown' && b.gbrca === 'negative' && b.gpalb2 !== 'positive') {
          expect(approach(a, 'parp-inhibitor').status).toBe('not-usually-used');
          expect(tracedTo('parp-inhibitor', 'biomarkers.gbrca')).toBe(true);
        }
        if (b.msiHigh === 'negative' && b.ntrk === 'negative') {
          expect(approach(a, 'tumour-agnostic').status).toBe('not-usually-used');
          expect(tracedTo('tumour-agnostic', 'biomarkers.msiHigh')).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
