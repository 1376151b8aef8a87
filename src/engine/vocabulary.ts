// Every closed vocabulary of the profile and the assessment, as runtime arrays in display order.
// The parser validates against these; the UI renders choices from these; tests generate from these.
import type {
  ApproachId,
  EarlyRelapse,
  Her2,
  Menopause,
  OptionId,
  PriorityId,
  Profile,
  Site,
  Status,
  Symptom,
  Test,
  TreatmentId,
  YesNoUnknown,
} from './types.js';

export const OPTION_IDS = ['hormonal', 'targeted', 'chemotherapy', 'radiation', 'trials'] as const satisfies readonly OptionId[];

export const TESTS = ['positive', 'negative', 'unknown'] as const satisfies readonly Test[];
export const HER2_VALUES = ['positive', 'negative', 'low', 'ultralow', 'zero', 'unknown'] as const satisfies readonly Her2[];
export const MENOPAUSE_VALUES = ['pre', 'post', 'male', 'unknown'] as const satisfies readonly Menopause[];
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const satisfies readonly YesNoUnknown[];
export const EARLY_RELAPSE_VALUES = [
  'during-or-within-12-months',
  'later',
  'de-novo',
  'unknown',
] as const satisfies readonly EarlyRelapse[];

export const SITES = ['bone', 'liver', 'lung', 'brain', 'lymph-nodes', 'skin-chest-wall', 'other'] as const satisfies readonly Site[];
export const SYMPTOMS = ['bone-pain', 'neurological', 'breathing', 'other'] as const satisfies readonly Symptom[];

// The first load needs this list without the rest: its home is profile.ts.
export { BIOMARKER_IDS } from './profile.js';

/** Grouped as the treatments step shows them. */
export const TREATMENT_GROUPS = {
  hormonal: ['aromatase-inhibitor', 'tamoxifen', 'fulvestrant', 'oral-serd', 'ovarian-suppression'],
  targeted: [
    'cdk46-inhibitor',
    'pi3k-akt-inhibitor',
    'everolimus',
    'trastuzumab-pertuzumab',
    't-dxd',
    't-dm1',
    'her2-tki',
    'sacituzumab',
    'datopotamab',
    'parp-inhibitor',
    'immunotherapy',
  ],
  chemotherapy: ['taxane', 'anthracycline', 'capecitabine', 'eribulin', 'platinum', 'other-chemo'],
  local: ['radiation', 'surgery'],
} as const satisfies Record<string, readonly TreatmentId[]>;

export const TREATMENT_IDS: readonly TreatmentId[] = Object.values(TREATMENT_GROUPS).flat();

export const PRIORITY_IDS = [
  'longer-life',
  'fewer-side-effects',
  'keep-hair',
  'fewer-visits',
  'pills-at-home',
  'daily-activities',
  'symptom-relief',
  'newest-approaches',
] as const satisfies readonly PriorityId[];

export const PRIORITY_LEVELS = [0, 1, 2, 3, 4] as const;

/** "Matters a lot" (3) or "matters most" (4): the level from which a priority adds a question and highlights rows. */
export const HIGH_PRIORITY = 3;

/** The priorities the person rated high, in vocabulary order. */
export const highPriorities = (p: Pick<Profile, 'priorities'>): PriorityId[] =>
  PRIORITY_IDS.filter((id) => (p.priorities[id] ?? 0) >= HIGH_PRIORITY);

/** The longest plausible count of metastatic lines we accept; more is almost certainly a typo. */
export const MAX_METASTATIC_LINES = 20;

export const APPROACHES_BY_OPTION = {
  hormonal: ['aromatase-inhibitor', 'tamoxifen', 'fulvestrant', 'oral-serd', 'ovarian-suppression'],
  targeted: [
    'cdk46-inhibitor',
    'pi3k-akt-mtor',
    'her2-directed',
    'her2-low-adc',
    'trop2-adc',
    'parp-inhibitor',
    'immunotherapy',
    'tumour-agnostic',
  ],
  chemotherapy: ['single-agent', 'combination'],
  radiation: ['bone', 'brain', 'other-sites'],
  trials: ['trial-search'],
} as const satisfies Record<OptionId, readonly ApproachId[]>;

export const STATUSES = [
  'often-considered',
  'sometimes-considered',
  'depends-on-tests',
  'not-usually-used',
] as const satisfies readonly Status[];
