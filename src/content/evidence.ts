// What the pivotal studies found, with their numbers as data (never inside the text), so every
// translation shows the same figures. `year` is the year of the study's main publication or, where
// the fact base gives none, of the approval it led to.
//
// `arms` only where the source reports a proportion for each group: natural frequencies out of 100,
// rounded half up, with the outcome text saying what was counted and when. Medians are never turned
// into "out of 100" (they describe the middle person, not a share of people).
import type { SourceId } from '../engine/types.js';
import { REVIEWED, REVIEWED_2026_12 } from './reviewed.js';
import type { ContentKey, Evidence } from './types.js';

const SHRANK = 'evidence.shared.shrank';
const SEVERE = 'evidence.shared.severe';
const ALIVE_2 = 'evidence.shared.alive2';
const ALIVE_3 = 'evidence.shared.alive3';
const CHEMO = 'evidence.shared.chemo';
const MEDICINES_ONLY = 'evidence.shared.medicines';
const ONE_SESSION = 'evidence.shared.oneSession';
const HR_FIRST = 'evidence.shared.hrFirst';
const HER2_FIRST = 'evidence.shared.her2First';
const TNBC_FIRST_NO_IMMUNO = 'evidence.shared.tnbcFirstNoImmuno';

/** Cards added or corrected with the December 2026 update (re-checked then). */
const UPDATED_2026_12: ReadonlySet<string> = new Set([
  'ascent-03', 'ascent-04', 'tropion-breast02', 'veritac-2', 'destiny-breast03', 'inavo120', 'keynote-355',
]);

interface Spec {
  trial: string;
  year: number;
  sources: SourceId[];
  values?: Record<string, number>;
  /** Defaults to evidence.<id>.who. */
  population?: ContentKey;
  /** Counts out of 100: [new treatment, comparison], with the outcome and the two group labels. */
  arms?: { counts: [number, number]; outcome?: ContentKey; treatment?: ContentKey; comparison?: ContentKey };
}

/** Keys default to evidence.<id>.{who,headline,outcome,new,std}; shared wording is passed in. */
const evidence = (id: string, s: Spec): Evidence => ({
  id,
  trial: s.trial,
  year: s.year,
  population: s.population ?? `evidence.${id}.who`,
  headline: `evidence.${id}.headline`,
  ...(s.values ? { values: s.values } : {}),
  ...(s.arms
    ? {
        arms: {
          outOf: 100 as const,
          outcome: s.arms.outcome ?? `evidence.${id}.outcome`,
          treatment: { label: s.arms.treatment ?? `evidence.${id}.new`, count: s.arms.counts[0] },
          comparison: { label: s.arms.comparison ?? `evidence.${id}.std`, count: s.arms.counts[1] },
        },
      }
    : {}),
  sources: s.sources,
  reviewed: UPDATED_2026_12.has(id) ? REVIEWED_2026_12 : REVIEWED,
});

