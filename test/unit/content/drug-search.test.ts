import { describe, expect, it } from 'vitest';
import { DRUGS, findTreatments } from '../../../src/content/index.js';
import { TREATMENT_IDS } from '../../../src/engine/vocabulary.js';

describe('findTreatments', () => {
  it('finds a treatment by brand and by generic name', () => {
    expect(findTreatments('Ibrance')).toEqual(['cdk46-inhibitor']);
    expect(findTreatments('palbociclib')).toEqual(['cdk46-inhibitor']);
    expect(findTreatments('Enhertu')).toEqual(['t-dxd']);
    expect(findTreatments('herceptin')).toEqual(['trastuzumab-pertuzumab']);
    expect(findTreatments('Faslodex')).toEqual(['fulvestrant']);
    expect(findTreatments('Xeloda')).toEqual(['capecitabine']);
  });

  it('ignores case, accents and surrounding space', () => {
    expect(findTreatments('IBRANCE')).toEqual(['cdk46-inhibitor']);
    expect(findTreatments('  Énhértu ')).toEqual(['t-dxd']);
    expect(findTreatments('tÀmoxifen')).toEqual(['tamoxifen']);
  });

  it('matches the start of a name, or of any word in it', () => {
    expect(findTreatments('palbo')).toEqual(['cdk46-inhibitor']);
    expect(findTreatments('deruxtecan')).toEqual(['t-dxd', 'datopotamab']);
    expect(findTreatments('Herceptin Hyl')).toEqual(['trastuzumab-pertuzumab']);
  });

  it('finds short forms however they are typed', () => {
    expect(findTreatments('T-DXd')).toEqual(['t-dxd']);
    expect(findTreatments('tdxd')).toEqual(['t-dxd']);
    expect(findTreatments('T-DM1')).toEqual(['t-dm1']);
    expect(findTreatments('Dato-DXd')).toEqual(['datopotamab']);
    expect(findTreatments('PLD')).toEqual(['anthracycline']);
  });

  it('finds treatments by their own names too', () => {
    expect(findTreatments('taxane')).toEqual(['taxane']);
    expect(findTreatments('radiation')).toEqual(['radiation']);
    expect(findTreatments('parp')).toEqual(['parp-inhibitor']);
  });

  it('returns results in the treatments step order, each once', () => {
    const result = findTreatments('a');
    expect(result.length).toBeGreaterThan(1);
    expect(new Set(result).size).toBe(result.length);
    const order = result.map((id) => TREATMENT_IDS.indexOf(id));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('returns nothing for an empty query or an unknown name', () => {
    expect(findTreatments('')).toEqual([]);
    expect(findTreatments('   ')).toEqual([]);
    expect(findTreatments('-')).toEqual([]);
    expect(findTreatments('zzzz')).toEqual([]);
  });

  it('finds every grouped drug by its generic name and by each brand', () => {
    for (const d of DRUGS) {
      if (!d.treatment) continue;
      for (const name of [d.generic, ...d.brands, ...(d.aliases ?? [])]) {
        expect(findTreatments(name), name).toContain(d.treatment);
      }
    }
  });

  it('is deterministic', () => {
    expect(findTreatments('tras')).toEqual(findTreatments('tras'));
  });
});
