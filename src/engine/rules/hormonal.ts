// Hormonal (endocrine) therapy: aromatase inhibitors, tamoxifen, fulvestrant, oral SERDs, ovarian
// suppression. Statuses say how often guidelines discuss each for answers like these.
import type { Facts } from '../facts.js';
import type { AnswerPath, Reason } from '../types.js';
import { DEPENDS, NOT, OFTEN, SOMETIMES, cap, def, verdict, why, type Verdict } from '../reason.js';
import { C, gate } from './common.js';

const D = {
  // Hormone therapy is the usual first treatment for HR+ disease, over several lines (src: abc4-hr-positive, asco-endocrine-2024)
  hrPositive: def('reasons.hormonal.hrPositive', 'abc4-hr-positive', 'asco-endocrine-2024'),
  hrNegative: def('reasons.hormonal.hrNegative', 'asco-2016-endocrine', 'lbbc-subtypes'),
  // Endocrine therapy first "unless visceral crisis" (src: abc4-hr-positive, abc4-definitions, asco-2014-her2neg)
  crisis: def('reasons.hormonal.crisis', 'abc4-hr-positive', 'abc4-definitions', 'asco-2014-her2neg'),
  // HR+/HER2+: endocrine therapy with HER2 therapy in selected people (src: asco-her2pos-2022 rec 1.0)
  her2Positive: def('reasons.hormonal.her2Positive', 'asco-her2pos-2022'),
  // AI needs ovarian suppression before menopause and a GnRH agonist in men (src: nccn-patients-stage-iv, abc4-hr-positive, asco-male-2020)
  needsSuppression: def('reasons.hormonal.needsSuppression', 'nccn-patients-stage-iv', 'abc4-hr-positive', 'asco-male-2020'),
  // NSAI + CDK4/6i first line (src: asco-2021-er-positive, asco-endocrine-2024)
  aiFirst: def('reasons.ai.firstLine', 'asco-2021-er-positive', 'asco-endocrine-2024'),
  // Relapse within 12 months of adjuvant therapy → fulvestrant + CDK4/6i (src: asco-2021-er-positive, abc4-definitions)
  aiEarly: def('reasons.ai.earlyRelapse', 'asco-2021-er-positive', 'abc4-definitions'),
  // After a non-steroidal AI: exemestane with everolimus (src: asco-biomarkers-2024, nccn-patients-stage-iv)
  aiAfterAi: def('reasons.ai.afterAi', 'asco-biomarkers-2024', 'nccn-patients-stage-iv'),
  aiNotYet: def('reasons.ai.notYetUsed', 'asco-2021-er-positive', 'abc4-hr-positive'),
  // Men: tamoxifen, AI with GnRH agonist, or fulvestrant (src: asco-male-2020)
  tamMale: def('reasons.tamoxifen.male', 'asco-male-2020'),
  // Premenopausal: tamoxifen alone only if ovarian suppression is declined; less effective (src: abc4-hr-positive)
  tamPre: def('reasons.tamoxifen.pre', 'abc4-hr-positive'),
  // AIs did better than tamoxifen in trials (src: ai-vs-tamoxifen-review)
  tamOther: def('reasons.tamoxifen.other', 'ai-vs-tamoxifen-review', 'abc4-hr-positive'),
  // Fulvestrant (± CDK4/6i) is a first-line option (src: asco-2021-er-positive)
  fulvFirst: def('reasons.fulvestrant.firstLine', 'asco-2021-er-positive'),
  // Recurrence within 1 year of adjuvant AI → fulvestrant + CDK4/6i (src: asco-2021-er-positive, fda-capivasertib)
  fulvEarly: def('reasons.fulvestrant.earlyRelapse', 'asco-2021-er-positive', 'fda-capivasertib'),
  // Later lines: fulvestrant partners CDK4/6i, capivasertib, alpelisib (src: asco-2021-er-positive, asco-biomarkers-2024)
  fulvLater: def('reasons.fulvestrant.later', 'asco-2021-er-positive', 'asco-biomarkers-2024'),
  // Oral ER degraders for ESR1-mutated disease after ≥1 endocrine line (src: asco-endocrine-2024, fda-elacestrant, fda-imlunestrant, fda-vepdegestrant)
  serdEsr1: def('reasons.oralSerd.esr1Positive', 'asco-endocrine-2024', 'fda-elacestrant', 'fda-imlunestrant', 'fda-vepdegestrant', 'veritac-2'),
  // No benefit without an ESR1 mutation; retest at each progression (src: fda-elacestrant, fda-imlunestrant, asco-esr1-2023)
  serdEsr1Neg: def('reasons.oralSerd.esr1Negative', 'fda-elacestrant', 'fda-imlunestrant', 'asco-esr1-2023'),
  // ESR1 by blood ctDNA at progression on endocrine therapy (src: asco-esr1-2023)
  serdEsr1Unk: def('reasons.oralSerd.esr1Unknown', 'asco-esr1-2023', 'fda-elacestrant'),
  serdAfter: def('reasons.oralSerd.afterEndocrine', 'fda-elacestrant', 'fda-imlunestrant', 'fda-vepdegestrant'),
  serdHer2Pos: def('reasons.common.her2NegativeOnly', 'fda-elacestrant', 'fda-imlunestrant'),
  // ESR1 found before the cancer grew on hormone therapy for metastatic disease: no US label supports switching
  // then; camizestrant (SERENA-6) has a positive EU opinion, is not FDA-approved (src: serena-6, camizestrant-regulatory, fda-elacestrant, fda-vepdegestrant)
  serdBeforeProgression: def('reasons.oralSerd.beforeProgression', 'fda-elacestrant', 'fda-imlunestrant', 'fda-vepdegestrant'),
  serdCamizestrant: def('reasons.oralSerd.camizestrant', 'serena-6', 'camizestrant-regulatory'),
  // Premenopausal: ovarian suppression, then as postmenopausal (src: abc4-hr-positive, nccn-patients-stage-iv)
  ofsPre: def('reasons.ofs.pre', 'abc4-hr-positive', 'nccn-patients-stage-iv'),
  ofsPost: def('reasons.ofs.post', 'nccn-patients-stage-iv'),
  // Men: GnRH agonist with an AI (src: asco-male-2020)
  ofsMale: def('reasons.ofs.male', 'asco-male-2020'),
  ofsUnknown: def('reasons.ofs.menopauseUnknown', 'abc4-hr-positive', 'nccn-patients-stage-iv'),
};
/** Every reason this file can give, for the engine's registry (reason-defs.ts). */
export { D as HORMONAL_REASONS };