export const EVIDENCE: Evidence[] = [
  // Hormone therapy and CDK4/6 inhibitors (HR-positive, HER2-negative)
  // Numbers: PFS (primary analysis) and final OS both from the PALOMA-2 summary ('paloma-2'); the OS review confirms the final OS.
  evidence('paloma-2', {
    trial: 'PALOMA-2',
    year: 2016,
    population: HR_FIRST,
    values: { pfsNew: 24.8, pfsStd: 14.5, osNew: 53.9, osStd: 51.2 },
    sources: ['paloma-2', 'cdk46-os-review'],
  }),
  evidence('monaleesa-2', {
    trial: 'MONALEESA-2',
    year: 2016,
    population: HR_FIRST,
    values: { osNew: 63.9, osStd: 51.4 },
    sources: ['monaleesa-2-os'],
  }),
  // Numbers: PFS from the final PFS analysis ('monarch-3-pfs'); OS from the final OS analysis ('monarch-3-os'): two analyses, one per pair.
  evidence('monarch-3', {
    trial: 'MONARCH 3',
    year: 2018,
    population: HR_FIRST,
    values: { pfsNew: 28.2, pfsStd: 14.8, osNew: 66.8, osStd: 53.7 },
    sources: ['monarch-3-pfs', 'monarch-3-os'],
  }),
  // Numbers: PFS from the primary report ('falcon'); OS from the final OS report ('falcon-os'): one analysis per pair.
  evidence('falcon', {
    trial: 'FALCON',
    year: 2016,
    values: { pfsNew: 16.6, pfsStd: 13.8, osNew: 44.8, osStd: 42.7 },
    sources: ['falcon', 'falcon-os'],
  }),
  // 6-month PFS 41% vs 19% in the ESR1-mutated group.
  evidence('emerald', {
    trial: 'EMERALD',
    year: 2022,
    values: { pfsNew: 3.8, pfsStd: 1.9 },
    arms: { counts: [41, 19] },
    sources: ['emerald', 'fda-elacestrant'],
  }),
  // Response 14.3% vs 7.7% in the ESR1-mutated group.
  evidence('ember-3', {
    trial: 'EMBER-3',
    year: 2025,
    values: { pfsNew: 5.5, pfsStd: 3.8 },
    arms: { counts: [14, 8], outcome: SHRANK },
    sources: ['fda-imlunestrant'],
  }),
  // ESR1-mutated group (NEJM 2025); all comers 3.8 vs 3.6 months. Severe (grade 3 or higher) side effects
  // 23.4% vs 17.6% in everyone treated, so the outcome label says so.
  evidence('veritac-2', {
    trial: 'VERITAC-2',
    year: 2025,
    values: { pfsNew: 5.0, pfsStd: 2.1, pfsAllNew: 3.8, pfsAllStd: 3.6 },
    arms: { counts: [23, 18] },
    sources: ['veritac-2'],
  }),
  evidence('capitello-291', {
    trial: 'CAPItello-291',
    year: 2023,
    values: { pfsNew: 7.3, pfsStd: 3.1 },
    sources: ['fda-capivasertib'],
  }),
  // Response 26.6% vs 12.8% in the PIK3CA-mutated group.
  // Numbers: PFS and response (PIK3CA group) from the FDA approval summary ('fda-alpelisib'); OS from the final OS report ('solar-1-os').
  evidence('solar-1', {
    trial: 'SOLAR-1',
    year: 2019,
    values: { pfsNew: 11.0, pfsStd: 5.7, osNew: 39.3, osStd: 31.4 },
    arms: { counts: [27, 13], outcome: SHRANK },
    sources: ['fda-alpelisib', 'solar-1-os'],
  }),
  // PFS from the primary analysis (FDA snapshot); severe (grade 3-4) high blood sugar about 12 in 100 on
  // inavolisib from the label. The label's 85 in 100 was any raised fasting glucose, with no comparison arm.
  evidence('inavo120', {
    trial: 'INAVO120',
    year: 2024,
    values: { pfsNew: 15.0, pfsStd: 7.3, glucoseSevere: 12 },
    sources: ['fda-inavolisib-snapshot', 'inavolisib-label'],
  }),
  // Numbers: PFS from the results table ('bolero-2'); OS from the final OS report ('bolero-2-os'): one analysis per pair.
  evidence('bolero-2', {
    trial: 'BOLERO-2',
    year: 2012,
    values: { pfsNew: 7.8, pfsStd: 3.2, osNew: 31.0, osStd: 26.6 },
    sources: ['bolero-2', 'bolero-2-os'],
  }),

  // HER2-directed medicines and antibody-drug conjugates
  evidence('cleopatra', {
    trial: 'CLEOPATRA',
    year: 2012,
    population: HER2_FIRST,
    values: { osNew: 56.5, osStd: 40.8 },
    sources: ['cleopatra', 'cleopatra-end'],
  }),
  // One data cut, the 2022 primary analysis: cancer under control at 12 months 75.8% vs 34.1%; lung
  // inflammation 10.5% vs 1.9%. (The 28.8-month median was from the 2023 update: not mixed in.)
  evidence('destiny-breast03', {
    trial: 'DESTINY-Breast03',
    year: 2022,
    values: { ildNew: 11, ildStd: 2 },
    arms: { counts: [76, 34] },
    sources: ['destiny-breast03-primary'],
  }),
  // Numbers: OS (all patients) from the NEJM primary analysis ('destiny-breast04'); lung inflammation about 12 in 100 ('tdxd-her2low-safety').
  evidence('destiny-breast04', {
    trial: 'DESTINY-Breast04',
    year: 2022,
    values: { osNew: 23.4, osStd: 16.8, ild: 12 },
    sources: ['destiny-breast04', 'tdxd-her2low-safety'],
  }),
  // Severe (grade 3 or higher) side effects 52.8% vs 44.4%.
  evidence('destiny-breast06', {
    trial: 'DESTINY-Breast06',
    year: 2025,
    values: { pfsNew: 13.2, pfsStd: 8.1 },
    arms: { counts: [53, 44], outcome: SEVERE, comparison: CHEMO },
    sources: ['destiny-breast06', 'fda-tdxd-her2low'],
  }),
  // Response 85.1% vs 78.6%.
  evidence('destiny-breast09', {
    trial: 'DESTINY-Breast09',
    year: 2025,
    population: HER2_FIRST,
    values: { pfsNew: 40.7, pfsStd: 26.9 },
    arms: { counts: [85, 79], outcome: SHRANK },
    sources: ['destiny-breast09'],
  }),
  // Alive at 2 years 44.9% vs 26.6%.
  evidence('her2climb', {
    trial: 'HER2CLIMB',
    year: 2020,
    arms: { counts: [45, 27], outcome: ALIVE_2 },
    sources: ['her2climb', 'her2climb-brain'],
  }),

  // Triple-negative, TROP2 and PARP
  // Survival in the CPS >= 10 group; severe (grade 3 or higher) side effects 68.1% vs 66.9% in everyone
  // randomised (any PD-L1 result), so the outcome label says so.
  evidence('keynote-355', {
    trial: 'KEYNOTE-355',
    year: 2020,
    values: { osNew: 23.0, osStd: 16.1 },
    arms: { counts: [68, 67], comparison: CHEMO },
    sources: ['keynote-355'],
  }),
  // First line, not candidates for immunotherapy (NEJM 2025): response 48% vs 46%; survival not final.
  evidence('ascent-03', {
    trial: 'ASCENT-03',
    year: 2025,
    population: TNBC_FIRST_NO_IMMUNO,
    values: { pfsNew: 9.7, pfsStd: 6.9 },
    arms: { counts: [48, 46], outcome: SHRANK, comparison: CHEMO },
    sources: ['ascent-03'],
  }),
  // PD-L1 CPS >= 10, first line (NEJM 2026): response 60% vs 53%; severe side effects 71% vs 70%.
  evidence('ascent-04', {
    trial: 'ASCENT-04/KEYNOTE-D19',
    year: 2026,
    values: { pfsNew: 11.2, pfsStd: 7.8, aeNew: 71, aeStd: 70 },
    arms: { counts: [60, 53], outcome: SHRANK },
    sources: ['ascent-04'],
  }),
  // Primary analysis (ESMO 2025; the FDA approval used the same results): alive at 18 months 61.2% vs 51.3%.
  evidence('tropion-breast02', {
    trial: 'TROPION-Breast02',
    year: 2025,
    population: TNBC_FIRST_NO_IMMUNO,
    values: { pfsNew: 10.8, pfsStd: 5.6, osNew: 23.7, osStd: 18.7 },
    arms: { counts: [61, 51], comparison: CHEMO },
    sources: ['tropion-breast02'],
  }),
  // Response 35% vs 5%.
  evidence('ascent', {
    trial: 'ASCENT',
    year: 2021,
    values: { osNew: 11.8, osStd: 6.9 },
    arms: { counts: [35, 5], outcome: SHRANK, comparison: CHEMO },
    sources: ['fda-sacituzumab', 'ascent'],
  }),
  // Response 36% vs 23%.
  evidence('tropion-breast01', {
    trial: 'TROPION-Breast01',
    year: 2025,
    values: { pfsNew: 6.9, pfsStd: 4.9, osNew: 18.6, osStd: 18.3 },
    arms: { counts: [36, 23], outcome: SHRANK, comparison: CHEMO },
    sources: ['tropion-breast01', 'fda-datopotamab'],
  }),
  // Response 59.9% vs 28.8%; severe side effects 36.6% vs 50.5%.
  // Numbers: PFS, response and severe side effects from the primary report ('olympiad'); 'olympiad-os' supports "survival was not clearly longer".
  evidence('olympiad', {
    trial: 'OlympiAD',
    year: 2018,
    values: { pfsNew: 7.0, pfsStd: 4.2, aeNew: 37, aeStd: 51 },
    arms: { counts: [60, 29], outcome: SHRANK, comparison: CHEMO },
    sources: ['olympiad', 'olympiad-os'],
  }),
  // Response 62.6% vs 27.2%.
  evidence('embraca', {
    trial: 'EMBRACA',
    year: 2018,
    values: { pfsNew: 8.6, pfsStd: 5.6 },
    arms: { counts: [63, 27], outcome: SHRANK, comparison: CHEMO },
    sources: ['embraca'],
  }),

  // Chemotherapy
  // Response 12% vs 5%.
  evidence('embrace', {
    trial: 'EMBRACE',
    year: 2011,
    values: { osNew: 13.1, osStd: 10.6 },
    arms: { counts: [12, 5], outcome: SHRANK },
    sources: ['embrace'],
  }),
  // Response in everyone 31.4% vs 34.0%; with an inherited BRCA mutation 68% vs 33%.
  evidence('tnt', {
    trial: 'TNT',
    year: 2018,
    values: { brcaNew: 68, brcaStd: 33 },
    arms: { counts: [31, 34], outcome: SHRANK },
    sources: ['tnt'],
  }),
  // Hair loss 20% vs 66%; hand-foot syndrome 48% with the liposomal form.
  evidence('pld-doxorubicin', {
    trial: 'O’Brien et al.',
    year: 2004,
    values: { osNew: 21, osStd: 22, hfs: 48 },
    arms: { counts: [20, 66] },
    sources: ['pld-doxorubicin'],
  }),
  // Kept hair 50.5% vs 0% (early breast cancer).
  evidence('scalp', {
    trial: 'SCALP',
    year: 2017,
    arms: { counts: [51, 0] },
    sources: ['scalp'],
  }),
  evidence('cochrane-combination', {
    trial: 'Cochrane review (Dear et al.)',
    year: 2013,
    sources: ['cochrane-combination'],
  }),

  // Radiation and local treatment
  // Treated again 24% after 1 session vs 6% after 6 sessions.
  evidence('dutch-bone', {
    trial: 'Dutch Bone Metastasis Study',
    year: 2004,
    arms: { counts: [24, 6], treatment: ONE_SESSION },
    sources: ['dutch-bone'],
  }),
  // Memory and thinking worse at 3 months: 63.5% with radiosurgery alone vs 91.7% with whole-brain added.
  evidence('n0574', {
    trial: 'N0574',
    year: 2016,
    arms: { counts: [64, 92] },
    sources: ['n0574'],
  }),
  // Alive at 3 years 68.4% with vs 67.9% without surgery and radiation; breast-area regrowth 16.3% vs 39.8%.
  evidence('e2108', {
    trial: 'E2108',
    year: 2022,
    values: { localNew: 16, localStd: 40 },
    arms: { counts: [68, 68], outcome: ALIVE_3, comparison: MEDICINES_ONLY },
    sources: ['e2108'],
  }),

  // Supportive care
  evidence('early-palliative', {
    trial: 'ASCO guideline (Ferrell et al.)',
    year: 2017,
    sources: ['asco-palliative-2017'],
  }),
];
