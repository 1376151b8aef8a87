// What the trial finder sends, built only from the items the person ticked. The preview and the
// request are made from the same list, so what is shown is what is sent (test/browser/trial-finder).
// Words are English because the registry is searched in English; the person sees them as sent.
import type { BiomarkerId, Profile, TreatmentId } from '../../engine/index.js';
import { BIOMARKER_IDS } from '../../engine/vocabulary.js';
import { subtypeTerm } from '../../state/trial-link.js';

/** Always sent, whatever is ticked: the condition, open studies only, newest updates first. */
export const CONDITION = 'metastatic breast cancer';
export const STATUSES = ['RECRUITING', 'NOT_YET_RECRUITING'] as const;
export const PAGE_SIZE = 10;
const SORT = 'LastUpdatePostDate:desc';
/**
 * Only the record fields the cards show (field names as used by several public v2 clients; see
 * README "Trial search"). Keeps a page of ten studies small on a phone connection.
 */
export const FIELDS = [
  'NCTId',
  'BriefTitle',
  'OverallStatus',
  'Phase',
  'InterventionName',
  'InterventionType',
  'Condition',
  'Keyword',
  'EligibilityCriteria',
  'LocationFacility',
  'LocationCity',
  'LocationState',
  'LocationCountry',
  'LastUpdatePostDate',
].join(',');
/** Every query parameter the widget can send; the reference proxy allows exactly these. */
export const PARAMS = [
  'query.cond',
  'query.term',
  'query.locn',
  'filter.overallStatus',
  'sort',
  'fields',
  'pageSize',
  'countTotal',
  'format',
  'pageToken',
] as const;

export type ItemKind = 'subtype' | 'biomarker' | 'treatment';
export interface PreviewItem {
  /** Stable id for the checkbox, e.g. 'biomarker:esr1'. */
  id: string;
  kind: ItemKind;
  /** The vocabulary id behind it (subtype: the term itself). */
  of: string;
  /** Exactly the words sent. */
  term: string;
}

const BIOMARKER_TERMS: Record<BiomarkerId, string> = {
  pik3ca: 'PIK3CA',
  akt1: 'AKT1',
  pten: 'PTEN',
  esr1: 'ESR1',
  gbrca: 'BRCA',
  gpalb2: 'PALB2',
  pdl1: 'PD-L1',
  msiHigh: 'MSI-high',
  ntrk: 'NTRK',
};

/** Plain search words for each treatment answer (generic or class names as registries write them). */
const TREATMENT_TERMS: Record<TreatmentId, string> = {
  'aromatase-inhibitor': 'aromatase inhibitor',
  tamoxifen: 'tamoxifen',
  fulvestrant: 'fulvestrant',
  'oral-serd': 'oral SERD',
  'ovarian-suppression': 'ovarian suppression',
  'cdk46-inhibitor': 'CDK4/6 inhibitor',
  'pi3k-akt-inhibitor': 'PI3K',
  everolimus: 'everolimus',
  'trastuzumab-pertuzumab': 'trastuzumab',
  't-dxd': 'trastuzumab deruxtecan',
  't-dm1': 'T-DM1',
  'her2-tki': 'tucatinib',
  sacituzumab: 'sacituzumab',
  datopotamab: 'datopotamab',
  'parp-inhibitor': 'PARP inhibitor',
  immunotherapy: 'immunotherapy',
  taxane: 'taxane',
  anthracycline: 'anthracycline',
  capecitabine: 'capecitabine',
  eribulin: 'eribulin',
  platinum: 'platinum',
  'other-chemo': 'chemotherapy',
  radiation: 'radiation',
  surgery: 'surgery',
};

/** Every item the person could choose to send, in the order the preview lists them. */
export function previewItems(p: Profile): PreviewItem[] {
  const items: PreviewItem[] = [];
  const subtype = subtypeTerm(p);
  if (subtype) items.push({ id: 'subtype', kind: 'subtype', of: subtype, term: subtype });
  for (const id of BIOMARKER_IDS)
    if (p.biomarkers[id] === 'positive') items.push({ id: `biomarker:${id}`, kind: 'biomarker', of: id, term: BIOMARKER_TERMS[id] });
  const seen = new Set<string>();
  for (const id of p.received) {
    const term = TREATMENT_TERMS[id];
    if (!term || seen.has(term)) continue;
    seen.add(term);
    items.push({ id: `treatment:${id}`, kind: 'treatment', of: id, term });
  }
  return items;
}

/** The subtype is what the search was already about; everything else starts unticked. */
export const tickedByDefault = (items: PreviewItem[]): Set<string> => new Set(items.filter((i) => i.kind === 'subtype').map((i) => i.id));

/** A typed place: letters, digits, spaces and a little punctuation, at most 80 characters. */
export function cleanPlace(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} ,.'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
}

/** Essie expression: every ticked word must appear in the record (each quoted, so "/" and "-" are literal). */
function termExpression(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '')}"`).join(' AND ');
}

export interface Query {
  terms: string[];
  place: string;
}

export function queryFrom(items: PreviewItem[], ticked: ReadonlySet<string>, place: string): Query {
  return { terms: items.filter((i) => ticked.has(i.id)).map((i) => i.term), place: cleanPlace(place) };
}

/** Every parameter the request carries, in a fixed order (the preview shows these same values). */
function requestParams(q: Query, pageToken?: string): Array<[string, string]> {
  const params: Array<[string, string]> = [['query.cond', CONDITION]];
  if (q.terms.length) params.push(['query.term', termExpression(q.terms)]);
  if (q.place) params.push(['query.locn', q.place]);
  params.push(
    ['filter.overallStatus', STATUSES.join(',')],
    ['sort', SORT],
    ['fields', FIELDS],
    ['pageSize', String(PAGE_SIZE)],
    ['countTotal', 'true'],
    ['format', 'json'],
  );
  if (pageToken) params.push(['pageToken', pageToken]);
  return params;
}

export function requestUrl(endpoint: string, q: Query, pageToken?: string): string {
  const url = new URL(endpoint);
  url.search = '';
  for (const [k, v] of requestParams(q, pageToken)) url.searchParams.append(k, v);
  return url.href;
}

/** The same search on the registry's website: the fallback when the request fails. */
export function websiteSearchUrl(q: Query): string {
  const url = new URL('https://clinicaltrials.gov/search');
  url.searchParams.set('cond', 'Metastatic Breast Cancer');
  if (q.terms.length) url.searchParams.set('term', q.terms.join(' '));
  if (q.place) url.searchParams.set('locStr', q.place);
  url.searchParams.set('aggFilters', 'status:rec');
  return url.href;
}
