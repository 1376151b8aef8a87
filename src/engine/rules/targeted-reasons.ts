// What the targeted-therapy rules (targeted.ts) can say, each reason with the sources it rests on.
import { def } from '../reason.js';

export const TARGETED_REASONS = {
  // NSAI or fulvestrant + CDK4/6i first line (src: asco-2021-er-positive, asco-endocrine-2024, abc4-hr-positive)
  cdkFirst: def('reasons.cdk46.firstLine', 'asco-2021-er-positive', 'asco-endocrine-2024', 'abc4-hr-positive'),
  // SONIA (about 9 in 10 on palbociclib): first vs second line, similar OS, fewer side-effect months second;
  // MONALEESA-2: ribociclib first line lengthened OS. Both halves, always (src: sonia, monaleesa-2-os)
  cdkTiming: def('reasons.cdk46.timing', 'sonia'),
  cdkTimingRibociclib: def('reasons.cdk46.timingRibociclib', 'monaleesa-2-os', 'asco-endocrine-2024'),
  // Fulvestrant + CDK4/6i after progression on AI (src: asco-2021-er-positive)
  cdkNotYet: def('reasons.cdk46.notYetUsed', 'asco-2021-er-positive'),
  // Relapse during or soon after an adjuvant CDK4/6i, no metastatic line yet: a first-line CDK4/6i is less
  // settled (update file §4; guideline position not verified, so "sometimes", not "often") (src: asco-endocrine-2024, postmonarch)
  cdkAfterAdjuvant: def('reasons.cdk46.afterAdjuvant', 'asco-endocrine-2024', 'postmonarch'),
  // After a CDK4/6i: switching to abemaciclib (postMONARCH, PFS 6.0 vs 5.3) or ribociclib (MAINTAIN, phase 2)
  // helped; palbociclib rechallenge (PALMIRA) did not. Guideline position unverified (src: postmonarch, maintain, palmira)
  cdkAfter: def('reasons.cdk46.afterCdk', 'postmonarch', 'maintain', 'palmira'),
  // HER2+: abemaciclib + trastuzumab + fulvestrant among third-line options (src: asco-her2pos-2022)
  cdkHer2Pos: def('reasons.cdk46.her2Positive', 'asco-her2pos-2022'),
  // Visceral crisis → chemotherapy first; role of CDK4/6i questioned (src: abc4-definitions, visceral-crisis-review-2024)
  cdkCrisis: def('reasons.cdk46.crisis', 'abc4-definitions', 'visceral-crisis-review-2024'),
  // Inavolisib + palbociclib + fulvestrant, PIK3CA, relapse ≤12 months after adjuvant ET (src: fda-inavolisib-snapshot, swissmedic-inavolisib)
  inavolisib: def('reasons.pi3k.inavolisib', 'fda-inavolisib-snapshot', 'swissmedic-inavolisib'),
  // PIK3CA → capivasertib or alpelisib + fulvestrant; choose by side effects (src: asco-biomarkers-2024, fda-capivasertib, fda-alpelisib)
  pik3ca: def('reasons.pi3k.pik3ca', 'asco-biomarkers-2024', 'fda-capivasertib', 'fda-alpelisib'),
  // AKT1/PTEN → capivasertib + fulvestrant, not alpelisib (src: asco-biomarkers-2024, fda-capivasertib)
  aktPten: def('reasons.pi3k.aktPten', 'asco-biomarkers-2024', 'fda-capivasertib'),
  pi3kUnknown: def('reasons.pi3k.unknown', 'asco-biomarkers', 'asco-biomarkers-2024'),
  pi3kNegative: def('reasons.pi3k.negative', 'asco-biomarkers-2024', 'fda-alpelisib', 'fda-capivasertib'),
  // Everolimus + exemestane regardless of genomics (src: asco-biomarkers-2024)
  everolimus: def('reasons.pi3k.everolimus', 'asco-biomarkers-2024'),
  pi3kLater: def('reasons.pi3k.laterLine', 'asco-biomarkers-2024', 'fda-capivasertib', 'fda-inavolisib-snapshot'),
  pi3kHer2Pos: def('reasons.common.her2NegativeOnly', 'fda-alpelisib', 'fda-capivasertib'),
  // THP first line; T-DXd + pertuzumab approved first line Dec 2025 (src: asco-her2pos-2022, destiny-breast09)
  her2First: def('reasons.her2.firstLine', 'asco-her2pos-2022', 'destiny-breast09'),
  // T-DXd second line (src: asco-her2pos-2022 rec 2.1, destiny-breast03)
  her2Second: def('reasons.her2.secondLine', 'asco-her2pos-2022', 'destiny-breast03'),
  // Third line+: tucatinib combination, T-DM1, neratinib, …; no head-to-head trials (src: asco-her2pos-2022)
  her2AfterTdxd: def('reasons.her2.afterTdxd', 'asco-her2pos-2022'),
  her2EveryLine: def('reasons.her2.everyLine', 'asco-her2pos-2022'),
  // Brain metastases: tucatinib + trastuzumab + capecitabine may be offered; T-DXd active in the brain (src: asco-2022-her2-brain, her2climb-brain, destiny-breast12)
  her2Brain: def('reasons.her2.brain', 'asco-2022-her2-brain', 'her2climb-brain', 'destiny-breast12'),
  her2NotPos: def('reasons.her2.notPositive', 'asco-her2pos-2022', 'her2-testing'),
  // HR+ HER2-low/ultralow after ≥1 endocrine therapy, no chemo for MBC (src: fda-tdxd-her2low, destiny-breast06)
  lowAfterEndocrine: def('reasons.her2LowAdc.afterEndocrine', 'fda-tdxd-her2low', 'destiny-breast06'),
  // HER2-low after ≥1 chemo for MBC (src: destiny-breast04, asco-her2neg-updates 2022 update)
  lowAfterChemo: def('reasons.her2LowAdc.afterChemo', 'destiny-breast04', 'asco-her2neg-updates'),
  lowLater: def('reasons.her2LowAdc.laterLine', 'fda-tdxd-her2low', 'destiny-breast04'),
  // HER2-0: T-DXd not indicated; HER2 status can change on retesting (src: fda-tdxd-her2low, her2-testing, cco-her2low-faq)
  lowZero: def('reasons.her2LowAdc.zero', 'fda-tdxd-her2low', 'her2-testing', 'cco-her2low-faq'),
  // "HER2-negative" on a report covers 0, ultralow and low (1+, 2+ ISH−); only low/ultralow open T-DXd (src: her2-testing, fda-tdxd-her2low)
  lowScoreUnknown: def('reasons.her2LowAdc.scoreUnknown', 'her2-testing', 'fda-tdxd-her2low', 'cco-her2low-faq'),
  // Ultralow indication is HR-positive only, chemo-naive for MBC (src: fda-tdxd-her2low)
  ultralowHrNeg: def('reasons.her2LowAdc.ultralowHrNegative', 'fda-tdxd-her2low'),
  ultralowChemo: def('reasons.her2LowAdc.ultralowAfterChemo', 'fda-tdxd-her2low', 'destiny-breast06'),
  lowHer2Pos: def('reasons.her2LowAdc.her2Positive', 'asco-her2pos-2022'),
  // T-DXd "if not received before" (src: asco-her2pos-2022)
  lowAgain: def('reasons.her2LowAdc.alreadyReceived', 'asco-her2pos-2022'),
  // TNBC: sacituzumab after ≥2 prior therapies, ≥1 metastatic (src: asco-her2neg-updates, fda-sacituzumab)
  trop2Tnbc: def('reasons.trop2.tnbc', 'asco-her2neg-updates', 'fda-sacituzumab'),
  // First-line TNBC, PD-L1 CPS <10 or not a candidate for immunotherapy, no germline BRCA change: sacituzumab
  // govitecan category 1 preferred, datopotamab deruxtecan other recommended (NCCN v1.2026); FDA approvals
  // May and June 2026 (src: nccn-breast-2026, ascent-03, tropion-breast02, fda-sacituzumab-1l)
  trop2First: def('reasons.trop2.firstLine', 'nccn-breast-2026', 'ascent-03', 'fda-datopotamab-tnbc', 'fda-sacituzumab-1l'),
  // First-line TNBC, PD-L1 CPS ≥10: sacituzumab + pembrolizumab, category 2A preferred (src: nccn-breast-2026, ascent-04, fda-sacituzumab-1l)
  trop2FirstPembro: def('reasons.trop2.firstLinePdl1Positive', 'nccn-breast-2026', 'ascent-04', 'fda-sacituzumab-1l'),
  // PD-L1 not known: listed either alone or with pembrolizumab; the test decides which (src: nccn-breast-2026, fda-sacituzumab-1l)
  trop2FirstPdl1Unknown: def('reasons.trop2.firstLinePdl1Unknown', 'nccn-breast-2026', 'fda-sacituzumab-1l'),
  // NCCN's preferred listing is for people without a germline BRCA change; with one, PARP inhibitors and
  // platinum are also listed (src: nccn-breast-2026, asco-her2neg-updates)
  trop2FirstGbrca: def('reasons.trop2.firstLineGbrca', 'nccn-breast-2026', 'asco-her2neg-updates'),
  // No guideline lists a second TROP2 ADC straight after another; sequencing data limited and retrospective
  // (update file §2) (src: nccn-breast-2026, asco-her2neg-updates)
  trop2Again: def('reasons.trop2.alreadyReceived', 'nccn-breast-2026', 'asco-her2neg-updates'),
  // One ADC after another: data limited (src: asco-her2neg-updates, destiny-breast04)
  adcSequence: def('reasons.adc.sequence', 'asco-her2neg-updates', 'destiny-breast04'),
  // T-DXd after a TROP2 ADC without chemotherapy: DESTINY-Breast04 enrolled people after chemotherapy (src: destiny-breast04, fda-tdxd-her2low)
  lowAfterTrop2: def('reasons.her2LowAdc.afterTrop2', 'destiny-breast04', 'fda-tdxd-her2low'),
  // HR+: sacituzumab after ET + ≥2 further therapies; Dato-DXd after ET + 1–2 chemo lines (src: asco-sacituzumab-2023, fda-datopotamab)
  trop2Hr: def('reasons.trop2.hrPositive', 'asco-sacituzumab-2023', 'fda-datopotamab'),
  trop2Her2Pos: def('reasons.common.her2NegativeOnly', 'fda-sacituzumab', 'fda-datopotamab'),
  // gBRCA, HER2-negative → olaparib/talazoparib (src: asco-2021-er-positive, asco-her2neg-updates, fda-olaparib, fda-talazoparib-2018)
  parpGbrca: def('reasons.parp.gbrca', 'asco-2021-er-positive', 'asco-her2neg-updates', 'fda-olaparib', 'fda-talazoparib-2018'),
  // gPALB2: off-label, phase 2 TBCRC 048; ASCO: insufficient evidence (src: tbcrc-048, asco-biomarkers-recs)
  parpPalb2: def('reasons.parp.palb2', 'tbcrc-048', 'asco-biomarkers-recs'),
  parpNegative: def('reasons.parp.negative', 'fda-olaparib', 'fda-talazoparib-2018'),
  parpUnknown: def('reasons.parp.unknown', 'asco-biomarkers', 'fda-talazoparib-2018'),
  parpHer2Pos: def('reasons.common.her2NegativeOnly', 'fda-olaparib', 'fda-talazoparib-2018'),
  // PD-L1 CPS ≥10 TNBC → pembrolizumab with chemotherapy or with sacituzumab govitecan first line
  // (src: nccn-breast-2026, keynote-355, ascent-04, fda-pembrolizumab-tnbc)
  immunoPos: def('reasons.immuno.pdl1Positive', 'nccn-breast-2026', 'keynote-355', 'ascent-04', 'fda-pembrolizumab-tnbc'),
  // KEYNOTE-355: benefit limited to CPS ≥10 (src: keynote-355)
  immunoNeg: def('reasons.immuno.pdl1Negative', 'keynote-355'),
  immunoUnk: def('reasons.immuno.pdl1Unknown', 'asco-biomarkers-recs', 'keynote-355'),
  immunoFirstOnly: def('reasons.immuno.firstLineOnly', 'fda-pembrolizumab-tnbc', 'asco-her2neg-updates'),
  immunoNotTnbc: def('reasons.immuno.notTripleNegative', 'fda-pembrolizumab-tnbc', 'asco-biomarkers-recs'),
  // MSI-H/dMMR, NTRK: tumour-agnostic approvals, after standard options (src: fda-pembrolizumab-msi-2017, asco-biomarkers-recs)
  agnosticPos: def('reasons.agnostic.positive', 'fda-pembrolizumab-msi-2017', 'asco-biomarkers-recs'),
  agnosticNeg: def('reasons.agnostic.negative', 'asco-biomarkers-recs'),
  agnosticUnk: def('reasons.agnostic.unknown', 'asco-biomarkers-recs'),
  agnosticRare: def('reasons.agnostic.rare', 'asco-biomarkers-recs', 'fda-pembrolizumab-msi-2017'),
  // Option-level summaries
  optHr: def('reasons.targeted.hrPositive', 'asco-endocrine-2024', 'asco-biomarkers'),
  optHer2: def('reasons.targeted.her2Positive', 'asco-her2pos-2022'),
  optTnbc: def('reasons.targeted.tripleNegative', 'nccn-breast-2026', 'asco-her2neg-updates', 'asco-biomarkers'),
  optUnknown: def('reasons.targeted.receptorsUnknown', 'esmo-mbc-2021', 'asco-biomarkers'),
};
