// Clinical vignettes: one person each, checked against the fact base (shared/knowledge/sequencing.md
// and friends). Each asserts option and approach statuses, the reasons with their `because` paths,
// the tests worth asking about and the tailored questions.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/index.js';
import { approach, assess, engineText, keysOf, option, reason, statuses } from './helpers.js';

const CORE = ['questions.core.start', 'questions.core.switch', 'questions.core.working', 'questions.core.trial'];
const none = { pik3ca: 'negative', akt1: 'negative', pten: 'negative', esr1: 'negative' };

describe('HR-positive, HER2-negative', () => {
  it('1. first line after menopause, de novo, bone only: AI + CDK4/6 inhibitor, SONIA timing, bone care', () => {
    const { a } = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 0, earlyRelapse: 'de-novo',
      sites: ['bone'], rapidOrganThreat: 'no',
    });
    expect(statuses(a)).toMatchObject({
      hormonal: 'often-considered',
      'hormonal/aromatase-inhibitor': 'often-considered',
      'hormonal/tamoxifen': 'sometimes-considered',
      'hormonal/fulvestrant': 'sometimes-considered',
      'hormonal/oral-serd': 'not-usually-used',
      'hormonal/ovarian-suppression': 'not-usually-used',
      targeted: 'often-considered',
      'targeted/cdk46-inhibitor': 'often-considered',
      'targeted/pi3k-akt-mtor': 'not-usually-used',
      'targeted/her2-directed': 'not-usually-used',
      'targeted/her2-low-adc': 'not-usually-used',
      'targeted/trop2-adc': 'not-usually-used',
      'targeted/parp-inhibitor': 'depends-on-tests',
      'targeted/immunotherapy': 'not-usually-used',
      chemotherapy: 'sometimes-considered',
      'chemotherapy/combination': 'not-usually-used',
      'radiation/bone': 'sometimes-considered',
      'radiation/brain': 'not-usually-used',
      trials: 'often-considered',
    });
    expect(reason(approach(a, 'aromatase-inhibitor').reasons, 'reasons.ai.firstLine').because).toEqual(['hr', 'metastaticLines']);
    // SONIA (mostly palbociclib) never without MONALEESA-2 (ribociclib first line lengthened survival).
    expect(keysOf(approach(a, 'cdk46-inhibitor').reasons)).toEqual([
      'reasons.cdk46.firstLine', 'reasons.cdk46.timing', 'reasons.cdk46.timingRibociclib',
    ]);
    expect(reason(approach(a, 'cdk46-inhibitor').reasons, 'reasons.cdk46.timing').because).toEqual([
      'metastaticLines', 'earlyRelapse', 'menopause',
    ]);
    expect(reason(approach(a, 'cdk46-inhibitor').reasons, 'reasons.cdk46.timingRibociclib').sources).toContain('monaleesa-2-os');
    expect(keysOf(approach(a, 'her2-low-adc').reasons)).toEqual(['reasons.her2LowAdc.zero']);
    expect(keysOf(approach(a, 'trial-search').reasons)).toContain('reasons.trials.beforeFirst');
    expect(keysOf(approach(a, 'trial-search').reasons)).toContain('reasons.trials.boneOnly');
    expect(keysOf(a.supportiveCare.reasons)).toEqual(['reasons.supportive.always', 'reasons.supportive.boneMedicines']);
    expect(a.missing).toEqual([{ field: 'biomarkers.gbrca', why: 'missing.gbrca' }]);
    expect(a.questions).toEqual([
      ...CORE, 'questions.cdkTiming', 'questions.her2Retest', 'questions.germline', 'questions.boneMedicine', 'questions.secondOpinion',
    ]);
  });

  it('2. premenopausal first line: ovarian suppression with AI, tamoxifen alone less effective, fertility', () => {
    const { a } = assess({ hr: 'positive', her2: 'low', menopause: 'pre', metastaticLines: 0, earlyRelapse: 'later', sites: ['lymph-nodes'] });
    expect(statuses(a)).toMatchObject({
      'hormonal/ovarian-suppression': 'often-considered',
      'hormonal/aromatase-inhibitor': 'often-considered',
      'hormonal/tamoxifen': 'sometimes-considered',
      'targeted/cdk46-inhibitor': 'often-considered',
      'radiation/other-sites': 'sometimes-considered',
    });
    expect(reason(approach(a, 'ovarian-suppression').reasons, 'reasons.ofs.pre').because).toEqual(['menopause']);
    expect(reason(approach(a, 'aromatase-inhibitor').reasons, 'reasons.hormonal.needsSuppression').because).toEqual(['menopause']);
    expect(keysOf(approach(a, 'tamoxifen').reasons)).toEqual(['reasons.tamoxifen.pre']);
    // SONIA enrolled mostly postmenopausal people: no timing note before menopause.
    expect(keysOf(approach(a, 'cdk46-inhibitor').reasons)).toEqual(['reasons.cdk46.firstLine']);
    expect(a.questions).toEqual(expect.arrayContaining(['questions.rebiopsy', 'questions.ovarianSuppression', 'questions.fertility']));
    expect(a.questions).not.toContain('questions.cdkTiming');
  });

  it('3. HER2-low after AI + CDK4/6 inhibitor, no gene changes: T-DXd before chemo, everolimus, no oral SERD', () => {
    const { a } = assess({
      hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 1, biomarkers: none,
      received: ['aromatase-inhibitor', 'cdk46-inhibitor'], sites: ['liver'],
    });
    expect(statuses(a)).toMatchObject({
      'targeted/her2-low-adc': 'often-considered',
      'hormonal/oral-serd': 'not-usually-used',
      'targeted/pi3k-akt-mtor': 'sometimes-considered',
      'targeted/cdk46-inhibitor': 'sometimes-considered',
      'hormonal/aromatase-inhibitor': 'sometimes-considered',
      'hormonal/fulvestrant': 'often-considered',
      'targeted/trop2-adc': 'not-usually-used',
      'radiation/other-sites': 'not-usually-used',
    });
    expect(reason(approach(a, 'her2-low-adc').reasons, 'reasons.her2LowAdc.afterEndocrine').because).toEqual([
      'hr', 'her2', 'metastaticLines',
    ]);
    expect(reason(approach(a, 'oral-serd').reasons, 'reasons.oralSerd.esr1Negative').because).toEqual(['biomarkers.esr1']);
    expect(keysOf(approach(a, 'pi3k-akt-mtor').reasons)).toEqual(['reasons.pi3k.negative', 'reasons.pi3k.everolimus']);
    expect(reason(approach(a, 'pi3k-akt-mtor').reasons, 'reasons.pi3k.negative').because).toEqual([
      'biomarkers.pik3ca', 'biomarkers.akt1', 'biomarkers.pten',
    ]);
    expect(keysOf(approach(a, 'cdk46-inhibitor').reasons)).toEqual(['reasons.cdk46.afterCdk']);
    // Update §4: after a CDK4/6 inhibitor, postMONARCH and MAINTAIN (switching) and PALMIRA (staying) are all cited.
    expect(reason(approach(a, 'cdk46-inhibitor').reasons, 'reasons.cdk46.afterCdk').sources).toEqual(['postmonarch', 'maintain', 'palmira']);
    expect(keysOf(approach(a, 'aromatase-inhibitor').reasons)).toEqual(['reasons.ai.afterAi']);
    expect(keysOf(approach(a, 'other-sites').reasons)).toEqual(['reasons.rt.notAllSpots']);
    // ESR1 negative already tested: the question still reminds to repeat it at progression.
    expect(a.questions).toContain('questions.esr1');
    expect(a.missing.map((m) => m.field)).toEqual(['biomarkers.gbrca']);
  });

  it('4. HER2-ultralow after hormone therapy: T-DXd only before chemotherapy for metastatic cancer', () => {
    const base = { hr: 'positive', her2: 'ultralow', menopause: 'post', metastaticLines: 1, biomarkers: none };
    const before = assess({ ...base, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] }).a;
    expect(approach(before, 'her2-low-adc').status).toBe('often-considered');
    expect(keysOf(approach(before, 'her2-low-adc').reasons)).toEqual(['reasons.her2LowAdc.afterEndocrine']);
    const after = assess({ ...base, received: ['aromatase-inhibitor', 'cdk46-inhibitor', 'capecitabine'] }).a;
    expect(approach(after, 'her2-low-adc').status).toBe('sometimes-considered');
    expect(reason(approach(after, 'her2-low-adc').reasons, 'reasons.her2LowAdc.ultralowAfterChemo').because).toEqual(['her2', 'received']);
    const tnbcUltralow = assess({ hr: 'negative', her2: 'ultralow', metastaticLines: 1 }).a;
    expect(approach(tnbcUltralow, 'her2-low-adc').status).toBe('not-usually-used');
    expect(keysOf(approach(tnbcUltralow, 'her2-low-adc').reasons)).toEqual(['reasons.her2LowAdc.ultralowHrNegative']);
  });

  it('5. ESR1 change after AI + CDK4/6 inhibitor: oral SERD often discussed, PI3K tests asked for', () => {
    const { a } = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 1,
      biomarkers: { esr1: 'positive' }, received: ['aromatase-inhibitor', 'cdk46-inhibitor'],
    });
    expect(approach(a, 'oral-serd').status).toBe('often-considered');
    expect(reason(approach(a, 'oral-serd').reasons, 'reasons.oralSerd.esr1Positive').because).toEqual([
      'biomarkers.esr1', 'received', 'metastaticLines',
    ]);
    expect(approach(a, 'pi3k-akt-mtor').status).toBe('depends-on-tests');
    expect(reason(approach(a, 'pi3k-akt-mtor').reasons, 'reasons.pi3k.unknown').because).toEqual([
      'biomarkers.pik3ca', 'biomarkers.akt1', 'biomarkers.pten',
    ]);
    expect(keysOf(approach(a, 'pi3k-akt-mtor').reasons)).toContain('reasons.pi3k.everolimus');
    expect(a.missing).toEqual([
      { field: 'biomarkers.pik3ca', why: 'missing.pi3kPathway' },
      { field: 'biomarkers.akt1', why: 'missing.pi3kPathway' },
      { field: 'biomarkers.pten', why: 'missing.pi3kPathway' },
      { field: 'biomarkers.gbrca', why: 'missing.gbrca' },
    ]);
    expect(a.questions).toContain('questions.pi3kTests');
    expect(a.questions).not.toContain('questions.esr1');
  });

  it('6. PIK3CA change, relapse within 12 months of adjuvant hormone pills: inavolisib triplet, fulvestrant', () => {
    const { a } = assess({
      hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 0, earlyRelapse: 'during-or-within-12-months',
      biomarkers: { pik3ca: 'positive' }, received: ['aromatase-inhibitor'],
    });
    expect(statuses(a)).toMatchObject({
      'targeted/pi3k-akt-mtor': 'often-considered',
      'targeted/cdk46-inhibitor': 'often-considered',
      'hormonal/fulvestrant': 'often-considered',
      'hormonal/aromatase-inhibitor': 'sometimes-considered',
      'hormonal/oral-serd': 'depends-on-tests',
    });
    expect(keysOf(approach(a, 'pi3k-akt-mtor').reasons)).toEqual(['reasons.pi3k.inavolisib', 'reasons.pi3k.pik3ca']);
    expect(reason(approach(a, 'pi3k-akt-mtor').reasons, 'reasons.pi3k.inavolisib').because).toEqual([
      'biomarkers.pik3ca', 'earlyRelapse',
    ]);
    expect(reason(approach(a, 'fulvestrant').reasons, 'reasons.fulvestrant.earlyRelapse').because).toEqual(['earlyRelapse']);
    expect(reason(approach(a, 'aromatase-inhibitor').reasons, 'reasons.ai.earlyRelapse').because).toEqual(['earlyRelapse']);
    // PIK3CA already opens the pills, so AKT1/PTEN are not listed; ESR1 is tested at recurrence.
    expect(a.missing.map((m) => m.field)).toEqual(['biomarkers.esr1', 'biomarkers.gbrca']);
    expect(a.questions).toEqual(expect.arrayContaining(['questions.rebiopsy', 'questions.esr1']));
    expect(a.questions).not.toContain('questions.cdkTiming');
  });

  it('7. AKT1 and PTEN changes after an AI: capivasertib with fulvestrant', () => {
    const { a } = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 1,
      biomarkers: { pik3ca: 'negative', akt1: 'positive', pten: 'positive', esr1: 'negative' },
      received: ['aromatase-inhibitor', 'cdk46-inhibitor'],
    });
    expect(approach(a, 'pi3k-akt-mtor').status).toBe('often-considered');
    expect(approach(a, 'pi3k-akt-mtor').reasons).toEqual([
      expect.objectContaining({ key: 'reasons.pi3k.aktPten', because: ['biomarkers.akt1', 'biomarkers.pten', 'received', 'metastaticLines'] }),
    ]);
    expect(approach(a, 'pi3k-akt-mtor').reasons[0]?.sources).toEqual(['asco-biomarkers-2024', 'fda-capivasertib']);
  });

  it('8. a man with HR-positive cancer: tamoxifen, AI only with a GnRH agonist, genetic testing for all men', () => {
    const { a } = assess({ hr: 'positive', her2: 'zero', menopause: 'male', metastaticLines: 0, earlyRelapse: 'de-novo' });
    expect(statuses(a)).toMatchObject({
      'hormonal/tamoxifen': 'often-considered',
      'hormonal/aromatase-inhibitor': 'often-considered',
      'hormonal/ovarian-suppression': 'sometimes-considered',
      'targeted/cdk46-inhibitor': 'often-considered',
    });
    expect(keysOf(approach(a, 'tamoxifen').reasons)).toEqual(['reasons.tamoxifen.male']);
    expect(reason(approach(a, 'aromatase-inhibitor').reasons, 'reasons.hormonal.needsSuppression').because).toEqual(['menopause']);
    expect(keysOf(approach(a, 'ovarian-suppression').reasons)).toEqual(['reasons.ofs.male']);
    expect(a.missing).toEqual([{ field: 'biomarkers.gbrca', why: 'missing.gbrcaMale' }]);
    expect(a.questions).toContain('questions.germline');
    expect(a.questions).not.toContain('questions.fertility');
    // Even with HER2-positive cancer, germline testing is offered to men.
    const her2Man = assess({ hr: 'positive', her2: 'positive', menopause: 'male' }).a;
    expect(her2Man.missing).toContainEqual({ field: 'biomarkers.gbrca', why: 'missing.gbrcaMale' });
  });

  it('9. visceral crisis: chemotherapy often first, combination sometimes, hormone therapy alone less', () => {
    const { a } = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 0, earlyRelapse: 'de-novo',
      rapidOrganThreat: 'yes', sites: ['liver'],
    });
    expect(statuses(a)).toMatchObject({
      chemotherapy: 'often-considered',
      'chemotherapy/single-agent': 'often-considered',
      'chemotherapy/combination': 'sometimes-considered',
      hormonal: 'sometimes-considered',
      'hormonal/aromatase-inhibitor': 'sometimes-considered',
      'targeted/cdk46-inhibitor': 'sometimes-considered',
    });
    expect(reason(approach(a, 'single-agent').reasons, 'reasons.chemo.crisis').because).toEqual(['rapidOrganThreat']);
    expect(reason(approach(a, 'combination').reasons, 'reasons.chemo.combinationCrisis').because).toEqual(['rapidOrganThreat']);
    expect(keysOf(approach(a, 'aromatase-inhibitor').reasons)).toEqual(['reasons.ai.firstLine', 'reasons.hormonal.crisis']);
    expect(keysOf(approach(a, 'cdk46-inhibitor').reasons)).toEqual(['reasons.cdk46.firstLine', 'reasons.cdk46.crisis']);
    expect(keysOf(option(a, 'hormonal').reasons)).toEqual(['reasons.hormonal.hrPositive', 'reasons.hormonal.crisis']);
    expect(a.questions).toContain('questions.crisis');
    expect(a.questions).not.toContain('questions.cdkTiming');
  });

  it('10. later lines after chemotherapy: sacituzumab or datopotamab deruxtecan', () => {
    const { a } = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 3, biomarkers: none,
      received: ['aromatase-inhibitor', 'cdk46-inhibitor', 'fulvestrant', 'everolimus', 'capecitabine'],
    });
    expect(approach(a, 'trop2-adc').status).toBe('often-considered');
    expect(reason(approach(a, 'trop2-adc').reasons, 'reasons.trop2.hrPositive').because).toEqual(['hr', 'metastaticLines', 'received']);
    expect(approach(a, 'tumour-agnostic').status).toBe('depends-on-tests');
    expect(a.missing.map((m) => m.field)).toEqual(['biomarkers.gbrca', 'biomarkers.msiHigh', 'biomarkers.ntrk']);
  });
});

