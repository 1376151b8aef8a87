// Live trial search: the request says only what it must; the response is kept only where it is
// well-formed and recruiting, whatever the registry sends.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTrialResults, trialSearchApiUrl } from '../../../src/state/trial-search.js';
import { parseProfile } from '../../../src/engine/index.js';

const profile = (input: Record<string, unknown>) => {
  const r = parseProfile(input);
  if (!r.ok) throw new Error('bad fixture');
  return r.profile;
};
const SAMPLE = JSON.parse(readFileSync(join(__dirname, '../../fixtures/ctgov-studies.json'), 'utf8'));

describe('trial search request', () => {
  it('asks for recruiting metastatic breast cancer studies for the subtype, and nothing about the person', () => {
    const url = new URL(trialSearchApiUrl(profile({ hr: 'positive', her2: 'low', menopause: 'pre', received: ['t-dxd'], biomarkers: { esr1: 'positive' } })));
    expect(url.origin + url.pathname).toBe('https://clinicaltrials.gov/api/v2/studies');
    expect(url.searchParams.get('query.cond')).toBe('metastatic breast cancer');
    expect(url.searchParams.get('query.term')).toBe('HER2-low');
    expect(url.searchParams.get('filter.overallStatus')).toBe('RECRUITING,NOT_YET_RECRUITING');
    expect([...url.searchParams.keys()].sort()).toEqual(['countTotal', 'filter.overallStatus', 'format', 'pageSize', 'query.cond', 'query.term']);
  });

  it('leaves the subtype out when it is unknown', () => {
    expect(new URL(trialSearchApiUrl(profile({}))).searchParams.has('query.term')).toBe(false);
  });
});

describe('trial search response', () => {
  it('keeps only recruiting studies from a real registry response', () => {
    const r = parseTrialResults(SAMPLE)!;
    expect(r.trials.map((t) => t.nctId)).toEqual(['NCT05602779']);
    expect(r.trials[0]!.phases).toEqual([]); // 'NA' is not a phase to show
    expect(r.total).toBe(42);
  });

  it('names phases it knows and drops the rest', () => {
    const r = parseTrialResults({
      studies: [
        { protocolSection: { identificationModule: { nctId: 'NCT00000001', briefTitle: 'Synthetic test record' }, statusModule: { overallStatus: 'NOT_YET_RECRUITING' }, designModule: { phases: ['PHASE2', 'PHASE3', 'PHASE9', 42] } } },
      ],
    })!;
    expect(r.trials[0]!.phases).toEqual(['PHASE2', 'PHASE3']);
    expect(r.total).toBe(1);
  });

  it('never throws, and keeps nothing malformed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parseTrialResults(v);
        for (const t of r?.trials ?? []) {
          expect(t.nctId).toMatch(/^NCT\d{8}$/);
          expect(t.title.length).toBeLessThanOrEqual(300);
        }
      }),
    );
  });
});
