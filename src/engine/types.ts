// The public shapes of the engine (design/contract.md §2). Names here are a contract: extend, never rename.

export type Test = 'positive' | 'negative' | 'unknown';
/** 'negative' = HER2-negative with the score not known: low, ultralow or zero, unknown which. */
export type Her2 = 'positive' | 'low' | 'ultralow' | 'zero' | 'negative' | 'unknown';
export type Menopause = 'pre' | 'post' | 'male' | 'unknown';
export type Site = 'bone' | 'liver' | 'lung' | 'brain' | 'lymph-nodes' | 'skin-chest-wall' | 'other';
export type Symptom = 'bone-pain' | 'neurological' | 'breathing' | 'other';
export type EarlyRelapse = 'during-or-within-12-months' | 'later' | 'de-novo' | 'unknown';
export type YesNoUnknown = 'yes' | 'no' | 'unknown';

export type TreatmentId =
  | 'aromatase-inhibitor'
  | 'tamoxifen'
  | 'fulvestrant'
  | 'oral-serd'
  | 'ovarian-suppression'
  | 'cdk46-inhibitor'
  | 'pi3k-akt-inhibitor'
  | 'everolimus'
  | 'trastuzumab-pertuzumab'
  | 't-dxd'
  | 't-dm1'
  | 'her2-tki'
  | 'sacituzumab'
  | 'datopotamab'
  | 'parp-inhibitor'
  | 'immunotherapy'
  | 'taxane'
  | 'anthracycline'
  | 'capecitabine'
  | 'eribulin'
  | 'platinum'
  | 'other-chemo'
  | 'radiation'
  | 'surgery';

export type PriorityId =
  | 'longer-life'
  | 'fewer-side-effects'
  | 'keep-hair'
  | 'fewer-visits'
  | 'pills-at-home'
  | 'daily-activities'
  | 'symptom-relief'
  | 'newest-approaches';

export type PriorityLevel = 0 | 1 | 2 | 3 | 4;

export type BiomarkerId = 'pik3ca' | 'akt1' | 'pten' | 'esr1' | 'gbrca' | 'gpalb2' | 'pdl1' | 'msiHigh' | 'ntrk';

export interface Profile {
  /** ER and/or PR positive. */
  hr: Test;
  her2: Her2;
  menopause: Menopause;
  /** 'unknown' = not tested or not sure. */
  biomarkers: Record<BiomarkerId, Test>;
  sites: Site[];
  /** The care team said organs are affected quickly ("visceral crisis"). */
  rapidOrganThreat: YesNoUnknown;
  symptoms: Symptom[];
  /** Relapse timing versus adjuvant (after-surgery) hormonal therapy. */
  earlyRelapse: EarlyRelapse;
  /** Lines already received for metastatic disease (0 = none yet). */
  metastaticLines: number | 'unknown';
  /** Treatments received, in any setting. */
  received: TreatmentId[];
  /** 0 = does not matter, 4 = matters most. */
  priorities: Partial<Record<PriorityId, PriorityLevel>>;
}

export type OptionId = 'hormonal' | 'targeted' | 'chemotherapy' | 'radiation' | 'trials';

export type ApproachId =
  // hormonal
  | 'aromatase-inhibitor'
  | 'tamoxifen'
  | 'fulvestrant'
  | 'oral-serd'
  | 'ovarian-suppression'
  // targeted
  | 'cdk46-inhibitor'
  | 'pi3k-akt-mtor'
  | 'her2-directed'
  | 'her2-low-adc'
  | 'trop2-adc'
  | 'parp-inhibitor'
  | 'immunotherapy'
  | 'tumour-agnostic'
  // chemotherapy
  | 'single-agent'
  | 'combination'
  // radiation
  | 'bone'
  | 'brain'
  | 'other-sites'
  // trials
  | 'trial-search';

export type Status = 'often-considered' | 'sometimes-considered' | 'not-usually-used' | 'depends-on-tests';

/** A key in the `engine` i18n namespace (locales/<lng>/engine.json). */
export type MessageKey = string;
/** An id in the sources table (src/content/sources/). */
export type SourceId = string;

/**
 * A path into the Profile that a Reason can trace to: every answer except priorities, which never
 * change a status or a reason. Biomarkers are addressed one by one ('biomarkers.esr1').
 */
export type AnswerPath =
  | 'hr'
  | 'her2'
  | 'menopause'
  | `biomarkers.${BiomarkerId}`
  | 'sites'
  | 'rapidOrganThreat'
  | 'symptoms'
  | 'earlyRelapse'
  | 'metastaticLines'
  | 'received';

export interface Reason {
  key: MessageKey;
  /** Profile paths this reason came from, e.g. 'biomarkers.esr1'. */
  because: string[];
  sources: SourceId[];
}

export interface ApproachAssessment {
  id: ApproachId;
  status: Status;
  reasons: Reason[];
}

export interface OptionAssessment {
  id: OptionId;
  status: Status;
  reasons: Reason[];
  approaches: ApproachAssessment[];
}

export interface MissingTest {
  /** Profile path of the unanswered test, e.g. 'her2' or 'biomarkers.pik3ca'. */
  field: string;
  why: MessageKey;
}

export interface Assessment {
  /** Always all five OPTION_IDS, always in that order. */
  options: OptionAssessment[];
  supportiveCare: { reasons: Reason[] };
  /** Tests worth asking about. */
  missing: MissingTest[];
  /** Questions to ask the care team, tailored to the profile. */
  questions: MessageKey[];
}

export interface ProfileError {
  /** Path of the offending field, e.g. 'biomarkers.esr1' or 'received[2]'. */
  path: string;
  /** A key in the `engine` namespace, e.g. 'errors.notInVocabulary'. */
  message: MessageKey;
}

export type ParseResult = { ok: true; profile: Profile } | { ok: false; errors: ProfileError[] };