describe('HER2-positive', () => {
  it('11. HR-negative, first line: trastuzumab + pertuzumab + taxane; no hormone therapy', () => {
    const { a } = assess({ hr: 'negative', her2: 'positive', menopause: 'post', metastaticLines: 0, sites: ['lung'] });
    expect(statuses(a)).toMatchObject({
      hormonal: 'not-usually-used',
      'hormonal/aromatase-inhibitor': 'not-usually-used',
      targeted: 'often-considered',
      'targeted/her2-directed': 'often-considered',
      'targeted/her2-low-adc': 'not-usually-used',
      'targeted/trop2-adc': 'not-usually-used',
      'targeted/parp-inhibitor': 'not-usually-used',
      'targeted/immunotherapy': 'not-usually-used',
      'targeted/cdk46-inhibitor': 'not-usually-used',
      'chemotherapy/single-agent': 'often-considered',
      'chemotherapy/combination': 'not-usually-used',
    });
    expect(reason(option(a, 'hormonal').reasons, 'reasons.hormonal.hrNegative').because).toEqual(['hr']);
    expect(reason(approach(a, 'her2-directed').reasons, 'reasons.her2.firstLine').because).toEqual(['her2', 'metastaticLines']);
    expect(approach(a, 'her2-directed').reasons[0]?.sources).toEqual(['asco-her2pos-2022', 'destiny-breast09']);
    expect(keysOf(approach(a, 'single-agent').reasons)).toEqual(['reasons.chemo.her2FirstLine']);
    expect(keysOf(approach(a, 'parp-inhibitor').reasons)).toEqual(['reasons.common.her2NegativeOnly']);
    expect(a.missing).toEqual([]);
    expect(a.questions).not.toContain('questions.germline');
  });

  it('12. HR-positive, premenopausal: hormone therapy only with HER2 medicines, for some', () => {
    const { a } = assess({ hr: 'positive', her2: 'positive', menopause: 'pre', metastaticLines: 0 });
    expect(statuses(a)).toMatchObject({
      hormonal: 'sometimes-considered',
      'hormonal/ovarian-suppression': 'sometimes-considered',
      'hormonal/aromatase-inhibitor': 'sometimes-considered',
      'hormonal/oral-serd': 'not-usually-used',
      'targeted/cdk46-inhibitor': 'not-usually-used',
      'targeted/her2-directed': 'often-considered',
      'targeted/pi3k-akt-mtor': 'not-usually-used',
    });
    expect(reason(approach(a, 'ovarian-suppression').reasons, 'reasons.hormonal.her2Positive').because).toEqual(['hr', 'her2']);
    expect(keysOf(option(a, 'hormonal').reasons)).toEqual(['reasons.hormonal.hrPositive', 'reasons.hormonal.her2Positive']);
    expect(keysOf(approach(a, 'cdk46-inhibitor').reasons)).toEqual(['reasons.cdk46.her2Positive']);
    // Later, a CDK4/6 inhibitor is among the HER2-positive options.
    expect(approach(assess({ hr: 'positive', her2: 'positive', metastaticLines: 2 }).a, 'cdk46-inhibitor').status).toBe('sometimes-considered');
  });

  it('13. brain metastases after T-DXd: tucatinib regimen, brain radiation, trials that accept brain metastases', () => {
    const { a } = assess({
      hr: 'negative', her2: 'positive', metastaticLines: 2, sites: ['brain', 'lung'],
      received: ['trastuzumab-pertuzumab', 'taxane', 't-dxd'],
    });
    expect(approach(a, 'her2-directed').status).toBe('often-considered');
    expect(keysOf(approach(a, 'her2-directed').reasons)).toEqual(['reasons.her2.afterTdxd', 'reasons.her2.brain']);
    expect(reason(approach(a, 'her2-directed').reasons, 'reasons.her2.brain').because).toEqual(['sites']);
    expect(approach(a, 'brain').status).toBe('often-considered');
    expect(keysOf(approach(a, 'brain').reasons)).toEqual(['reasons.rt.brain', 'reasons.rt.brainDefer']);
    expect(reason(approach(a, 'brain').reasons, 'reasons.rt.brainDefer').because).toEqual(['sites', 'her2', 'symptoms']);
    // Update §6: waiting is only ever offered with close MRI follow-up on HER2 medicines that reach the brain.
    expect(engineText('reasons.rt.brainDefer')).toMatch(/close MRI follow-up while on HER2 medicines that reach the brain/);
    expect(keysOf(approach(a, 'trial-search').reasons)).toEqual([
      'reasons.trials.everyStep', 'reasons.trials.afterTreatment', 'reasons.trials.brain',
    ]);
    expect(approach(a, 'single-agent').status).toBe('sometimes-considered');
    expect(a.questions).toContain('questions.brainOptions');
    expect(a.questions).not.toContain('questions.brainMri');
  });

  it('14. second line without T-DXd yet: T-DXd next', () => {
    const { a } = assess({ hr: 'positive', her2: 'positive', metastaticLines: 1, received: ['trastuzumab-pertuzumab', 'taxane'] });
    expect(reason(approach(a, 'her2-directed').reasons, 'reasons.her2.secondLine').because).toEqual(['received', 'metastaticLines']);
  });
});

