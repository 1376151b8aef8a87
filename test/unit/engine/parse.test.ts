// parseProfile: never throws, fills defaults, reports every invalid field with its path.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProfile } from '../../../src/engine/index.js';
import { emptyProfile } from '../../../src/engine/profile.js';
import type { Profile } from '../../../src/engine/types.js';
import {
  BIOMARKER_IDS,
  EARLY_RELAPSE_VALUES,
  HER2_VALUES,
  MAX_METASTATIC_LINES,
  MENOPAUSE_VALUES,
  PRIORITY_IDS,
  SITES,
  SYMPTOMS,
  TESTS,
  TREATMENT_IDS,
  YES_NO_UNKNOWN,
} from '../../../src/engine/vocabulary.js';
import { profileArb } from './arbitraries.js';
import { engineText } from './helpers.js';

const RUNS = { numRuns: 300 };
const FIELDS = Object.keys(emptyProfile()) as (keyof Profile)[];

function errorsOf(input: unknown) {
  const r = parseProfile(input);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

/** True when p has exactly the shape and vocabulary of a Profile. */
function isValidProfile(p: Profile): boolean {
  const inOrder = (xs: readonly string[], vocab: readonly string[]) =>
    xs.every((x) => vocab.includes(x)) && xs.every((x, i) => i === 0 || vocab.indexOf(xs[i - 1]!) < vocab.indexOf(x));
  return (
    Object.keys(p).sort().join() === [...FIELDS].sort().join() &&
    (TESTS as readonly string[]).includes(p.hr) &&
    (HER2_VALUES as readonly string[]).includes(p.her2) &&
    (MENOPAUSE_VALUES as readonly string[]).includes(p.menopause) &&
    Object.keys(p.biomarkers).sort().join() === [...BIOMARKER_IDS].sort().join() &&
    Object.values(p.biomarkers).every((v) => (TESTS as readonly string[]).includes(v)) &&
    inOrder(p.sites, SITES) &&
    inOrder(p.symptoms, SYMPTOMS) &&
    inOrder(p.received, TREATMENT_IDS) &&
    (YES_NO_UNKNOWN as readonly string[]).includes(p.rapidOrganThreat) &&
    (EARLY_RELAPSE_VALUES as readonly string[]).includes(p.earlyRelapse) &&
    (p.metastaticLines === 'unknown' ||
      (Number.isInteger(p.metastaticLines) && p.metastaticLines >= 0 && p.metastaticLines <= MAX_METASTATIC_LINES)) &&
    Object.entries(p.priorities).every(([k, v]) => (PRIORITY_IDS as readonly string[]).includes(k) && [0, 1, 2, 3, 4].includes(v))
  );
}

describe('parseProfile — examples', () => {
  it('turns an empty object into the empty profile', () => {
    expect(parseProfile({})).toEqual({ ok: true, profile: emptyProfile() });
  });

  it('fills every missing field of a partial answer with "not sure" or empty', () => {
    const r = parseProfile({ hr: 'positive', biomarkers: { esr1: 'positive' }, sites: ['liver'] });
    expect(r).toEqual({
      ok: true,
      profile: { ...emptyProfile(), hr: 'positive', biomarkers: { ...emptyProfile().biomarkers, esr1: 'positive' }, sites: ['liver'] },
    });
    expect('errors' in r).toBe(false);
  });

  it('accepts every HER2 answer, "negative" (score not known) included, and still reads profiles saved before it existed', () => {
    for (const her2 of ['positive', 'low', 'ultralow', 'zero', 'negative', 'unknown']) {
      const r = parseProfile({ hr: 'positive', her2 });
      expect(r.ok && r.profile.her2, her2).toBe(her2);
    }
    // A profile as the first release wrote it (every field present, old HER2 vocabulary).
    const old = { ...emptyProfile(), hr: 'negative', her2: 'zero', metastaticLines: 1, received: ['taxane'] };
    expect(parseProfile(JSON.parse(JSON.stringify(old)))).toEqual({ ok: true, profile: old });
    expect(parseProfile({ her2: 'HER2-negative' })).toMatchObject({ ok: false, errors: [{ path: 'her2' }] });
  });

  it('rejects anything that is not an object', () => {
    for (const input of [null, undefined, 0, 'hr', true, [], [{}], () => 1, Symbol('x'), 10n]) {
      expect(errorsOf(input)).toEqual([{ path: '', message: 'errors.notAnObject' }]);
    }
  });

  it('reports wrong types, values outside the vocabulary, unknown fields and duplicates, each with its path', () => {
    const errors = errorsOf({
      hr: 1,
      her2: 'very-low',
      biomarkers: { esr1: 'yes', kras: 'positive' },
      sites: ['bone', 'moon', 'bone', 7],
      received: 'taxane',
      metastaticLines: 2.5,
      priorities: { 'keep-hair': 9, 'longer-life': '4', karma: 1 },
      colour: 'blue',
    });
    expect(errors).toEqual([
      { path: 'hr', message: 'errors.wrongType' },
      { path: 'her2', message: 'errors.notInVocabulary' },
      { path: 'biomarkers.esr1', message: 'errors.notInVocabulary' },
      { path: 'biomarkers.kras', message: 'errors.unknownField' },
      { path: 'sites[1]', message: 'errors.notInVocabulary' },
      { path: 'sites[2]', message: 'errors.duplicate' },
      { path: 'sites[3]', message: 'errors.wrongType' },
      { path: 'metastaticLines', message: 'errors.outOfRange' },
      { path: 'received', message: 'errors.wrongType' },
      { path: 'priorities.longer-life', message: 'errors.wrongType' },
      { path: 'priorities.keep-hair', message: 'errors.outOfRange' },
      { path: 'priorities.karma', message: 'errors.unknownField' },
      { path: 'colour', message: 'errors.unknownField' },
    ]);
    for (const e of errors) expect(engineText(e.message)).toBeTypeOf('string');
  });

  it('accepts metastaticLines 0..MAX or "unknown" only', () => {
    expect(parseProfile({ metastaticLines: 0 }).ok).toBe(true);
    expect(parseProfile({ metastaticLines: MAX_METASTATIC_LINES }).ok).toBe(true);
    expect(parseProfile({ metastaticLines: 'unknown' }).ok).toBe(true);
    expect(errorsOf({ metastaticLines: MAX_METASTATIC_LINES + 1 })).toEqual([{ path: 'metastaticLines', message: 'errors.outOfRange' }]);
    expect(errorsOf({ metastaticLines: -1 })).toEqual([{ path: 'metastaticLines', message: 'errors.outOfRange' }]);
    expect(errorsOf({ metastaticLines: Number.NaN })).toEqual([{ path: 'metastaticLines', message: 'errors.outOfRange' }]);
    expect(errorsOf({ metastaticLines: '2' })).toEqual([{ path: 'metastaticLines', message: 'errors.notInVocabulary' }]);
    expect(errorsOf({ metastaticLines: null })).toEqual([{ path: 'metastaticLines', message: 'errors.wrongType' }]);
    const r = parseProfile({ metastaticLines: -0, priorities: { 'keep-hair': -0 } });
    expect(r.ok && Object.is(r.profile.metastaticLines, 0) && Object.is(r.profile.priorities['keep-hair'], 0)).toBe(true);
  });

  it('ignores inherited values and reports an own "__proto__" key without polluting anything', () => {
    const inherited = Object.create({ hr: 'positive' }) as object;
    expect(parseProfile(inherited)).toEqual({ ok: true, profile: emptyProfile() });
    const hostile = JSON.parse('{"__proto__": {"hr": "positive", "polluted": true}, "biomarkers": {"__proto__": {"esr1": "positive"}}}');
    expect(errorsOf(hostile)).toEqual([
      { path: 'biomarkers.__proto__', message: 'errors.unknownField' },
      { path: '__proto__', message: 'errors.unknownField' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const withoutPrototype = Object.assign(Object.create(null) as object, { hr: 'negative' });
    expect(parseProfile(withoutPrototype)).toEqual({ ok: true, profile: { ...emptyProfile(), hr: 'negative' } });
  });

  it('survives cyclic objects, throwing getters, revoked proxies and huge arrays', () => {
    const cyclic: Record<string, unknown> = { hr: 'positive' };
    cyclic.self = cyclic;
    cyclic.biomarkers = { esr1: cyclic };
    expect(errorsOf(cyclic)).toEqual([
      { path: 'biomarkers.esr1', message: 'errors.wrongType' },
      { path: 'self', message: 'errors.unknownField' },
    ]);
    const getter = Object.defineProperty({}, 'hr', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(errorsOf(getter)).toEqual([{ path: '', message: 'errors.unreadable' }]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorsOf(proxy)).toEqual([{ path: '', message: 'errors.unreadable' }]);
    const huge = new Array(1_000_000).fill('bone');
    expect(errorsOf({ sites: huge })).toEqual([{ path: 'sites', message: 'errors.tooLong' }]);
    expect(errorsOf({ received: [, 'taxane'] })).toEqual([{ path: 'received[0]', message: 'errors.wrongType' }]);
  });

  it('returns a fresh profile with lists in vocabulary order, sharing nothing with the input', () => {
    const input = { sites: ['liver', 'bone'], symptoms: ['breathing', 'bone-pain'], received: ['taxane', 'aromatase-inhibitor'], priorities: { 'keep-hair': 2 } };
    const r = parseProfile(input);
    if (!r.ok) throw new Error('invalid');
    expect(r.profile.sites).toEqual(['bone', 'liver']);
    expect(r.profile.symptoms).toEqual(['bone-pain', 'breathing']);
    expect(r.profile.received).toEqual(['aromatase-inhibitor', 'taxane']);
    expect(r.profile.sites).not.toBe(input.sites);
    expect(r.profile.priorities).not.toBe(input.priorities);
    input.sites.push('brain');
    input.priorities['keep-hair'] = 4;
    expect(r.profile.sites).toEqual(['bone', 'liver']);
    expect(r.profile.priorities).toEqual({ 'keep-hair': 2 });
  });

  it('treats an explicit undefined as a missing answer', () => {
    expect(parseProfile({ hr: undefined, sites: undefined, priorities: { 'keep-hair': undefined } })).toEqual({ ok: true, profile: emptyProfile() });
  });
});

// Ways to break one field, each with the single path that must be reported.
type Injection = { apply: (o: Record<string, any>) => void; path: (o: Record<string, any>) => string };
const badScalar = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string().map((s) => `bad:${s}`), fc.array(fc.nat(), { maxLength: 2 }));
const scalarInjection = (field: string): fc.Arbitrary<Injection> =>
  badScalar.map((v) => ({ apply: (o) => void (o[field] = v), path: () => field }));
const biomarkerInjection = (id: string): fc.Arbitrary<Injection> =>
  badScalar.map((v) => ({ apply: (o) => void (o.biomarkers[id] = v), path: () => `biomarkers.${id}` }));
const listInjection = (field: 'sites' | 'symptoms' | 'received'): fc.Arbitrary<Injection> =>
  fc.oneof(badScalar, fc.constant('duplicate')).map((v) => ({
    path: (o) => `${field}[${o[field].length}]`,
    apply: (o) => {
      const list = o[field] as unknown[];
      list.push(v === 'duplicate' ? (list[0] ?? 7) : v);
    },
  }));
const priorityInjection = (id: string): fc.Arbitrary<Injection> =>
  fc.oneof(fc.constantFrom(5, -1, 2.5, Number.NaN, '3', null, true)).map((v) => ({ apply: (o) => void (o.priorities[id] = v), path: () => `priorities.${id}` }));
const linesInjection: fc.Arbitrary<Injection> = fc
  .oneof(fc.integer({ min: MAX_METASTATIC_LINES + 1 }), fc.integer({ max: -1 }), fc.double({ min: 0.1, max: 5, noInteger: true }), badScalar.filter((v) => typeof v !== 'number' || v < 0 || v > MAX_METASTATIC_LINES))
  .map((v) => ({ apply: (o) => void (o.metastaticLines = v), path: () => 'metastaticLines' }));
const unknownFieldInjection: fc.Arbitrary<Injection> = fc
  .constantFrom('extra', 'HR', 'constructor', 'toString', 'biomarker', 'x-y')
  .map((k) => ({ apply: (o) => void (o[k] = 1), path: () => k }));

const SITES_OF_INJECTION: Record<string, fc.Arbitrary<Injection>> = {
  hr: scalarInjection('hr'),
  her2: scalarInjection('her2'),
  menopause: scalarInjection('menopause'),
  rapidOrganThreat: scalarInjection('rapidOrganThreat'),
  earlyRelapse: scalarInjection('earlyRelapse'),
  metastaticLines: linesInjection,
  sites: listInjection('sites'),
  symptoms: listInjection('symptoms'),
  received: listInjection('received'),
  unknown: unknownFieldInjection,
  ...Object.fromEntries(BIOMARKER_IDS.map((id) => [`b.${id}`, biomarkerInjection(id)])),
  ...Object.fromEntries(PRIORITY_IDS.map((id) => [`p.${id}`, priorityInjection(id)])),
};

describe('parseProfile — properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true }), (x) => {
        const r = parseProfile(x);
        if (r.ok) expect(isValidProfile(r.profile)).toBe(true);
        else expect(r.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on a valid profile with one field replaced by anything', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...FIELDS, 'extra'), fc.anything(), (p, field, junk) => {
        const input: Record<string, unknown> = structuredClone(p) as unknown as Record<string, unknown>;
        input[field] = junk;
        const r = parseProfile(input);
        if (r.ok) expect(isValidProfile(r.profile)).toBe(true);
        else for (const e of r.errors) expect(engineText(e.message), e.message).toBeTypeOf('string');
      }),
      RUNS,
    );
  });

  it('round-trips every valid profile to an equal, fresh profile (also through JSON)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const r = parseProfile(p);
        expect(r).toEqual({ ok: true, profile: p });
        if (r.ok) {
          expect(r.profile).not.toBe(p);
          expect(r.profile.sites).not.toBe(p.sites);
          expect(r.profile.biomarkers).not.toBe(p.biomarkers);
        }
        expect(parseProfile(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, profile: p });
      }),
      RUNS,
    );
  });

  it('gives equal profiles for equal answers in any list order', () => {
    fc.assert(
      fc.property(profileArb, fc.nat(), (p, seed) => {
        const shuffle = <T,>(xs: T[]) => xs.map((x, i) => [x, (i * 7919 + seed) % 101] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);
        const input = { ...p, sites: shuffle(p.sites), symptoms: shuffle(p.symptoms), received: shuffle(p.received) };
        expect(parseProfile(input)).toEqual({ ok: true, profile: p });
      }),
      RUNS,
    );
  });

  it('fills defaults for any subset of fields left out', () => {
    fc.assert(
      fc.property(profileArb, fc.subarray([...FIELDS]), (p, dropped) => {
        const input: Record<string, unknown> = { ...p };
        for (const f of dropped) delete input[f];
        const r = parseProfile(input);
        const empty = emptyProfile();
        expect(r.ok).toBe(true);
        if (r.ok) for (const f of FIELDS) expect(r.profile[f]).toEqual(dropped.includes(f) ? empty[f] : p[f]);
      }),
      RUNS,
    );
  });

  it('reports exactly the paths of the k fields made invalid', () => {
    const keys = Object.keys(SITES_OF_INJECTION);
    const injected = fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 8 }).chain((chosen) =>
      fc.tuple(...chosen.map((k) => SITES_OF_INJECTION[k]!)),
    );
    fc.assert(
      fc.property(profileArb, injected, (p, injections) => {
        const input: Record<string, any> = structuredClone(p);
        const expected = injections.map((inj) => {
          const path = inj.path(input);
          inj.apply(input);
          return path;
        });
        const r = parseProfile(input);
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.errors.map((e) => e.path).sort()).toEqual([...expected].sort());
          for (const e of r.errors) expect(engineText(e.message), e.message).toBeTypeOf('string');
        }
      }),
      RUNS,
    );
  });
});
