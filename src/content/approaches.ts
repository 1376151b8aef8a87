// The kinds of treatment within each option (contract §2 approach ids), each with the same fields so
// the expanded details stay comparable. Texts that several approaches share point at one key
// (approaches.shared.* or an option row) instead of repeating it: the English ships in the first
// load, and one sentence said once is also one sentence to translate and review.
import type { ApproachId, SourceId } from '../engine/types.js';
import { REVIEWED, REVIEWED_2026_12 } from './reviewed.js';
import type { ApproachContent, ContentKey } from './types.js';

const SCANS = 'approaches.shared.scans';
const DAILY_PILL = 'approaches.shared.dailyPill';
const FEW_VISITS = 'approaches.shared.fewVisits';
const HAIR_UNKNOWN = 'approaches.shared.hairUnknown';
const DEPENDS = 'approaches.shared.depends';

/** Approaches whose text or evidence changed with the December 2026 update (re-checked then). */
const UPDATED_2026_12: ReadonlySet<ApproachId> = new Set<ApproachId>([
  'oral-serd', 'cdk46-inhibitor', 'her2-directed', 'her2-low-adc', 'trop2-adc', 'immunotherapy', 'other-sites',
]);

type Field = 'howGiven' | 'visits' | 'hairLoss' | 'commonEffects' | 'seriousRisks' | 'monitoring';

/** An approach whose texts live at approaches.<id>.<field>, unless `shared` points a field elsewhere. */
const approach = (
  id: ApproachId,
  drugs: string[],
  evidence: string[],
  sources: SourceId[],
  shared: Partial<Record<Field, ContentKey>> = {},
): ApproachContent => {
  const key = (field: Field): ContentKey => shared[field] ?? `approaches.${id}.${field}`;
  return {
    id,
    name: `approaches.${id}.name`,
    summary: `approaches.${id}.summary`,
    drugs,
    howGiven: key('howGiven'),
    visits: key('visits'),
    hairLoss: key('hairLoss'),
    commonEffects: key('commonEffects'),
    seriousRisks: key('seriousRisks'),
    monitoring: key('monitoring'),
    evidence,
    sources,
    reviewed: UPDATED_2026_12.has(id) ? REVIEWED_2026_12 : REVIEWED,
  };
};