describe('triple-negative', () => {
  it('15. PD-L1 positive (CPS ≥ 10), first line (NCCN v1.2026, KEYNOTE-355, ASCENT-04): pembrolizumab with chemotherapy or with sacituzumab govitecan', () => {
    const { a } = assess({ hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { pdl1: 'positive' } });
    expect(statuses(a)).toMatchObject({
      hormonal: 'not-usually-used',
      targeted: 'often-considered',
      'targeted/immunotherapy': 'often-considered',
      'targeted/trop2-adc': 'often-considered',
      'targeted/her2-low-adc': 'not-usually-used',
      'targeted/parp-inhibitor': 'depends-on-tests',
      chemotherapy: 'often-considered',
      'chemotherapy/single-agent': 'often-considered',
      'chemotherapy/combination': 'sometimes-considered',
    });
    expect(reason(approach(a, 'immunotherapy').reasons, 'reasons.immuno.pdl1Positive').because).toEqual([
      'biomarkers.pdl1', 'hr', 'her2',
    ]);
    expect(keysOf(approach(a, 'trop2-adc').reasons)).toEqual(['reasons.trop2.firstLinePdl1Positive']);
    expect(reason(approach(a, 'trop2-adc').reasons, 'reasons.trop2.firstLinePdl1Positive').sources).toEqual(
      expect.arrayContaining(['nccn-breast-2026', 'ascent-04']),
    );
    expect(reason(approach(a, 'immunotherapy').reasons, 'reasons.immuno.pdl1Positive').sources).toContain('ascent-04');
    expect(keysOf(approach(a, 'combination').reasons)).toEqual(['reasons.chemo.withPembrolizumab']);
    expect(keysOf(option(a, 'targeted').reasons)).toEqual(['reasons.targeted.tripleNegative']);
    expect(a.missing).toEqual([{ field: 'biomarkers.gbrca', why: 'missing.gbrca' }]);
    expect(a.questions).not.toContain('questions.pdl1');
    expect(a.questions).toContain('questions.germline');
  });

  it('16. PD-L1 not known, first line (NCCN v1.2026): immunotherapy depends on the test; a TROP2 ADC is listed either way', () => {
    const { a } = assess({ hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { gbrca: 'negative' } });
    expect(approach(a, 'immunotherapy').status).toBe('depends-on-tests');
    expect(reason(approach(a, 'immunotherapy').reasons, 'reasons.immuno.pdl1Unknown').because).toContain('biomarkers.pdl1');
    // Alone (CPS < 10) or with pembrolizumab (CPS ≥ 10): the test decides the partner, not whether it is listed.
    expect(approach(a, 'trop2-adc').status).toBe('often-considered');
    expect(reason(approach(a, 'trop2-adc').reasons, 'reasons.trop2.firstLinePdl1Unknown').because).toContain('biomarkers.pdl1');
    expect(option(a, 'targeted').status).toBe('often-considered');
    expect(a.missing).toEqual([{ field: 'biomarkers.pdl1', why: 'missing.pdl1' }]);
    expect(a.questions).toContain('questions.pdl1');
    // A negative PD-L1 test makes immunotherapy not usually used, traced to the test.
    const neg = assess({ hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { pdl1: 'negative' } }).a;
    expect(approach(neg, 'immunotherapy').status).toBe('not-usually-used');
    expect(reason(approach(neg, 'immunotherapy').reasons, 'reasons.immuno.pdl1Negative').because).toEqual(['biomarkers.pdl1']);
  });

  it('17. inherited BRCA change: PARP inhibitor', () => {
    const { a } = assess({ hr: 'negative', her2: 'zero', metastaticLines: 1, biomarkers: { gbrca: 'positive' }, received: ['taxane'] });
    expect(approach(a, 'parp-inhibitor').status).toBe('often-considered');
    expect(reason(approach(a, 'parp-inhibitor').reasons, 'reasons.parp.gbrca').because).toEqual(['biomarkers.gbrca', 'her2']);
    expect(a.missing.map((m) => m.field)).not.toContain('biomarkers.gbrca');
    expect(a.questions).not.toContain('questions.germline');
  });

  it('18. after 2 lines: sacituzumab govitecan; immunotherapy was a first-line option; rare tests', () => {
    const { a } = assess({ hr: 'negative', her2: 'zero', metastaticLines: 2, received: ['taxane', 'capecitabine'] });
    expect(statuses(a)).toMatchObject({
      'targeted/trop2-adc': 'often-considered',
      'targeted/immunotherapy': 'not-usually-used',
      'targeted/tumour-agnostic': 'depends-on-tests',
      'chemotherapy/single-agent': 'often-considered',
    });
    expect(reason(approach(a, 'trop2-adc').reasons, 'reasons.trop2.tnbc').because).toEqual(['hr', 'metastaticLines']);
    expect(keysOf(approach(a, 'immunotherapy').reasons)).toEqual(['reasons.immuno.firstLineOnly']);
    expect(a.missing).toEqual([
      { field: 'biomarkers.gbrca', why: 'missing.gbrca' },
      { field: 'biomarkers.msiHigh', why: 'missing.rareTests' },
      { field: 'biomarkers.ntrk', why: 'missing.rareTests' },
    ]);
  });

  it('19. HER2-low triple-negative after chemotherapy: T-DXd; sacituzumab sometimes after one line', () => {
    const { a } = assess({ hr: 'negative', her2: 'low', metastaticLines: 1, received: ['taxane'] });
    expect(approach(a, 'her2-low-adc').status).toBe('often-considered');
    expect(reason(approach(a, 'her2-low-adc').reasons, 'reasons.her2LowAdc.afterChemo').because).toEqual(['her2', 'metastaticLines']);
    expect(approach(a, 'trop2-adc').status).toBe('sometimes-considered');
    expect(approach(a, 'immunotherapy').status).toBe('not-usually-used');
  });

  it('20. MSI-high after standard options: tumour-agnostic medicine', () => {
    const { a } = assess({ hr: 'negative', her2: 'zero', metastaticLines: 3, biomarkers: { msiHigh: 'positive', ntrk: 'negative' } });
    expect(approach(a, 'tumour-agnostic').status).toBe('sometimes-considered');
    expect(approach(a, 'tumour-agnostic').reasons).toEqual([
      expect.objectContaining({ key: 'reasons.agnostic.positive', because: ['biomarkers.msiHigh'] }),
    ]);
    const bothNegative = assess({ hr: 'negative', her2: 'zero', metastaticLines: 3, biomarkers: { msiHigh: 'negative', ntrk: 'negative' } }).a;
    expect(approach(bothNegative, 'tumour-agnostic').status).toBe('not-usually-used');
    expect(bothNegative.missing.map((m) => m.field)).not.toContain('biomarkers.msiHigh');
  });
});

