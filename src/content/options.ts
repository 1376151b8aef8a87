// The five option columns of the comparison, in the contract's fixed order, each with the same ten
// rows (IPDAS 2.1.1: equal detail for every option). Every cell cites its own sources.
import type { OptionId, SourceId } from '../engine/types.js';
import { REVIEWED, REVIEWED_2026_12 } from './reviewed.js';
import type { Cell, OptionContent, RowId } from './types.js';

/** Cells changed with the December 2026 update (balance across families; re-checked then). */
const UPDATED_2026_12: ReadonlySet<string> = new Set([
  'hormonal/daily-life', 'chemotherapy/daily-life', 'chemotherapy/evidence', 'radiation/serious-risks',
]);

const cell = (option: OptionId, row: RowId, sources: SourceId[]): Cell => ({
  key: `options.${option}.rows.${row}`,
  sources,
  reviewed: UPDATED_2026_12.has(`${option}/${row}`) ? REVIEWED_2026_12 : REVIEWED,
});

/** One option column from its per-row sources; keys follow options.<id>.rows.<row>. */
const option = (id: OptionId, sources: SourceId[], rows: Record<RowId, SourceId[]>): OptionContent => ({
  id,
  name: `options.${id}.name`,
  summary: `options.${id}.summary`,
  rows: Object.fromEntries(
    (Object.entries(rows) as Array<[RowId, SourceId[]]>).map(([row, s]) => [row, cell(id, row, s)]),
  ) as Record<RowId, Cell>,
  sources,
  reviewed: REVIEWED,
});

export const OPTIONS: OptionContent[] = [
  option('hormonal', ['nci-hormone-therapy', 'abc4-hr-positive'], {
    involves: ['asco-2014-her2neg', 'abc4-hr-positive', 'abc4-definitions', 'asco-endocrine-2024'],
    'how-given': ['komen-ai', 'fulvestrant-schedule', 'abc4-definitions'],
    visits: ['fulvestrant-schedule', 'cdk46-monitoring', 'ribociclib-monitoring'],
    'hair-loss': ['endocrine-alopecia', 'nccn-patients-endocrine'],
    'common-effects': ['komen-ai', 'nccn-patients-endocrine', 'paloma-2', 'fda-ribociclib'],
    'serious-risks': ['komen-ai', 'nccn-patients-endocrine', 'cdk46-monitoring', 'ribociclib-monitoring'],
    'daily-life': ['asco-2014-her2neg', 'komen-ai', 'nccn-patients-endocrine'],
    monitoring: ['abc4-monitoring', 'asco-tumour-markers'],
    duration: ['racgp-review', 'asco-biomarkers-2024'],
    evidence: ['paloma-2', 'monarch-3-pfs', 'monaleesa-2-os', 'cdk46-os-review'],
  }),
  option('targeted', ['asco-biomarkers-2024', 'nci-adc'], {
    involves: ['asco-biomarkers-2024', 'nci-adc', 'nci-pdl1'],
    'how-given': ['tdxd-protocol', 'ascent', 'herceptin-injectable', 'fda-alpelisib'],
    visits: ['tdxd-protocol', 'ascent', 'inavolisib-label'],
    'hair-loss': ['tdxd-her2low-safety', 'tropion-breast01', 'talazoparib-effects'],
    'common-effects': ['tdxd-her2low-safety', 'fda-alpelisib', 'fda-neratinib', 'asco-biomarkers-2024'],
    'serious-risks': ['tdxd-her2low-safety', 'destiny-breast09', 'fda-datopotamab', 'pertuzumab-label', 'immune-side-effects'],
    'daily-life': ['tdxd-protocol', 'ascent', 'tdxd-her2low-safety'],
    monitoring: ['abc4-monitoring', 'pertuzumab-label', 'inavolisib-label', 'tropion-breast01', 'tdxd-her2low-safety'],
    duration: ['racgp-review', 'cleopatra-end'],
    evidence: ['cleopatra', 'destiny-breast04', 'keynote-355'],
  }),
  option('chemotherapy', ['bcfnz-chemo', 'asco-2014-her2neg'], {
    involves: ['asco-2014-her2neg', 'cochrane-combination', 'bcfnz-chemo'],
    'how-given': ['paclitaxel-velindre', 'capecitabine-bcn', 'eribulin-bcn'],
    visits: ['paclitaxel-velindre', 'capecitabine-bcn'],
    'hair-loss': ['pld-doxorubicin', 'paclitaxel-m2c', 'docetaxel-cruk', 'scalp'],
    'common-effects': ['docetaxel-cruk', 'paclitaxel-velindre', 'capecitabine-bcn'],
    'serious-risks': ['docetaxel-cruk', 'capecitabine-upmc', 'anthracycline-heart'],
    'daily-life': ['docetaxel-cruk', 'capecitabine-cruk', 'asco-2014-her2neg'],
    monitoring: ['abc4-monitoring', 'paclitaxel-velindre', 'asco-tumour-markers'],
    duration: ['eribulin-bcn', 'vinorelbine-bcn', 'acs-chemo-cycles'],
    evidence: ['embrace', 'cochrane-combination'],
  }),
  option('radiation', ['macmillan-rt'], {
    involves: ['macmillan-rt'],
    'how-given': ['macmillan-rt', 'macmillan-rt-basics', 'acs-brain-rt'],
    visits: ['macmillan-rt', 'macmillan-rt-effects', 'astro-bone-2017', 'cruk-having-rt'],
    'hair-loss': ['cruk-brain-rt', 'macmillan-rt-effects'],
    'common-effects': ['macmillan-rt', 'bone-rt-review'],
    'serious-risks': ['acs-brain-rt', 'n0574', 'sabr-comet'],
    'daily-life': ['macmillan-rt', 'astro-bone-2017'],
    monitoring: ['macmillan-rt'],
    duration: ['astro-bone-2017', 'macmillan-rt'],
    evidence: ['bone-rt-review', 'dutch-bone', 'nrg-br002'],
  }),
  option('trials', ['lbbc-trials', 'metavivor-trials'], {
    involves: ['metavivor-trials', 'cancernet-placebo', 'lbbc-trials', 'ccnsw-randomised'],
    'how-given': ['acs-trial-consent'],
    visits: ['nccn-patients-trials', 'acs-picking-trial', 'metavivor-trials'],
    'hair-loss': ['acs-trial-consent'],
    'common-effects': ['nccn-patients-trials', 'acs-trial-consent'],
    'serious-risks': ['nccn-patients-trials', 'acs-trial-consent'],
    'daily-life': ['metavivor-trials', 'trial-costs', 'acs-trial-consent'],
    monitoring: ['nccn-patients-trials', 'acs-trial-consent'],
    duration: ['acs-trial-consent'],
    evidence: ['lbbc-trials', 'trial-participation'],
  }),
];
