// Type-level tests (checked by `npm run typecheck`, never run): what TypeScript users may and may
// not write. Each @ts-expect-error fails the type-check if the line under it starts to compile.
import type { MbcDecisionAid } from '../../src/components/decision-aid/decision-aid.js';
import type { ErrorCode, ProfileInput } from '../../src/index.js';

declare const el: MbcDecisionAid;

// The tag name map gives the element's own type.
const found: MbcDecisionAid | null = document.querySelector('mbc-decision-aid');
void found;
const made: MbcDecisionAid = document.createElement('mbc-decision-aid');
void made;

el.profile = { hr: 'positive', her2: 'low', biomarkers: { esr1: 'positive' }, sites: ['bone'] };
el.profile = el.profile; // a whole Profile is valid input
const partial: ProfileInput = { metastaticLines: 'unknown' };
el.profile = partial;
// @ts-expect-error not a profile
el.profile = 42;
// @ts-expect-error outside the vocabulary
el.profile = { hr: 'sometimes' };
// @ts-expect-error not a biomarker
el.profile = { biomarkers: { brca3: 'positive' } };
el.mode = 'clinician';
// @ts-expect-error not a mode
el.mode = 'doctor';
el.storage = 'local';
// @ts-expect-error not a storage mode
el.storage = 'forever';
el.trials = 'live';
// @ts-expect-error not a trials mode
el.trials = 'always';
el.colorScheme = 'auto';
// @ts-expect-error not a colour scheme
el.colorScheme = 'dark';
el.step = 'comparison';
// @ts-expect-error not a step
el.step = 'results';
// @ts-expect-error read-only
el.assessment = null;

// Events carry typed details.
el.addEventListener('mbc-step-change', (e) => {
  const step: 'intro' | 'receptors' | 'treatments' | 'priorities' | 'comparison' | 'summary' = e.detail.step;
  void step;
});
el.addEventListener('mbc-error', (e) => {
  const code: ErrorCode = e.detail.code;
  // @ts-expect-error codes are a closed list
  const bad: typeof code = 'oops';
  void bad;
});
el.addEventListener('mbc-profile-change', (e) => {
  const n: number = e.detail.completeness;
  // @ts-expect-error the detail never carries answers
  void e.detail.profile;
  void n;
});
