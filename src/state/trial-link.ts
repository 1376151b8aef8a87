// The ClinicalTrials.gov search link for the person's subtype. It is only a link: nothing is sent
// anywhere until the person opens it (fact base: clinicaltrials-gov-api.md §6, "link, don't copy").
import type { Profile } from '../engine/index.js';

const BASE = 'https://clinicaltrials.gov/search';

/** Search words for the subtype, in English because the registry is searched in English. */
export function subtypeTerm(p: Profile): string | undefined {
  if (p.her2 === 'positive') return 'HER2-positive';
  if (p.hr === 'negative' && (p.her2 === 'zero' || p.her2 === 'low' || p.her2 === 'ultralow' || p.her2 === 'negative')) return 'triple negative';
  if (p.hr === 'positive' && (p.her2 === 'low' || p.her2 === 'ultralow')) return 'HER2-low';
  if (p.hr === 'positive') return 'hormone receptor positive';
  return undefined;
}

export function trialSearchUrl(p: Profile): string {
  const url = new URL(BASE);
  url.searchParams.set('cond', 'Metastatic Breast Cancer');
  const term = subtypeTerm(p);
  if (term) url.searchParams.set('term', term);
  url.searchParams.set('aggFilters', 'status:rec');
  return url.href;
}