describe('unknown answers', () => {
  it('21. everything unknown: receptor tests decide; radiation for specific places; trials always', () => {
    const { a } = assess({});
    expect(statuses(a)).toMatchObject({
      hormonal: 'depends-on-tests',
      targeted: 'depends-on-tests',
      'targeted/her2-directed': 'depends-on-tests',
      'targeted/tumour-agnostic': 'not-usually-used',
      chemotherapy: 'depends-on-tests',
      radiation: 'sometimes-considered',
      'radiation/bone': 'sometimes-considered',
      'radiation/brain': 'sometimes-considered',
      'radiation/other-sites': 'sometimes-considered',
      trials: 'often-considered',
      'trials/trial-search': 'often-considered',
    });
    expect(reason(option(a, 'hormonal').reasons, 'reasons.common.hrUnknown').because).toEqual(['hr']);
    expect(reason(approach(a, 'bone').reasons, 'reasons.rt.specificPlaces').because).toEqual(['sites', 'symptoms']);
    expect(option(a, 'targeted').reasons).toEqual([expect.objectContaining({ key: 'reasons.targeted.receptorsUnknown', because: ['hr', 'her2'] })]);
    expect(keysOf(approach(a, 'cdk46-inhibitor').reasons)).toEqual(['reasons.common.hrUnknown']);
    expect(keysOf(approach(a, 'parp-inhibitor').reasons)).toEqual(['reasons.common.her2Unknown', 'reasons.parp.unknown']);
    expect(keysOf(approach(a, 'immunotherapy').reasons)).toEqual(['reasons.common.hrUnknown', 'reasons.common.her2Unknown']);
    expect(a.missing).toEqual([
      { field: 'hr', why: 'missing.hr' },
      { field: 'her2', why: 'missing.her2' },
      { field: 'biomarkers.gbrca', why: 'missing.gbrca' },
    ]);
    expect(a.questions).toEqual([...CORE, 'questions.testsDone', 'questions.germline', 'questions.secondOpinion']);
    expect(keysOf(a.supportiveCare.reasons)).toEqual(['reasons.supportive.always']);
  });

  it('21b. HR-positive, menopause not known: ovarian suppression only before menopause, asked as missing', () => {
    const { a } = assess({ hr: 'positive', her2: 'zero', metastaticLines: 0 });
    expect(approach(a, 'ovarian-suppression').status).toBe('sometimes-considered');
    expect(reason(approach(a, 'ovarian-suppression').reasons, 'reasons.ofs.menopauseUnknown').because).toEqual(['menopause']);
    expect(reason(approach(a, 'aromatase-inhibitor').reasons, 'reasons.hormonal.needsSuppression').because).toEqual(['menopause']);
    expect(a.missing).toContainEqual({ field: 'menopause', why: 'missing.menopause' });
  });

  it('22. HR-positive, HER2 not known: HER2 decides CDK4/6 inhibitors, HER2 medicines and chemotherapy', () => {
    const { a } = assess({ hr: 'positive', her2: 'unknown', menopause: 'post', metastaticLines: 0 });
    expect(statuses(a)).toMatchObject({
      'hormonal/aromatase-inhibitor': 'often-considered',
      'hormonal/oral-serd': 'depends-on-tests',
      'targeted/cdk46-inhibitor': 'depends-on-tests',
      'targeted/her2-directed': 'depends-on-tests',
      'targeted/her2-low-adc': 'depends-on-tests',
      'chemotherapy/single-agent': 'depends-on-tests',
    });
    expect(reason(approach(a, 'her2-directed').reasons, 'reasons.common.her2Unknown').because).toEqual(['her2']);
    expect(a.missing[0]).toEqual({ field: 'her2', why: 'missing.her2' });
  });

  it('23. HR not known, HER2-low: hormone options depend on the ER/PR result', () => {
    const { a } = assess({ hr: 'unknown', her2: 'low', metastaticLines: 0 });
    expect(option(a, 'hormonal').status).toBe('depends-on-tests');
    expect(approach(a, 'ovarian-suppression').status).toBe('depends-on-tests');
    expect(approach(a, 'immunotherapy').status).toBe('depends-on-tests');
    expect(a.missing.map((m) => m.field)).toEqual(['hr', 'biomarkers.gbrca']);
    expect(a.questions).toContain('questions.testsDone');
  });

  it('24. rapid organ threat "not sure" is not assumed: same options as "no"', () => {
    const base = { hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 0 };
    expect(assess({ ...base, rapidOrganThreat: 'unknown' }).a.options).toEqual(assess({ ...base, rapidOrganThreat: 'no' }).a.options);
  });

  it('25. HER2-0 later on: T-DXd not approved, a new HER2 test is worth asking about', () => {
    const { a } = assess({ hr: 'positive', her2: 'zero', metastaticLines: 2, received: ['aromatase-inhibitor', 'cdk46-inhibitor'] });
    expect(approach(a, 'her2-low-adc').status).toBe('not-usually-used');
    expect(reason(approach(a, 'her2-low-adc').reasons, 'reasons.her2LowAdc.zero').because).toEqual(['her2']);
    expect(a.questions).toContain('questions.her2Retest');
  });

  it('25b. "HER2-negative" without the score, after AI + CDK4/6 inhibitor: HER2-negative options; T-DXd waits for the score', () => {
    const base = {
      hr: 'positive', menopause: 'post', metastaticLines: 1, biomarkers: none,
      received: ['aromatase-inhibitor', 'cdk46-inhibitor'], sites: ['liver'],
    };
    const { a } = assess({ ...base, her2: 'negative' });
    const low = assess({ ...base, her2: 'low' }).a;
    expect(statuses(a)).toMatchObject({
      'targeted/her2-directed': 'not-usually-used',
      'targeted/her2-low-adc': 'depends-on-tests',
      'targeted/cdk46-inhibitor': 'sometimes-considered',
      'targeted/pi3k-akt-mtor': 'sometimes-considered',
      'hormonal/fulvestrant': 'often-considered',
      'hormonal/oral-serd': 'not-usually-used',
    });
    expect(reason(approach(a, 'her2-low-adc').reasons, 'reasons.her2LowAdc.scoreUnknown').because).toEqual(['her2']);
    expect(reason(approach(a, 'her2-low-adc').reasons, 'reasons.her2LowAdc.scoreUnknown').sources).toContain('her2-testing');
    // Everything else reads exactly as for a known HER2-low result.
    const others = (x: typeof a) => x.options.flatMap((o) => o.approaches.filter((ap) => ap.id !== 'her2-low-adc'));
    expect(others(a)).toEqual(others(low));
    expect(a.missing).toEqual([
      { field: 'her2', why: 'missing.her2Score' },
      { field: 'biomarkers.gbrca', why: 'missing.gbrca' },
    ]);
    // Before any treatment for metastatic cancer the score does not decide yet (T-DXd comes later).
    const first = assess({ hr: 'positive', her2: 'negative', menopause: 'post', metastaticLines: 0, earlyRelapse: 'de-novo' }).a;
    expect(approach(first, 'her2-low-adc').status).toBe('not-usually-used');
    expect(first.missing.map((m) => m.why)).not.toContain('missing.her2Score');
    // Triple-negative with "HER2-negative": chemotherapy and immunotherapy rules apply as for HER2-0.
    const tn = assess({ hr: 'negative', her2: 'negative', metastaticLines: 0, biomarkers: { pdl1: 'positive' } }).a;
    expect(approach(tn, 'immunotherapy').status).toBe('often-considered');
  });

  it('26. inherited PALB2 change without BRCA: olaparib sometimes (not an approved use)', () => {
    const { a } = assess({ hr: 'negative', her2: 'zero', metastaticLines: 1, biomarkers: { gbrca: 'negative', gpalb2: 'positive' } });
    expect(approach(a, 'parp-inhibitor').status).toBe('sometimes-considered');
    expect(reason(approach(a, 'parp-inhibitor').reasons, 'reasons.parp.palb2').because).toEqual(['biomarkers.gpalb2']);
    const neither = assess({ hr: 'negative', her2: 'zero', biomarkers: { gbrca: 'negative', gpalb2: 'negative' } }).a;
    expect(approach(neither, 'parp-inhibitor').status).toBe('not-usually-used');
    expect(reason(approach(neither, 'parp-inhibitor').reasons, 'reasons.parp.negative').because).toEqual(['biomarkers.gbrca']);
  });
});

