// What the finder sends: only the condition, the fixed filters and the items the person ticked.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseProfile, type Profile } from '../../../src/engine/index.js';
import { BIOMARKER_IDS, TREATMENT_IDS } from '../../../src/engine/vocabulary.js';
import {
  PARAMS,
  cleanPlace,
  previewItems,
  queryFrom,
  requestUrl,
  tickedByDefault,
  websiteSearchUrl,
} from '../../../src/components/trial-finder/request.js';
import { CTGOV_STUDIES, resolveTrialsEndpoint } from '../../../src/state/trials-endpoint.js';

const profile = (input: Record<string, unknown>): Profile => {
  const r = parseProfile(input);
  if (!r.ok) throw new Error('bad fixture');
  return r.profile;
};
const PERSON = profile({ hr: 'positive', her2: 'low', biomarkers: { esr1: 'positive', pik3ca: 'negative' }, received: ['aromatase-inhibitor', 'cdk46-inhibitor'], menopause: 'post', sites: ['brain'] });

describe('preview items', () => {
  it('lists the subtype, only the biomarkers found, and the treatments received, in that order', () => {
    expect(previewItems(PERSON).map((i) => [i.id, i.term])).toEqual([
      ['subtype', 'HER2-low'],
      ['biomarker:esr1', 'ESR1'],
      ['treatment:aromatase-inhibitor', 'aromatase inhibitor'],
      ['treatment:cdk46-inhibitor', 'CDK4/6 inhibitor'],
    ]);
  });

  it('ticks only the subtype to begin with', () => {
    expect([...tickedByDefault(previewItems(PERSON))]).toEqual(['subtype']);
  });

  it('has nothing to offer for an empty profile', () => {
    expect(previewItems(profile({}))).toEqual([]);
  });
});

describe('request URL', () => {
  it('carries the fixed filters and nothing personal when nothing is ticked', () => {
    const url = new URL(requestUrl(CTGOV_STUDIES, queryFrom(previewItems(PERSON), new Set(), '')));
    expect(url.origin + url.pathname).toBe(CTGOV_STUDIES);
    expect([...url.searchParams.keys()]).toEqual(['query.cond', 'filter.overallStatus', 'sort', 'fields', 'pageSize', 'countTotal', 'format']);
    expect(url.searchParams.get('query.cond')).toBe('metastatic breast cancer');
    expect(url.searchParams.get('filter.overallStatus')).toBe('RECRUITING,NOT_YET_RECRUITING');
    expect(url.searchParams.get('sort')).toBe('LastUpdatePostDate:desc');
  });

  it('sends ticked words as one quoted AND expression, the place, and the page token', () => {
    const items = previewItems(PERSON);
    const url = new URL(requestUrl(CTGOV_STUDIES, queryFrom(items, new Set(['subtype', 'treatment:cdk46-inhibitor']), '  Boston,  MA '), 'ZVNj7o2Elu8o3lpoWpG0'));
    expect(url.searchParams.get('query.term')).toBe('"HER2-low" AND "CDK4/6 inhibitor"');
    expect(url.searchParams.get('query.locn')).toBe('Boston, MA');
    expect(url.searchParams.get('pageToken')).toBe('ZVNj7o2Elu8o3lpoWpG0');
  });

  it('never sends an unticked item, for any profile and any ticks (property)', () => {
    const arb = fc.record({
      her2: fc.constantFrom('positive', 'low', 'zero', 'unknown'),
      hr: fc.constantFrom('positive', 'negative', 'unknown'),
      biomarkers: fc.dictionary(fc.constantFrom(...BIOMARKER_IDS), fc.constantFrom('positive', 'negative', 'unknown')),
      received: fc.uniqueArray(fc.constantFrom(...TREATMENT_IDS)),
    });
    fc.assert(
      fc.property(arb, fc.array(fc.boolean(), { maxLength: 40 }), (input, ticks) => {
        const items = previewItems(profile(input));
        const ticked = new Set(items.filter((_, i) => ticks[i]).map((i) => i.id));
        const url = new URL(requestUrl(CTGOV_STUDIES, queryFrom(items, ticked, '')));
        const term = url.searchParams.get('query.term') ?? '';
        for (const item of items) expect(term.includes(`"${item.term}"`)).toBe(ticked.has(item.id));
        for (const key of url.searchParams.keys()) expect(PARAMS).toContain(key);
        expect(url.searchParams.has('query.locn')).toBe(false);
      }),
    );
  });

  it('keeps a typed place to plain words, at most 80 characters', () => {
    expect(cleanPlace('  <b>Lyon</b>, "France"; DROP ')).toBe('b Lyon b , France DROP');
    expect(cleanPlace('São Paulo')).toBe('São Paulo');
    expect(cleanPlace('x'.repeat(200))).toHaveLength(80);
  });

  it('the website fallback link searches the same words', () => {
    const url = new URL(websiteSearchUrl({ terms: ['HER2-low', 'ESR1'], place: 'Texas' }));
    expect(url.origin + url.pathname).toBe('https://clinicaltrials.gov/search');
    expect(url.searchParams.get('term')).toBe('HER2-low ESR1');
    expect(url.searchParams.get('locStr')).toBe('Texas');
  });
});

describe('trials-endpoint', () => {
  const page = 'https://charity.example/help/mbc.html';
  it('defaults to the ClinicalTrials.gov API', () => {
    expect(resolveTrialsEndpoint(null, page)).toEqual({ ok: true, url: CTGOV_STUDIES, proxy: false });
    expect(resolveTrialsEndpoint(' ', page)).toEqual({ ok: true, url: CTGOV_STUDIES, proxy: false });
  });
  it('accepts the API itself and a proxy on the page origin (relative or absolute)', () => {
    expect(resolveTrialsEndpoint(CTGOV_STUDIES, page)).toEqual({ ok: true, url: CTGOV_STUDIES, proxy: false });
    expect(resolveTrialsEndpoint('/ctgov/studies', page)).toEqual({ ok: true, url: 'https://charity.example/ctgov/studies', proxy: true });
    expect(resolveTrialsEndpoint('https://charity.example/api/studies', page)).toMatchObject({ ok: true, proxy: true });
  });
  it('refuses anything else', () => {
    for (const bad of [
      'https://evil.example/studies',
      'http://clinicaltrials.gov/api/v2/studies',
      'https://clinicaltrials.gov/api/v2/studies?x=1',
      'https://clinicaltrials.gov/other',
      '/ctgov/studies?key=1',
      '/ctgov/studies#x',
      'https://user:pw@charity.example/studies',
      'javascript:alert(1)',
      'data:text/plain,x',
      '//evil.example/studies',
      'http://[::1',
    ])
      expect(resolveTrialsEndpoint(bad, page), bad).toEqual({ ok: false });
  });
});