/** Situations that make hormone-only approaches less discussed, with the reason added. */
function limits(f: Facts, v: Verdict): Verdict {
  const capped = cap(v, f.her2Pos, () => why(D.her2Positive, 'hr', 'her2'));
  return cap(capped, f.crisis, () => why(D.crisis, 'rapidOrganThreat'));
}

function aromataseInhibitor(f: Facts): Verdict {
  const g = gate(f, { hr: true });
  if (g) return g;
  let v: Verdict;
  // HER2-positive: with HER2 medicines, never the HER2-negative "with a CDK4/6 inhibitor" wording
  // (CDK4/6 inhibitors are not first-line partners there).
  if (f.her2Pos) v = verdict(SOMETIMES, why(D.her2Positive, 'hr', 'her2'));
  else if (f.earlyRel && !f.later) v = verdict(SOMETIMES, why(D.aiEarly, 'earlyRelapse'));
  else if (f.first) v = verdict(OFTEN, why(D.aiFirst, 'hr', 'metastaticLines'));
  else if (f.hadAi) v = verdict(SOMETIMES, why(D.aiAfterAi, 'received'));
  else v = verdict(OFTEN, why(D.aiNotYet, 'received'));
  if (!f.post) v.reasons.push(why(D.needsSuppression, 'menopause'));
  return limits(f, v);
}