describe('sites and symptoms', () => {
  it('27. bone pain: bone radiation often, bone medicines, symptom care, one session or several', () => {
    const { a } = assess({ hr: 'positive', her2: 'zero', metastaticLines: 1, sites: ['bone'], symptoms: ['bone-pain'] });
    expect(approach(a, 'bone').status).toBe('often-considered');
    expect(reason(approach(a, 'bone').reasons, 'reasons.rt.bonePain').because).toEqual(['symptoms', 'sites']);
    expect(option(a, 'radiation').status).toBe('often-considered');
    expect(keysOf(a.supportiveCare.reasons)).toEqual([
      'reasons.supportive.always', 'reasons.supportive.boneMedicines', 'reasons.supportive.symptoms',
    ]);
    expect(a.questions).toEqual(expect.arrayContaining(['questions.boneMedicine', 'questions.radiationSessions', 'questions.palliative']));
  });

  it('28. brain metastases with nerve symptoms, HER2-negative: brain radiation, no waiting note', () => {
    const { a } = assess({ hr: 'positive', her2: 'zero', sites: ['brain'], symptoms: ['neurological'] });
    expect(approach(a, 'brain').status).toBe('often-considered');
    expect(keysOf(approach(a, 'brain').reasons)).toEqual(['reasons.rt.brain']);
    expect(a.questions).toContain('questions.brainOptions');
    // Nerve symptoms without known brain spots: a brain MRI decides.
    const mri = assess({ hr: 'positive', her2: 'zero', sites: ['liver'], symptoms: ['neurological'] }).a;
    expect(approach(mri, 'brain').status).toBe('depends-on-tests');
    expect(reason(approach(mri, 'brain').reasons, 'reasons.rt.neurological').because).toEqual(['symptoms']);
    expect(mri.questions).toContain('questions.brainMri');
  });

  it('29. spine spots with nerve symptoms: urgent radiation and an urgent-care note', () => {
    const { a } = assess({ hr: 'positive', her2: 'zero', sites: ['bone'], symptoms: ['neurological'] });
    expect(approach(a, 'bone').status).toBe('often-considered');
    expect(reason(approach(a, 'bone').reasons, 'reasons.rt.spine').because).toEqual(['sites', 'symptoms']);
    expect(reason(a.supportiveCare.reasons, 'reasons.supportive.spineUrgent').because).toEqual(['sites', 'symptoms']);
  });

  it('30. skin/chest wall and breathing; lymph nodes; liver only', () => {
    const skin = assess({ hr: 'negative', her2: 'zero', sites: ['skin-chest-wall'], symptoms: ['breathing'] }).a;
    expect(approach(skin, 'other-sites').status).toBe('often-considered');
    expect(keysOf(approach(skin, 'other-sites').reasons)).toEqual(['reasons.rt.chestWall', 'reasons.rt.breathing']);
    const nodes = assess({ hr: 'negative', her2: 'zero', sites: ['lymph-nodes'] }).a;
    expect(approach(nodes, 'other-sites').status).toBe('sometimes-considered');
    const liver = assess({ hr: 'negative', her2: 'zero', sites: ['liver'] }).a;
    expect(statuses(liver)).toMatchObject({ radiation: 'not-usually-used', 'radiation/other-sites': 'not-usually-used' });
    expect(reason(approach(liver, 'bone').reasons, 'reasons.rt.notThere').because).toEqual(['sites']);
  });
});

