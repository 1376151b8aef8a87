// Chemotherapy: one drug at a time (single agent) or two or more together (combination).
import type { Facts } from '../facts.js';
import type { Reason } from '../types.js';
import { DEPENDS, NOT, OFTEN, SOMETIMES, def, verdict, why, type Verdict } from '../reason.js';
import { C } from './common.js';

const D = {
  // Visceral crisis needs the most rapidly effective therapy: chemotherapy first (src: abc4-definitions, abc4-hr-positive, asco-2014-her2neg)
  crisis: def('reasons.chemo.crisis', 'abc4-definitions', 'abc4-hr-positive', 'asco-2014-her2neg'),
  // HR+: endocrine therapy first, chemo for life-threatening disease or endocrine resistance (src: asco-2014-her2neg, asco-2016-endocrine, asco-endocrine-2024)
  hrPositive: def('reasons.chemo.hrPositive', 'asco-2014-her2neg', 'asco-2016-endocrine', 'asco-endocrine-2024'),
  // HER2+: THP first line (src: asco-her2pos-2022)
  her2First: def('reasons.chemo.her2FirstLine', 'asco-her2pos-2022'),
  // HER2+ later: tucatinib + trastuzumab + capecitabine, chemo + trastuzumab (src: asco-her2pos-2022)
  her2Later: def('reasons.chemo.her2Later', 'asco-her2pos-2022'),
  // TNBC: chemotherapy ± pembrolizumab first line, further single agents later (src: asco-her2neg-updates)
  tnbc: def('reasons.chemo.tripleNegative', 'asco-her2neg-updates'),
  // ER-negative: chemo may be used first (src: bcfnz-chemo, asco-her2neg-updates)
  hrNegative: def('reasons.chemo.hrNegative', 'bcfnz-chemo', 'asco-her2neg-updates'),
  // Combination for symptomatic or immediately life-threatening disease (src: asco-her2neg-updates, cochrane-combination)
  comboCrisis: def('reasons.chemo.combinationCrisis', 'asco-her2neg-updates', 'cochrane-combination'),
  // Sequential single agents preferred; combination no OS gain, more toxicity (src: asco-2014-her2neg, cochrane-combination)
  comboUsual: def('reasons.chemo.combinationUsual', 'asco-2014-her2neg', 'cochrane-combination'),
  // KEYNOTE-355 partners include gemcitabine-carboplatin (src: keynote-355, asco-her2neg-updates)
  comboPembro: def('reasons.chemo.withPembrolizumab', 'keynote-355', 'asco-her2neg-updates'),
};
/** Every reason this file can give, for the engine's registry (reason-defs.ts). */
export { D as CHEMOTHERAPY_REASONS };

function singleAgent(f: Facts): Verdict {
  if (f.crisis) return verdict(OFTEN, why(D.crisis, 'rapidOrganThreat'));
  if (f.her2Pos) {
    return f.later
      ? verdict(SOMETIMES, why(D.her2Later, 'her2', 'metastaticLines'))
      : verdict(OFTEN, why(D.her2First, 'her2', 'metastaticLines'));
  }
  if (f.tnbc) return verdict(OFTEN, why(D.tnbc, 'hr', 'her2'));
  if (f.hrNeg) return verdict(OFTEN, why(D.hrNegative, 'hr'));
  if (f.hrUnk) return verdict(DEPENDS, why(C.hrUnknown, 'hr'));
  // HR-positive: HER2 decides whether chemotherapy joins the first treatment (src: asco-her2pos-2022)
  if (f.her2Unk) return verdict(DEPENDS, why(C.her2Unknown, 'her2'));
  return verdict(SOMETIMES, why(D.hrPositive, 'hr', 'her2', 'metastaticLines'));
}

function combination(f: Facts): Verdict {
  if (f.crisis) return verdict(SOMETIMES, why(D.comboCrisis, 'rapidOrganThreat'));
  if (f.tnbc && !f.later && f.p.biomarkers.pdl1 === 'positive') {
    return verdict(SOMETIMES, why(D.comboPembro, 'biomarkers.pdl1', 'hr', 'her2', 'metastaticLines'));
  }
  return verdict(NOT, why(D.comboUsual, 'rapidOrganThreat'));
}

export const CHEMOTHERAPY_APPROACHES = {
  'single-agent': singleAgent,
  combination,
};

export function chemotherapyReasons(_f: Facts, approaches: readonly Verdict[]): Reason[] {
  return approaches[0]?.reasons.slice() ?? [];
}
