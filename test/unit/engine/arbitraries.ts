// Reusable fast-check arbitraries for engine inputs. `profileArb` yields valid, parsed-shape Profiles
// (arrays in vocabulary order, no duplicates), so parseProfile(p) round-trips to an equal profile.
import fc from 'fast-check';
import type { BiomarkerId, PriorityId, PriorityLevel, Profile, Test } from '../../../src/engine/types.js';
import {
  BIOMARKER_IDS,
  EARLY_RELAPSE_VALUES,
  HER2_VALUES,
  MAX_METASTATIC_LINES,
  MENOPAUSE_VALUES,
  PRIORITY_IDS,
  PRIORITY_LEVELS,
  SITES,
  SYMPTOMS,
  TESTS,
  TREATMENT_IDS,
  YES_NO_UNKNOWN,
} from '../../../src/engine/vocabulary.js';

export const testArb: fc.Arbitrary<Test> = fc.constantFrom(...TESTS);

export const biomarkersArb: fc.Arbitrary<Profile['biomarkers']> = fc.record(
  Object.fromEntries(BIOMARKER_IDS.map((id) => [id, testArb])) as Record<BiomarkerId, fc.Arbitrary<Test>>,
);

export const priorityLevelArb: fc.Arbitrary<PriorityLevel> = fc.constantFrom(...PRIORITY_LEVELS);

/** Any subset of priorities rated, each 0..4. */
export const prioritiesArb: fc.Arbitrary<Profile['priorities']> = fc.record(
  Object.fromEntries(PRIORITY_IDS.map((id) => [id, priorityLevelArb])) as Record<PriorityId, fc.Arbitrary<PriorityLevel>>,
  { requiredKeys: [] },
);

/** Mostly early lines (where the rules branch most), sometimes anything up to the maximum. */
export const linesArb: fc.Arbitrary<Profile['metastaticLines']> = fc.oneof(
  fc.constant('unknown' as const),
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: MAX_METASTATIC_LINES }),
);

export const profileArb: fc.Arbitrary<Profile> = fc.record({
  hr: testArb,
  her2: fc.constantFrom(...HER2_VALUES),
  menopause: fc.constantFrom(...MENOPAUSE_VALUES),
  biomarkers: biomarkersArb,
  sites: fc.subarray([...SITES]),
  rapidOrganThreat: fc.constantFrom(...YES_NO_UNKNOWN),
  symptoms: fc.subarray([...SYMPTOMS]),
  earlyRelapse: fc.constantFrom(...EARLY_RELAPSE_VALUES),
  metastaticLines: linesArb,
  received: fc.subarray([...TREATMENT_IDS]),
  priorities: prioritiesArb,
});
