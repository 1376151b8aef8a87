// The registry's answer is untrusted. We keep a few fields as plain text (control characters and
// markup-looking brackets removed, lengths capped), drop anything malformed, re-check the status
// filter ourselves, and build links only from a strictly checked NCT number.
import { safeHref } from '../../util/safe-url.js';
import { isRecord } from '../../util/is-record.js';
import { STATUSES } from './request.js';

export type StudyStatus = (typeof STATUSES)[number];
const PHASES = ['EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4'] as const;
export type Phase = (typeof PHASES)[number];

export interface Site {
  facility: string;
  city: string;
  state: string;
  country: string;
}

export interface Intervention {
  name: string;
  /** The registry's type, e.g. DRUG; '' when missing or unknown to us. */
  type: string;
}

export interface Study {
  nctId: string;
  title: string;
  status: StudyStatus;
  phases: Phase[];
  interventions: Intervention[];
  /** At most MAX_SITES; siteCount is the full number in the record. */
  sites: Site[];
  siteCount: number;
  /** Text the eligibility words are looked for in: title, conditions, keywords, criteria (capped). */
  searchText: string;
  /** YYYY-MM-DD or YYYY-MM, or '' when missing. */
  updated: string;
}

export interface StudyPage {
  studies: Study[];
  total: number;
  nextPageToken: string | undefined;
}

export const MAX = { title: 300, name: 120, place: 80, interventions: 8, sites: 400, text: 20000, studies: 50 } as const;
const INTERVENTION_TYPES = ['DRUG', 'BIOLOGICAL', 'RADIATION', 'PROCEDURE', 'DEVICE', 'BEHAVIORAL', 'DIETARY_SUPPLEMENT', 'GENETIC', 'COMBINATION_PRODUCT', 'DIAGNOSTIC_TEST', 'OTHER'];

const get = (v: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((o, k) => (isRecord(o) ? o[k] : undefined), v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Plain, single-line text: no control characters, no angle brackets, whitespace collapsed, capped. */
export function plain(v: unknown, max: number): string {
  if (typeof v !== 'string') return '';
  const s = v
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

const isNctId = (v: unknown): v is string => typeof v === 'string' && /^NCT\d{8}$/.test(v);

/** The only links we make from a response: the registry's own study page for a checked NCT number. */
export function studyPageUrl(nctId: string): string | undefined {
  return isNctId(nctId) ? safeHref(`https://clinicaltrials.gov/study/${nctId}`) : undefined;
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(v);

/** Opaque, but bounded: a page token is echoed back to the API, so it must be a short plain token. */
const isPageToken = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_\-.~]{1,256}$/.test(v);

function parseStudy(s: unknown): Study | undefined {
  const p = get(s, 'protocolSection');
  const nctId = get(p, 'identificationModule', 'nctId');
  const title = plain(get(p, 'identificationModule', 'briefTitle'), MAX.title);
  const status = get(p, 'statusModule', 'overallStatus');
  if (!isNctId(nctId) || !title || !(STATUSES as readonly unknown[]).includes(status)) return undefined;
  const phases = list(get(p, 'designModule', 'phases')).filter((ph): ph is Phase => (PHASES as readonly unknown[]).includes(ph));
  const interventions: Intervention[] = [];
  for (const i of list(get(p, 'armsInterventionsModule', 'interventions'))) {
    const name = plain(get(i, 'name'), MAX.name);
    if (!name || interventions.some((x) => x.name.toLowerCase() === name.toLowerCase())) continue;
    const type = get(i, 'type');
    interventions.push({ name, type: typeof type === 'string' && INTERVENTION_TYPES.includes(type) ? type : '' });
    if (interventions.length === MAX.interventions) break;
  }
  const rawSites = list(get(p, 'contactsLocationsModule', 'locations'));
  const sites: Site[] = [];
  for (const l of rawSites.slice(0, MAX.sites)) {
    const site = {
      facility: plain(get(l, 'facility'), MAX.name),
      city: plain(get(l, 'city'), MAX.place),
      state: plain(get(l, 'state'), MAX.place),
      country: plain(get(l, 'country'), MAX.place),
    };
    if (site.facility || site.city || site.country) sites.push(site);
  }
  const words = [
    title,
    ...list(get(p, 'conditionsModule', 'conditions')).map((c) => plain(c, MAX.title)),
    ...list(get(p, 'conditionsModule', 'keywords')).map((c) => plain(c, MAX.title)),
    plain(get(p, 'eligibilityModule', 'eligibilityCriteria'), MAX.text),
  ];
  const updated = get(p, 'statusModule', 'lastUpdatePostDateStruct', 'date');
  return {
    nctId,
    title,
    status: status as StudyStatus,
    phases,
    interventions,
    sites,
    siteCount: rawSites.length,
    searchText: words.join(' \n ').slice(0, MAX.text),
    updated: isDate(updated) ? updated : '',
  };
}

/** undefined when the answer is not a studies response at all (the caller says "unexpected answer"). */
export function parseStudyPage(data: unknown): StudyPage | undefined {
  const raw = get(data, 'studies');
  if (!Array.isArray(raw)) return undefined;
  const studies: Study[] = [];
  for (const s of raw.slice(0, MAX.studies)) {
    const study = parseStudy(s);
    if (study && !studies.some((x) => x.nctId === study.nctId)) studies.push(study);
  }
  const total = get(data, 'totalCount');
  const next = get(data, 'nextPageToken');
  return {
    studies,
    total: typeof total === 'number' && Number.isSafeInteger(total) && total >= studies.length ? total : studies.length,
    nextPageToken: isPageToken(next) ? next : undefined,
  };
}

/** Sites in the typed place first (matched on city, state or country words), then the rest. */
export function sitesNear(sites: readonly Site[], place: string): { near: Site[]; others: number } {
  const p = place.trim().toLowerCase();
  if (!p) return { near: [], others: sites.length };
  const parts = p.split(/\s*,\s*/).filter(Boolean);
  const matches = (s: Site) =>
    parts.some((part) => [s.city, s.state, s.country].some((f) => f.toLowerCase() === part) || s.facility.toLowerCase().includes(part));
  const near = sites.filter(matches);
  return { near, others: sites.length - near.length };
}
