// Live trial search (trials="live"): one request to the ClinicalTrials.gov API, only when the person
// presses the button, sending only the subtype search words — no answers, no cookies, no referrer.
// The response is untrusted: we keep a few plain-text fields and never render markup from it.
import type { Profile } from '../engine/index.js';
import { subtypeTerm } from './trial-link.js';
import { fetchJson } from '../util/asset-url.js';
import { isRecord } from '../util/is-record.js';

const API = 'https://clinicaltrials.gov/api/v2/studies';
export const STUDY_PAGE = 'https://clinicaltrials.gov/study/';
const STATUSES = ['RECRUITING', 'NOT_YET_RECRUITING'] as const;
export type TrialStatus = (typeof STATUSES)[number];

export interface TrialSummary {
  nctId: string;
  title: string;
  status: TrialStatus;
  /** Registry phase values we know how to name: PHASE1–PHASE4, EARLY_PHASE1 ('NA' is dropped). */
  phases: string[];
}

export interface TrialResults {
  trials: TrialSummary[];
  total: number;
}

export function trialSearchApiUrl(p: Profile, pageSize = 10): string {
  const url = new URL(API);
  url.searchParams.set('query.cond', 'metastatic breast cancer');
  const term = subtypeTerm(p);
  if (term) url.searchParams.set('query.term', term);
  url.searchParams.set('filter.overallStatus', STATUSES.join(','));
  url.searchParams.set('pageSize', String(pageSize));
  url.searchParams.set('countTotal', 'true');
  url.searchParams.set('format', 'json');
  return url.href;
}

const path = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);

/** Keeps only well-formed, recruiting studies (the registry's own filters are re-checked here). */
export function parseTrialResults(data: unknown): TrialResults | undefined {
  const studies = path(data, 'studies');
  if (!Array.isArray(studies)) return undefined;
  const trials: TrialSummary[] = [];
  for (const s of studies) {
    const nctId = path(s, 'protocolSection', 'identificationModule', 'nctId');
    const title = path(s, 'protocolSection', 'identificationModule', 'briefTitle');
    const status = path(s, 'protocolSection', 'statusModule', 'overallStatus');
    const phases = path(s, 'protocolSection', 'designModule', 'phases');
    if (typeof nctId !== 'string' || !/^NCT\d{8}$/.test(nctId) || typeof title !== 'string' || !title.trim()) continue;
    if (!(STATUSES as readonly unknown[]).includes(status)) continue;
    trials.push({
      nctId,
      title: title.trim().slice(0, 300),
      status: status as TrialStatus,
      phases: Array.isArray(phases) ? phases.filter((ph): ph is string => typeof ph === 'string' && /^(EARLY_PHASE1|PHASE[1-4])$/.test(ph)) : [],
    });
  }
  const total = path(data, 'totalCount');
  return { trials, total: typeof total === 'number' && total >= trials.length ? total : trials.length };
}

export async function searchTrials(p: Profile): Promise<TrialResults> {
  const data = await fetchJson(trialSearchApiUrl(p), { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
  const parsed = parseTrialResults(data);
  if (!parsed) throw new Error('ClinicalTrials.gov: unexpected response');
  return parsed;
}
