// The registry's answer is untrusted: only well-formed open studies survive, as capped plain text.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX, parseStudyPage, sitesNear, studyPageUrl } from '../../../src/components/trial-finder/response.js';
import { eligibilityWords, treatmentOf } from '../../../src/components/trial-finder/words.js';

const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../fixtures', name), 'utf8'));
const REAL = fixture('ctgov-v2-sample.json');
const PAGE1 = fixture('ctgov-mbc-page1.json');
const PAGE2 = fixture('ctgov-mbc-page2.json');

describe('a real v2 response (non-breast sample)', () => {
  it('keeps only the recruiting study, with its site, date and no "NA" phase', () => {
    const page = parseStudyPage(REAL)!;
    expect(page.studies.map((s) => s.nctId)).toEqual(['NCT05602779']);
    const s = page.studies[0]!;
    expect(s.status).toBe('RECRUITING');
    expect(s.phases).toEqual([]);
    expect(s.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.siteCount).toBe(REAL.studies[1].protocolSection.contactsLocationsModule.locations.length);
    expect(s.sites[0]!.city).toBe(REAL.studies[1].protocolSection.contactsLocationsModule.locations[0].city);
    expect(page.nextPageToken).toBe('KV165pePlfg');
  });
});

describe('breast-cancer pages built to the v2 schema', () => {
  const p1 = parseStudyPage(PAGE1)!;
  it('drops malformed ids and closed studies, keeps the order (most recently updated first)', () => {
    expect(p1.studies.map((s) => s.nctId)).toEqual(['NCT09900001', 'NCT09900002', 'NCT09900003', 'NCT09900004']);
    expect(p1.total).toBe(7);
    expect(p1.nextPageToken).toBe('ZVNj7o2Elu8o3lpoWpG0');
    expect(parseStudyPage(PAGE2)!.nextPageToken).toBeUndefined();
  });

  it('turns markup into plain text and never keeps a link from the record', () => {
    const s = p1.studies[1]!;
    expect(s.title).not.toMatch(/[<>]/);
    expect(s.title).toContain('img src=x onerror=alert(1)'); // shown as harmless words, never as markup
    expect(studyPageUrl(s.nctId)).toBe('https://clinicaltrials.gov/study/NCT09900002');
    expect(studyPageUrl('javascript:alert(1)')).toBeUndefined();
    expect(studyPageUrl('NCT0990000')).toBeUndefined();
  });

  it('keeps phases it can explain, interventions and sites', () => {
    expect(p1.studies[2]!.phases).toEqual(['PHASE1', 'PHASE2']);
    expect(p1.studies[3]!.phases).toEqual([]);
    expect(p1.studies[1]!.interventions.map((i) => i.name)).toEqual(['Trastuzumab deruxtecan', 'Capecitabine', 'Placebo']);
    expect(p1.studies[3]!.siteCount).toBe(25);
    expect(p1.studies[3]!.updated).toBe('2026-09');
    expect(p1.studies[0]!.sites[2]).toEqual({ facility: 'Synthetic Institut Lyon', city: 'Lyon', state: '', country: 'France' });
  });

  it('finds the key eligibility words in title, conditions, keywords and criteria', () => {
    expect(eligibilityWords(p1.studies[0]!.searchText)).toEqual(['cdk46', 'esr1', 'her2Low', 'hrPositive', 'brainMets', 'measurable']);
    expect(eligibilityWords(p1.studies[2]!.searchText)).toEqual(['brca', 'tripleNegative']);
    expect(eligibilityWords(parseStudyPage(PAGE2)!.studies[1]!.searchText)).toEqual(['her2Positive', 'brainMets']);
  });

  it('puts sites in the typed place first', () => {
    const s = p1.studies[0]!;
    expect(sitesNear(s.sites, 'Texas').near.map((x) => x.city)).toEqual(['Houston']);
    expect(sitesNear(s.sites, 'Lyon, France').near.map((x) => x.city)).toEqual(['Lyon']);
    expect(sitesNear(s.sites, '')).toEqual({ near: [], others: 3 });
  });
});

describe('plain words for interventions', () => {
  it('maps medicines to the treatment names the person has met, longest name first', () => {
    expect(treatmentOf({ name: 'Trastuzumab deruxtecan', type: 'DRUG' })).toBe('t-dxd');
    expect(treatmentOf({ name: 'Trastuzumab', type: 'BIOLOGICAL' })).toBe('trastuzumab-pertuzumab');
    expect(treatmentOf({ name: 'Palbociclib', type: 'DRUG' })).toBe('cdk46-inhibitor');
    expect(treatmentOf({ name: 'Enhertu (T-DXd)', type: 'DRUG' })).toBe('t-dxd');
    expect(treatmentOf({ name: 'Placebo', type: 'DRUG' })).toBe('placebo');
    expect(treatmentOf({ name: 'ABC-123', type: 'DRUG' })).toBeUndefined();
  });
});

describe('any answer at all', () => {
  it('never throws; keeps only strict ids, capped plain text and bounded page tokens (property)', () => {
    const study = fc.record({
      protocolSection: fc.record({
        identificationModule: fc.record({ nctId: fc.oneof(fc.constant('NCT01234567'), fc.string()), briefTitle: fc.oneof(fc.string({ maxLength: 600 }), fc.jsonValue()) }),
        statusModule: fc.record({ overallStatus: fc.constantFrom('RECRUITING', 'COMPLETED', 3) }),
        contactsLocationsModule: fc.record({ locations: fc.array(fc.record({ city: fc.jsonValue(), facility: fc.string({ maxLength: 300 }) })) }),
      }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ studies: fc.array(study), nextPageToken: fc.oneof(fc.string(), fc.constant('abc_DEF-1')), totalCount: fc.jsonValue() })), (v) => {
        const page = parseStudyPage(v);
        for (const s of page?.studies ?? []) {
          expect(s.nctId).toMatch(/^NCT\d{8}$/);
          expect(s.title.length).toBeLessThanOrEqual(MAX.title);
          expect(s.title).not.toMatch(/[<>\u0000-\u001f]/);
          for (const site of s.sites) expect(site.facility.length).toBeLessThanOrEqual(MAX.name);
        }
        if (page?.nextPageToken) expect(page.nextPageToken).toMatch(/^[A-Za-z0-9_\-.~]{1,256}$/);
        if (page) expect(page.total).toBeGreaterThanOrEqual(page.studies.length);
      }),
    );
  });
});
