// The December 2026 content update (shared/knowledge/updates-2026-12.md §5, §3, §1, §4): each new or
// corrected evidence card traces its numbers to one named source and one data cut, and shows a
// natural-frequency comparison; vepdegestrant is in the drugs and the oral-SERD approach.
import { describe, expect, it } from 'vitest';
import { APPROACHES } from '../../../src/content/approaches.js';
import { EVIDENCE } from '../../../src/content/evidence.js';
import { drugById } from '../../../src/content/drugs.js';
import { CONTENT, lookup } from './helpers.js';

const card = (id: string) => {
  const e = EVIDENCE.find((x) => x.id === id);
  if (!e) throw new Error(`no evidence ${id}`);
  return e;
};
const text = (key: string) => lookup(CONTENT, key) as string;

describe('December 2026 evidence cards', () => {
  it.each(['ascent-03', 'ascent-04', 'tropion-breast02', 'veritac-2', 'destiny-breast03'])(
    '%s: one source, one data cut, a comparison in natural frequencies',
    (id) => {
      const e = card(id);
      expect(e.sources).toHaveLength(1);
      expect(e.arms?.outOf).toBe(100);
      expect(e.arms!.treatment.count).toBeGreaterThan(0);
      expect(e.arms!.comparison.count).toBeGreaterThan(0);
    },
  );

  it('DESTINY-Breast03 takes control and lung inflammation from the 2022 primary analysis only', () => {
    const e = card('destiny-breast03');
    expect(e.sources).toEqual(['destiny-breast03-primary']);
    expect(e.values).toEqual({ ildNew: 11, ildStd: 2 });
    expect([e.arms!.treatment.count, e.arms!.comparison.count]).toEqual([76, 34]);
  });

  it('INAVO120 shows severe high blood sugar from the label, not the any-grade laboratory rate', () => {
    const e = card('inavo120');
    expect(e.values).toEqual({ pfsNew: 15.0, pfsStd: 7.3, glucoseSevere: 12 });
    expect(text(e.headline)).toMatch(/Severe high blood sugar/);
  });

  it('KEYNOTE-355 and VERITAC-2 label side effects counted in everyone in the trial as such', () => {
    expect(text(card('keynote-355').arms!.outcome)).toMatch(/everyone in the trial/);
    expect(text(card('veritac-2').arms!.outcome)).toMatch(/everyone in the trial/);
  });

  it('shows the first-line TNBC and ESR1 cards with their approaches', () => {
    const evidenceOf = (id: string) => APPROACHES.find((a) => a.id === id)!.evidence;
    expect(evidenceOf('trop2-adc')).toEqual(expect.arrayContaining(['ascent-03', 'ascent-04', 'tropion-breast02']));
    expect(evidenceOf('immunotherapy')).toContain('ascent-04');
    expect(evidenceOf('oral-serd')).toContain('veritac-2');
  });
});

describe('vepdegestrant', () => {
  it('is a drug with generic and brand name, in the oral-SERD approach and its text', () => {
    const d = drugById('vepdegestrant');
    expect(d).toMatchObject({ generic: 'vepdegestrant', brands: ['Veppanu'], treatment: 'oral-serd' });
    expect(APPROACHES.find((a) => a.id === 'oral-serd')!.drugs).toContain('vepdegestrant');
    expect(text('approaches.oral-serd.summary')).toMatch(/vepdegestrant/);
  });
});

describe('balance and corrections (update §4–§6)', () => {
  it('says "about 80" for palbociclib low white cells and "about 73" for T-DXd nausea', () => {
    expect(text('approaches.cdk46-inhibitor.commonEffects')).toMatch(/about 80 out of 100 .*PALOMA-2/);
    expect(text('approaches.her2-low-adc.commonEffects')).toMatch(/about 73 out of 100/);
    expect(text('approaches.her2-directed.commonEffects')).toMatch(/about 73 out of 100/);
  });

  it('no longer says CDK4/6 inhibitors are always given with hormone therapy', () => {
    expect(text('approaches.cdk46-inhibitor.summary')).not.toMatch(/always/);
  });

  it('gives the SABR death figure only as a rate, only with "every spot"', () => {
    for (const key of ['options.radiation.rows.serious-risks', 'approaches.other-sites.seriousRisks']) {
      expect(text(key)).not.toMatch(/3 deaths/);
      expect(text(key)).toMatch(/every spot, about 5 out of 100/);
    }
  });

  it('uses no "modest" for one family only, and states the quality-of-life comparison the same way in both families', () => {
    expect(JSON.stringify(CONTENT)).not.toMatch(/modest/i);
    expect(text('options.hormonal.rows.daily-life')).toContain(
      'A guideline found quality of life better with hormone therapy than with chemotherapy.',
    );
    expect(text('options.chemotherapy.rows.daily-life')).toContain(
      'A guideline found quality of life better with hormone therapy than with chemotherapy.',
    );
  });

  it('names the study behind the jaw osteonecrosis figure', () => {
    expect(text('supportive.rows.serious-risks')).toMatch(/SWOG S0702/);
  });
});