export const APPROACHES: ApproachContent[] = [
  // Hormone therapy
  approach(
    'aromatase-inhibitor',
    ['anastrozole', 'letrozole', 'exemestane'],
    ['falcon'],
    ['komen-ai', 'abc4-hr-positive', 'asco-male-2020', 'endocrine-alopecia', 'nccn-patients-endocrine'],
    { howGiven: DAILY_PILL, visits: FEW_VISITS },
  ),
  approach(
    'tamoxifen',
    ['tamoxifen'],
    [],
    ['abc4-hr-positive', 'asco-male-2020', 'tamoxifen-acs', 'endocrine-alopecia', 'nccn-patients-endocrine'],
    { howGiven: DAILY_PILL, visits: FEW_VISITS, monitoring: SCANS },
  ),
  approach(
    'fulvestrant',
    ['fulvestrant'],
    ['falcon'],
    ['faslodex-info', 'fulvestrant-schedule', 'fulvestrant-precautions', 'abc4-hr-positive'],
    { hairLoss: HAIR_UNKNOWN, monitoring: SCANS },
  ),
  approach(
    'oral-serd',
    ['elacestrant', 'imlunestrant', 'vepdegestrant'],
    ['emerald', 'ember-3', 'veritac-2'],
    ['fda-elacestrant', 'fda-imlunestrant', 'fda-vepdegestrant', 'emerald', 'veritac-2', 'asco-esr1-2023'],
    { visits: FEW_VISITS, hairLoss: HAIR_UNKNOWN, monitoring: SCANS },
  ),
  approach(
    'ovarian-suppression',
    ['goserelin', 'leuprolide', 'triptorelin'],
    [],
    ['abc4-definitions', 'abc4-hr-positive', 'nccn-patients-stage-iv', 'ovarian-suppression', 'nccn-patients-endocrine'],
    { monitoring: SCANS },
  ),

  // Targeted therapy
  approach(
    'cdk46-inhibitor',
    ['palbociclib', 'ribociclib', 'abemaciclib'],
    ['paloma-2', 'monaleesa-2', 'monarch-3'],
    [
      'asco-endocrine-2024',
      'cdk46-basics',
      'paloma-2',
      'ribociclib-label',
      'abemaciclib-approval',
      'cdk46-monitoring',
      'ribociclib-monitoring',
      'fda-ribociclib',
      'monarch-3-pfs',
      'abemaciclib-2017',
    ],
  ),
  approach(
    'pi3k-akt-mtor',
    ['alpelisib', 'capivasertib', 'inavolisib', 'everolimus'],
    ['solar-1', 'capitello-291', 'inavo120', 'bolero-2'],
    [
      'asco-biomarkers-2024',
      'fda-alpelisib',
      'fda-capivasertib',
      'swissmedic-inavolisib',
      'inavolisib-label',
      'everolimus-protocol',
      'everolimus-safety',
    ],
  ),
  approach(
    'her2-directed',
    [
      'trastuzumab',
      'pertuzumab',
      'pertuzumab-trastuzumab-hyaluronidase',
      'trastuzumab-deruxtecan',
      'trastuzumab-emtansine',
      'tucatinib',
      'neratinib',
      'lapatinib',
      'margetuximab',
    ],
    ['cleopatra', 'destiny-breast03', 'destiny-breast09', 'her2climb'],
    [
      'asco-her2pos-2022',
      'destiny-breast09',
      'herceptin-injectable',
      'phesgo-policy',
      'her2climb',
      'fda-neratinib',
      'nala',
      'pertuzumab-label',
      'tdxd-her2low-safety',
      'tdm1-safety',
      'destiny-breast03',
      'destiny-breast03-primary',
    ],
  ),
  approach(
    'her2-low-adc',
    ['trastuzumab-deruxtecan'],
    ['destiny-breast04', 'destiny-breast06'],
    ['fda-tdxd-her2low', 'asco-her2neg-updates', 'destiny-breast04', 'tdxd-protocol', 'tdxd-her2low-safety'],
  ),
  approach(
    'trop2-adc',
    ['sacituzumab-govitecan', 'datopotamab-deruxtecan'],
    ['ascent-03', 'ascent-04', 'tropion-breast02', 'ascent', 'tropion-breast01'],
    [
      'nccn-breast-2026', 'fda-sacituzumab-1l', 'fda-datopotamab-tnbc', 'fda-sacituzumab', 'asco-sacituzumab-2023',
      'ascent', 'sacituzumab-safety', 'tropion-breast01', 'fda-datopotamab',
    ],
  ),
  approach(
    'parp-inhibitor',
    ['olaparib', 'talazoparib'],
    ['olympiad', 'embraca'],
    ['fda-olaparib', 'asco-her2neg-updates', 'olympiad', 'embraca', 'talazoparib-effects', 'olaparib-anaemia'],
  ),
  approach(
    'immunotherapy',
    ['pembrolizumab'],
    ['keynote-355', 'ascent-04'],
    ['fda-pembrolizumab-tnbc', 'keynote-355', 'fda-sacituzumab-1l', 'asco-biomarkers-recs', 'immune-side-effects'],
  ),
  // Rare in breast cancer and approved across cancer types: few breast-specific data exist, so the
  // texts stay general and point to the care team rather than borrow other cancers' figures.
  approach(
    'tumour-agnostic',
    ['pembrolizumab', 'dostarlimab', 'larotrectinib', 'entrectinib', 'selpercatinib'],
    [],
    ['asco-biomarkers-recs', 'fda-pembrolizumab-tmb', 'fda-selpercatinib', 'immune-side-effects'],
    { visits: DEPENDS, hairLoss: HAIR_UNKNOWN, commonEffects: DEPENDS, monitoring: SCANS },
  ),

  // Chemotherapy
  approach(
    'single-agent',
    [
      'paclitaxel',
      'nab-paclitaxel',
      'docetaxel',
      'doxorubicin',
      'liposomal-doxorubicin',
      'epirubicin',
      'capecitabine',
      'eribulin',
      'vinorelbine',
      'gemcitabine',
      'carboplatin',
      'cisplatin',
      'cyclophosphamide',
    ],
    ['embrace', 'tnt', 'pld-doxorubicin', 'scalp'],
    [
      'asco-2014-her2neg',
      'paclitaxel-velindre',
      'paclitaxel-m2c',
      'capecitabine-bcn',
      'capecitabine-upmc',
      'vinorelbine-bcn',
      'metronomic-cyclophosphamide',
      'eribulin-bcn',
      'gemcitabine-bco',
      'docetaxel-cruk',
      'pld-doxorubicin',
      'anthracycline-heart',
      'ago-chemo-table',
    ],
  ),
  approach(
    'combination',
    ['gemcitabine', 'carboplatin', 'paclitaxel', 'doxorubicin', 'cyclophosphamide'],
    ['cochrane-combination'],
    ['asco-her2neg-updates', 'cochrane-combination', 'gemcitabine-bcn', 'paclitaxel-m2c', 'pld-doxorubicin'],
    { monitoring: 'approaches.single-agent.monitoring' },
  ),

  // Radiation
  approach(
    'bone',
    [],
    ['dutch-bone'],
    ['astro-bone-2017', 'astro-bone-2024', 'macmillan-rt', 'cruk-brain-rt', 'bone-rt-review', 'dutch-bone', 'cruk-scorad'],
  ),
  approach(
    'brain',
    [],
    ['n0574'],
    ['astro-brain-2022', 'acs-brain-rt', 'macmillan-rt-effects', 'cruk-brain-rt', 'nrg-cc001'],
  ),
  approach(
    'other-sites',
    [],
    ['e2108'],
    ['macmillan-rt', 'cruk-having-rt', 'sabr-comet', 'chest-wall-rt', 'nrg-br002'],
  ),

  // Clinical trials: the details are those of the trials column itself.
  approach(
    'trial-search',
    [],
    [],
    ['lbbc-trials', 'metavivor-trials', 'nci-trial-search', 'acs-trial-consent', 'nccn-patients-trials'],
    {
      visits: 'options.trials.rows.visits',
      hairLoss: 'options.trials.rows.hair-loss',
      commonEffects: 'options.trials.rows.common-effects',
      seriousRisks: 'options.trials.rows.serious-risks',
      monitoring: 'options.trials.rows.monitoring',
    },
  ),
];