describe('priorities', () => {
  it('31. keeping hair matters most: a scalp-cooling question, never a different status', () => {
    const base = { hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { pdl1: 'negative' } };
    const plain = assess(base).a;
    const hair = assess({ ...base, priorities: { 'keep-hair': 4, 'pills-at-home': 3 } }).a;
    expect(hair.options).toEqual(plain.options);
    expect(hair.supportiveCare).toEqual(plain.supportiveCare);
    expect(hair.missing).toEqual(plain.missing);
    expect(hair.questions).toEqual(expect.arrayContaining(['questions.scalpCooling', 'questions.pillsAndVisits']));
    expect(plain.questions).not.toContain('questions.scalpCooling');
    expect(assess({ ...base, priorities: { 'keep-hair': 2 } }).a.questions).not.toContain('questions.scalpCooling');
  });

  it('32. evaluate is stable for the same answers given twice', () => {
    const { profile } = assess({ hr: 'positive', her2: 'low', metastaticLines: 2 });
    expect(evaluate(profile)).toEqual(evaluate(structuredClone(profile)));
  });
});

// December 2026 update (shared/knowledge/updates-2026-12.md, issue #9): one vignette per new rule, each
// naming the guideline or trial behind it.
describe('December 2026 update', () => {
  const targetedTexts = (a: ReturnType<typeof assess>['a']) => keysOf(option(a, 'targeted').approaches.flatMap((x) => x.reasons));

  it('33. first-line triple-negative, PD-L1 negative, no gBRCA change (NCCN v1.2026 category 1; ASCENT-03, TROPION-Breast02): TROP2 ADC often, so Targeted often', () => {
    const { a } = assess({
      hr: 'negative', her2: 'zero', metastaticLines: 0, earlyRelapse: 'de-novo',
      biomarkers: { pdl1: 'negative', gbrca: 'negative' },
    });
    expect(statuses(a)).toMatchObject({
      targeted: 'often-considered',
      'targeted/trop2-adc': 'often-considered',
      'targeted/immunotherapy': 'not-usually-used',
      'targeted/parp-inhibitor': 'not-usually-used',
      chemotherapy: 'often-considered',
    });
    const r = reason(approach(a, 'trop2-adc').reasons, 'reasons.trop2.firstLine');
    expect(r.because).toEqual(['hr', 'her2', 'metastaticLines', 'biomarkers.pdl1', 'biomarkers.gbrca']);
    expect(r.sources).toEqual(['nccn-breast-2026', 'ascent-03', 'fda-datopotamab-tnbc', 'fda-sacituzumab-1l']);
    // The old later-line wording ("after 2 or more treatments") is not shown at first line.
    expect(targetedTexts(a)).not.toContain('reasons.trop2.tnbc');
  });

  it('34. first-line triple-negative with a gBRCA change (NCCN v1.2026; OlympiAD, EMBRACA): PARP inhibitor still often, TROP2 ADC sometimes, with the reason', () => {
    const { a } = assess({
      hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { pdl1: 'negative', gbrca: 'positive' },
    });
    expect(statuses(a)).toMatchObject({
      targeted: 'often-considered',
      'targeted/parp-inhibitor': 'often-considered',
      'targeted/trop2-adc': 'sometimes-considered',
    });
    expect(keysOf(approach(a, 'parp-inhibitor').reasons)).toEqual(['reasons.parp.gbrca']);
    expect(reason(approach(a, 'trop2-adc').reasons, 'reasons.trop2.firstLineGbrca').because).toEqual(['biomarkers.gbrca', 'metastaticLines']);
    // With PD-L1 CPS ≥ 10 the pembrolizumab partnership is listed whatever the BRCA result (NCCN v1.2026, ASCENT-04).
    const pos = assess({ hr: 'negative', her2: 'zero', metastaticLines: 0, biomarkers: { pdl1: 'positive', gbrca: 'positive' } }).a;
    expect(approach(pos, 'trop2-adc').status).toBe('often-considered');
    expect(approach(pos, 'parp-inhibitor').status).toBe('often-considered');
  });

  it('35. HR-positive HER2-low after T-DXd and sacituzumab (update §2: no guideline lists TROP2 ADCs back to back): both ADC approaches not usually, with reasons', () => {
    const { a } = assess({
      hr: 'positive', her2: 'low', menopause: 'post', metastaticLines: 4, biomarkers: none,
      received: ['aromatase-inhibitor', 'cdk46-inhibitor', 'fulvestrant', 'capecitabine', 't-dxd', 'sacituzumab'],
    });
    expect(statuses(a)).toMatchObject({
      'targeted/her2-low-adc': 'not-usually-used',
      'targeted/trop2-adc': 'not-usually-used',
    });
    expect(keysOf(approach(a, 'her2-low-adc').reasons)).toEqual(['reasons.her2LowAdc.alreadyReceived']);
    expect(reason(approach(a, 'trop2-adc').reasons, 'reasons.trop2.alreadyReceived').because).toEqual(['received']);
    // Datopotamab counts the same as sacituzumab; after T-DXd alone the TROP2 ADC carries the sequencing caveat.
    const dato = assess({ hr: 'positive', her2: 'low', metastaticLines: 3, received: ['capecitabine', 'datopotamab'] }).a;
    expect(approach(dato, 'trop2-adc').status).toBe('not-usually-used');
    const tdxdOnly = assess({ hr: 'positive', her2: 'low', metastaticLines: 3, received: ['capecitabine', 't-dxd'] }).a;
    expect(approach(tdxdOnly, 'trop2-adc').status).toBe('often-considered');
    expect(keysOf(approach(tdxdOnly, 'trop2-adc').reasons)).toEqual(['reasons.trop2.hrPositive', 'reasons.adc.sequence']);
  });

  it('36. triple-negative HER2-low after first-line sacituzumab (DESTINY-Breast04 population; update §2): T-DXd sometimes, with both caveats; no second TROP2 ADC', () => {
    const { a } = assess({ hr: 'negative', her2: 'low', metastaticLines: 1, biomarkers: { pdl1: 'negative', gbrca: 'negative' }, received: ['sacituzumab'] });
    expect(statuses(a)).toMatchObject({
      'targeted/her2-low-adc': 'sometimes-considered',
      'targeted/trop2-adc': 'not-usually-used',
    });
    expect(keysOf(approach(a, 'her2-low-adc').reasons)).toEqual([
      'reasons.her2LowAdc.afterChemo', 'reasons.her2LowAdc.afterTrop2', 'reasons.adc.sequence',
    ]);
    // After chemotherapy too, T-DXd stays often, still with the sequencing caveat.
    const chemo = assess({ hr: 'negative', her2: 'low', metastaticLines: 2, received: ['sacituzumab', 'taxane'] }).a;
    expect(approach(chemo, 'her2-low-adc').status).toBe('often-considered');
    expect(keysOf(approach(chemo, 'her2-low-adc').reasons)).toEqual(['reasons.her2LowAdc.afterChemo', 'reasons.adc.sequence']);
  });

  it('37. ESR1 change found before progression (SERENA-6; FDA advisory committee 2026): oral SERD a question for the care team, not often', () => {
    const { a } = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 0, earlyRelapse: 'de-novo',
      received: ['aromatase-inhibitor', 'cdk46-inhibitor'], biomarkers: { ...none, esr1: 'positive' },
    });
    expect(approach(a, 'oral-serd').status).toBe('sometimes-considered');
    expect(keysOf(approach(a, 'oral-serd').reasons)).toEqual(['reasons.oralSerd.beforeProgression', 'reasons.oralSerd.camizestrant']);
    expect(reason(approach(a, 'oral-serd').reasons, 'reasons.oralSerd.camizestrant').sources).toEqual(['serena-6', 'camizestrant-regulatory']);
    expect(a.questions).toContain('questions.esr1Found');
    // Found after a line for metastatic disease (growth on hormone therapy): often, with vepdegestrant's label cited.
    const later = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 1,
      received: ['aromatase-inhibitor', 'cdk46-inhibitor'], biomarkers: { ...none, esr1: 'positive' },
    }).a;
    expect(approach(later, 'oral-serd').status).toBe('often-considered');
    expect(reason(approach(later, 'oral-serd').reasons, 'reasons.oralSerd.esr1Positive').sources).toContain('fda-vepdegestrant');
    expect(later.questions).not.toContain('questions.esr1Found');
  });

  it('38. relapse on an adjuvant CDK4/6 inhibitor (update §4; postMONARCH): first-line CDK4/6 inhibitor sometimes, with the reason', () => {
    const { a } = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 0, earlyRelapse: 'during-or-within-12-months',
      received: ['aromatase-inhibitor', 'cdk46-inhibitor'],
    });
    expect(approach(a, 'cdk46-inhibitor').status).toBe('sometimes-considered');
    expect(reason(approach(a, 'cdk46-inhibitor').reasons, 'reasons.cdk46.afterAdjuvant').because).toEqual([
      'received', 'earlyRelapse', 'metastaticLines',
    ]);
    // De novo with a CDK4/6 inhibitor already started: it is the first-line treatment, not adjuvant.
    const deNovo = assess({
      hr: 'positive', her2: 'zero', menopause: 'post', metastaticLines: 0, earlyRelapse: 'de-novo',
      received: ['aromatase-inhibitor', 'cdk46-inhibitor'],
    }).a;
    expect(approach(deNovo, 'cdk46-inhibitor').status).toBe('often-considered');
  });

  it('39. HER2-positive, HR-positive, first line (ASCO HER2-positive 2022): no "with a CDK4/6 inhibitor" wording outside the CDK4/6 row', () => {
    for (const menopause of ['pre', 'post', 'male', 'unknown']) {
      for (const earlyRelapse of ['de-novo', 'during-or-within-12-months', 'later', 'unknown']) {
        const { a } = assess({ hr: 'positive', her2: 'positive', menopause, metastaticLines: 0, earlyRelapse });
        const outside = a.options.flatMap((o) => [
          ...o.reasons,
          ...o.approaches.filter((x) => x.id !== 'cdk46-inhibitor').flatMap((x) => x.reasons),
        ]);
        for (const r of outside) expect(engineText(r.key), `${menopause}/${earlyRelapse}: ${r.key}`).not.toMatch(/CDK4\/6/);
        expect(approach(a, 'aromatase-inhibitor').status).toBe('sometimes-considered');
        expect(approach(a, 'cdk46-inhibitor').status).toBe('not-usually-used');
      }
    }
  });
});
