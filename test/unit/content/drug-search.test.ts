import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRUGS } from '../../../src/content/drugs.js';
import { findTreatments } from '../../../src/content/drug-search.js';
import { splitNames } from '../../../src/content/drug-search.js';
import { TREATMENT_IDS } from '../../../src/engine/vocabulary.js';
import type { TreatmentId } from '../../../src/engine/types.js';

describe('findTreatments', () => {
  it('finds a treatment by brand and by generic name', () => {
    expect(findTreatments('Ibrance')).toEqual(['cdk46-inhibitor']);
    expect(findTreatments('palbociclib')).toEqual(['cdk46-inhibitor']);
    expect(findTreatments('Enhertu')).toEqual(['t-dxd']);
    expect(findTreatments('herceptin')).toEqual(['trastuzumab-pertuzumab']);
    expect(findTreatments('Faslodex')).toEqual(['fulvestrant']);
    expect(findTreatments('Xeloda')).toEqual(['capecitabine']);
    // Vepdegestrant (FDA May 2026) counts as an oral SERD: the same answer as elacestrant and imlunestrant.
    expect(findTreatments('Veppanu')).toEqual(['oral-serd']);
    expect(findTreatments('vepdegestrant')).toEqual(['oral-serd']);
    expect(findTreatments('ARV-471')).toEqual(['oral-serd']);
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

// Each language's own names (treatments:drugNames in locales/<lng>/treatments.json) find the same
// treatments as the Latin names, and the Latin names keep working in every language.
describe('findTreatments in the reader\'s language', () => {
  const localNames = (lng: string): Record<string, string> =>
    (JSON.parse(readFileSync(join(__dirname, '../../../locales', lng, 'treatments.json'), 'utf8')) as { drugNames?: Record<string, string> })
      .drugNames ?? {};

  const CASES: Record<string, Array<[string, TreatmentId]>> = {
    es: [['letrozol', 'aromatase-inhibitor'], ['tamoxifeno', 'tamoxifen'], ['doxorrubicina', 'anthracycline'], ['capecitabina', 'capecitabine']],
    fr: [['tamoxifène', 'tamoxifen'], ['létrozole', 'aromatase-inhibitor'], ['letrozole', 'aromatase-inhibitor'], ['éribuline', 'eribulin']],
    'pt-BR': [['letrozol', 'aromatase-inhibitor'], ['palbociclibe', 'cdk46-inhibitor'], ['trastuzumabe deruxtecana', 't-dxd'], ['fulvestranto', 'fulvestrant']],
    ru: [['тамоксифен', 'tamoxifen'], ['летрозол', 'aromatase-inhibitor'], ['палбо', 'cdk46-inhibitor'], ['Эрибулин', 'eribulin']],
    vi: [['letrozol', 'aromatase-inhibitor'], ['capecitabin', 'capecitabine'], ['vinorelbin', 'other-chemo']],
    ko: [['타목시펜', 'tamoxifen'], ['레트로졸', 'aromatase-inhibitor'], ['팔보', 'cdk46-inhibitor'], ['트라스투주맙 데룩스테칸', 't-dxd']],
    'zh-Hans': [['来曲唑', 'aromatase-inhibitor'], ['他莫昔芬', 'tamoxifen'], ['三苯氧胺', 'tamoxifen'], ['哌柏西利', 'cdk46-inhibitor']],
    'zh-Hant': [['來曲唑', 'aromatase-inhibitor'], ['泰莫西芬', 'tamoxifen'], ['他莫昔芬', 'tamoxifen'], ['卡培他濱', 'capecitabine']],
    ar: [['تاموكسيفين', 'tamoxifen'], ['ليتروزول', 'aromatase-inhibitor'], ['بالبوسيكليب', 'cdk46-inhibitor'], ['كابيسيتابين', 'capecitabine']],
    tl: [['tamoxifen', 'tamoxifen'], ['letrozole', 'aromatase-inhibitor']],
  };

  for (const [lng, cases] of Object.entries(CASES)) {
    it(`${lng}: local names and Latin names`, () => {
      const local = localNames(lng);
      for (const [query, id] of cases) expect(findTreatments(query, local), `${lng}: ${query}`).toContain(id);
      // Latin names, brands and short forms still work in this language.
      expect(findTreatments('letrozole', local)).toEqual(['aromatase-inhibitor']);
      expect(findTreatments('Ibrance', local)).toEqual(['cdk46-inhibitor']);
      expect(findTreatments('T-DXd', local)).toEqual(['t-dxd']);
    });
  }

  it('every local name finds its own drug, and names only drugs we know', () => {
    for (const lng of Object.keys(CASES)) {
      for (const [id, value] of Object.entries(localNames(lng))) {
        const drug = DRUGS.find((d) => d.id === id);
        expect(drug, `${lng}: ${id}`).toBeDefined();
        for (const name of splitNames(value)) if (drug?.treatment) expect(findTreatments(name, localNames(lng)), `${lng}: ${name}`).toContain(drug.treatment);
      }
    }
  });

  it('a local name is not found in another language, and a broken list is ignored', () => {
    expect(findTreatments('тамоксифен')).toEqual([]);
    expect(findTreatments('来曲唑', localNames('ru'))).toEqual([]);
    expect(findTreatments('tamoxifen', { tamoxifen: 42, nope: 'x', letrozole: '' })).toEqual(['tamoxifen']);
  });
});
