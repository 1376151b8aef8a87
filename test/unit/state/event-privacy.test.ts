// Hosts forward our events to analytics. Nothing in a detail may let anyone infer an answer's value:
// two profiles that differ only in the values of their answers must give equal details.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Profile } from '../../../src/engine/types.js';
import { profileChangeDetail } from '../../../src/util/events.js';
import { emptyProfile } from '../../../src/engine/profile.js';
import {
  BIOMARKER_IDS,
  EARLY_RELAPSE_VALUES,
  HER2_VALUES,
  MAX_METASTATIC_LINES,
  MENOPAUSE_VALUES,
  PRIORITY_IDS,
  SITES,
  SYMPTOMS,
  TREATMENT_IDS,
  YES_NO_UNKNOWN,
} from '../../../src/engine/vocabulary.js';
import { profileArb } from '../engine/arbitraries.js';

const known = <T extends string>(values: readonly T[]) => values.filter((v) => v !== 'unknown');

/** Another profile with the same questions answered (and the same left "not sure"), but other values. */
const sameShape = (p: Profile): fc.Arbitrary<Profile> => {
  const keep = <T extends string>(v: T, values: readonly T[]): fc.Arbitrary<T> => (v === 'unknown' ? fc.constant(v) : fc.constantFrom(...known(values)));
  return fc.record({
    hr: keep(p.hr, ['positive', 'negative', 'unknown'] as const),
    her2: keep(p.her2, HER2_VALUES),
    menopause: keep(p.menopause, MENOPAUSE_VALUES),
    biomarkers: fc.record(
      Object.fromEntries(BIOMARKER_IDS.map((id) => [id, keep(p.biomarkers[id], ['positive', 'negative', 'unknown'] as const)])) as {
        [K in keyof Profile['biomarkers']]: fc.Arbitrary<Profile['biomarkers'][K]>;
      },
    ),
    sites: p.sites.length ? fc.subarray([...SITES], { minLength: 1 }) : fc.constant([]),
    rapidOrganThreat: keep(p.rapidOrganThreat, YES_NO_UNKNOWN),
    symptoms: fc.subarray([...SYMPTOMS]),
    earlyRelapse: keep(p.earlyRelapse, EARLY_RELAPSE_VALUES),
    metastaticLines: p.metastaticLines === 'unknown' ? fc.constant('unknown' as const) : fc.integer({ min: 0, max: MAX_METASTATIC_LINES }),
    received: fc.subarray([...TREATMENT_IDS]),
    priorities: fc.record(
      Object.fromEntries(PRIORITY_IDS.filter((id) => p.priorities[id] !== undefined).map((id) => [id, fc.constantFrom(0, 1, 2, 3, 4)])),
    ) as fc.Arbitrary<Profile['priorities']>,
  }) as fc.Arbitrary<Profile>;
};

describe('mbc-profile-change detail', () => {
  it('is equal for profiles that differ only in answer values (5000 random pairs)', () => {
    fc.assert(
      fc.property(profileArb.chain((p) => fc.tuple(fc.constant(p), sameShape(p))), ([p, q]) => {
        expect(profileChangeDetail(q)).toEqual(profileChangeDetail(p));
      }),
      { numRuns: 5000 },
    );
  }, 60000);

  it('the reviewers’ case: the same two answers give the same detail whatever the subtype', () => {
    const two = (hr: Profile['hr'], her2: Profile['her2']): Profile => ({ ...emptyProfile(), hr, her2 });
    const details = [two('positive', 'low'), two('negative', 'zero'), two('positive', 'positive'), two('negative', 'positive')].map(profileChangeDetail);
    for (const d of details) expect(d).toEqual(details[0]);
  });

  it('holds only numbers, and still counts progress', () => {
    const d = profileChangeDetail({ ...emptyProfile(), hr: 'positive', sites: ['bone'] });
    expect(Object.values(d).every((v) => typeof v === 'number')).toBe(true);
    expect(d.answered).toBe(2);
    expect(profileChangeDetail(emptyProfile()).answered).toBe(0);
  });
});