function tamoxifen(f: Facts): Verdict {
  const g = gate(f, { hr: true });
  if (g) return g;
  if (f.male) return limits(f, verdict(OFTEN, why(D.tamMale, 'menopause')));
  if (f.pre) return limits(f, verdict(SOMETIMES, why(D.tamPre, 'menopause')));
  return limits(f, verdict(SOMETIMES, why(D.tamOther, 'hr')));
}

function fulvestrant(f: Facts): Verdict {
  const g = gate(f, { hr: true });
  if (g) return g;
  let v: Verdict;
  if (f.her2Pos) v = verdict(SOMETIMES, why(D.her2Positive, 'hr', 'her2'));
  else if (f.earlyRel && !f.later) v = verdict(OFTEN, why(D.fulvEarly, 'earlyRelapse'));
  else if (f.later || (f.linesUnk && f.hadEndocrine)) v = verdict(OFTEN, why(D.fulvLater, f.later ? 'metastaticLines' : 'received'));
  else v = verdict(SOMETIMES, why(D.fulvFirst, 'metastaticLines'));
  if (f.pre || f.menoUnk) v.reasons.push(why(D.needsSuppression, 'menopause'));
  return limits(f, v);
}

/**
 * An ESR1 change with hormone therapy received but no line yet counted for metastatic disease and no relapse
 * during or soon after adjuvant hormone pills: the change was found while the first treatment still works
 * (de novo: that treatment is under way) or at a late relapse — not at growth on hormone therapy, which is
 * where the oral SERD labels apply (SERENA-6 tested switching before growth).
 */
export const esr1BeforeProgression = (f: Facts): boolean =>
  f.p.biomarkers.esr1 === 'positive' && f.first && !f.earlyRel && f.hadEndocrine;

function oralSerd(f: Facts): Verdict {
  const g = gate(f, { hr: true, her2Negative: D.serdHer2Pos });
  if (g) return g;
  const esr1 = f.p.biomarkers.esr1;
  if (esr1 === 'negative') return verdict(NOT, why(D.serdEsr1Neg, 'biomarkers.esr1'));
  if (!f.pretreated) {
    return verdict(f.first ? NOT : SOMETIMES, why(D.serdAfter, 'metastaticLines', 'received'));
  }
  if (esr1 === 'positive') {
    // Found before any growth on hormone therapy for metastatic disease: a question for the care team.
    if (esr1BeforeProgression(f)) {
      const paths: AnswerPath[] = ['biomarkers.esr1', 'metastaticLines', 'earlyRelapse', 'received'];
      return verdict(SOMETIMES, why(D.serdBeforeProgression, ...paths), why(D.serdCamizestrant, ...paths));
    }
    return limits(f, verdict(OFTEN, why(D.serdEsr1, 'biomarkers.esr1', ...f.pretreatedBy)));
  }
  return verdict(DEPENDS, why(D.serdEsr1Unk, 'biomarkers.esr1', ...f.pretreatedBy));
}

function ovarianSuppression(f: Facts): Verdict {
  const g = gate(f, { hr: true });
  if (g) return g;
  if (f.pre) return limits(f, verdict(OFTEN, why(D.ofsPre, 'menopause')));
  if (f.male) return limits(f, verdict(SOMETIMES, why(D.ofsMale, 'menopause')));
  if (f.post) return verdict(NOT, why(D.ofsPost, 'menopause'));
  return limits(f, verdict(SOMETIMES, why(D.ofsUnknown, 'menopause')));
}

export const HORMONAL_APPROACHES = {
  'aromatase-inhibitor': aromataseInhibitor,
  tamoxifen,
  fulvestrant,
  'oral-serd': oralSerd,
  'ovarian-suppression': ovarianSuppression,
};

export function hormonalReasons(f: Facts): Reason[] {
  if (f.hrNeg) return [why(D.hrNegative, 'hr')];
  if (f.hrUnk) return [why(C.hrUnknown, 'hr')];
  const out = [why(D.hrPositive, 'hr')];
  if (f.her2Pos) out.push(why(D.her2Positive, 'hr', 'her2'));
  if (f.crisis) out.push(why(D.crisis, 'rapidOrganThreat'));
  return out;
}
