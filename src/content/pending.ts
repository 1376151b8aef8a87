// Facts that hang on a decision or a result not known when the content was reviewed (the December 2026
// update file marks them). Each names what may change, what to re-check and by when; `npm run
// content:due` lists every one whose date has passed, with its sources. Kept out of knowledge.json:
// it is for the people who maintain the content, not for the person reading the comparison.
import type { SourceId } from '../engine/types.js';
import type { IsoDate } from './types.js';

export interface Pending {
  /**
   * What the re-check may change: 'approach:<id>', 'evidence:<id>', 'option:<id>', 'drug:<id>' or
   * 'reason:<engine message key>' (tested to exist).
   */
  items: string[];
  /** Re-check on or after this date. */
  recheckBy: IsoDate;
  /** What to re-check, and what to change if it turned out one way or the other. */
  what: string;
  sources: SourceId[];
}

export const PENDING: readonly Pending[] = [
  {
    items: ['reason:reasons.pi3k.negative', 'approach:pi3k-akt-mtor'],
    recheckBy: '2026-07-17',
    what:
      'FDA decision on gedatolisib with fulvestrant, with or without palbociclib, for PIK3CA wild-type HR+/HER2- cancer ' +
      'after a CDK4/6 inhibitor (VIKTORIA-1; decision date 17 Jul 2026, outcome not verified). If approved, "pills aimed ' +
      'at them do not fit" is wrong for PIK3CA wild-type cancer: add the drug, a VIKTORIA-1 card and change the rule.',
    sources: ['gedatolisib-nda'],
  },
  {
    items: ['reason:reasons.oralSerd.camizestrant', 'approach:oral-serd'],
    recheckBy: '2026-08-31',
    what:
      'Camizestrant (SERENA-6): the European Commission decision after the May 2026 CHMP opinion (not verified) and the ' +
      'FDA decision after its extended review (advisory committee 6-3 against, 30 Apr 2026). Update the reason text.',
    sources: ['camizestrant-regulatory', 'serena-6'],
  },
  {
    items: ['approach:oral-serd', 'reason:reasons.oralSerd.esr1Positive'],
    recheckBy: '2026-12-18',
    what:
      'FDA decision on giredestrant with everolimus for ESR1-mutated ER+/HER2- cancer after endocrine therapy (evERA; ' +
      'decision date 18 Dec 2026). If approved: add the drug, an evERA card, and name it in the oral-SERD text.',
    sources: ['giredestrant-everolimus-nda'],
  },
  {
    items: ['approach:oral-serd', 'reason:reasons.oralSerd.esr1Positive'],
    recheckBy: '2026-09-18',
    what:
      'Reported in September 2026: FDA approval of imlunestrant with abemaciclib (EMBER-3 combination arm) for ' +
      'ESR1-mutated ER+/HER2- cancer (not in the update file; not verified). Verify on fda.gov; if approved, name ' +
      'the combination in the oral-SERD text and add its evidence.',
    sources: ['fda-imlunestrant'],
  },
  {
    items: ['evidence:inavo120'],
    recheckBy: '2027-01-31',
    what:
      'INAVO120 final overall survival (34.0 vs 27.0 months, HR 0.67, not verified): show it only from its publication, ' +
      'and severe high blood sugar with the comparison arm if that publication gives it.',
    sources: ['fda-inavolisib-snapshot', 'inavolisib-label'],
  },
  {
    items: ['reason:reasons.cdk46.afterAdjuvant'],
    recheckBy: '2027-03-31',
    what:
      'Guideline position on a first-line CDK4/6 inhibitor after relapse during or soon after an adjuvant CDK4/6 ' +
      'inhibitor (the engine says "sometimes"; no guideline text verified).',
    sources: ['asco-endocrine-2024', 'postmonarch'],
  },
  {
    items: ['evidence:ascent-03', 'evidence:ascent-04', 'evidence:tropion-breast02'],
    recheckBy: '2027-06-30',
    what:
      'Final overall survival of ASCENT-03 and ASCENT-04 (not final at the first reports), and the TROPION-Breast02 ' +
      'journal paper: update each card from one publication and one data cut.',
    sources: ['ascent-03', 'ascent-04', 'tropion-breast02'],
  },
];
