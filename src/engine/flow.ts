// Which questions the UI should ask, given the answers so far (design/style.md §12: visibility rules
// are pure functions of the answers). The UI adds no medical logic of its own.
import type { AnswerPath, BiomarkerId, Profile } from './types.js';
import { BIOMARKER_IDS } from './vocabulary.js';

/** A question the UI can ask; the same as the profile path it fills. */
export type QuestionId = AnswerPath;

/** Every question in display order. */
export const QUESTION_IDS: readonly QuestionId[] = [
  'hr',
  'her2',
  'menopause',
  ...BIOMARKER_IDS.map((id) => `biomarkers.${id}` as const),
  'sites',
  'symptoms',
  'rapidOrganThreat',
  'received',
  'metastaticLines',
  'earlyRelapse',
];

/**
 * Which step asks which question, in the order the step asks them: the summary lists the answers in
 * this order and links each back to its step. 'biomarkers' stands for the group: "Do you have any
 * results?", then relevantBiomarkers().
 */
export const QUESTIONS_BY_STEP = {
  receptors: ['hr', 'her2', 'menopause', 'biomarkers', 'sites', 'symptoms', 'rapidOrganThreat'],
  treatments: ['metastaticLines', 'earlyRelapse', 'received'],
} as const satisfies Record<string, ReadonlyArray<QuestionId | 'biomarkers'>>;

const notHrNegative = (p: Profile) => p.hr !== 'negative';
const notHer2Positive = (p: Profile) => p.her2 !== 'positive';

// Each biomarker is asked only where a result could change an option (an unknown HR or HER2 keeps it).
const BIOMARKER_RELEVANCE: Record<BiomarkerId, (p: Profile) => boolean> = {
  // HR+/HER2− pathway pills (src: asco-biomarkers, asco-biomarkers-2024)
  pik3ca: (p) => notHrNegative(p) && notHer2Positive(p),
  akt1: (p) => notHrNegative(p) && notHer2Positive(p),
  pten: (p) => notHrNegative(p) && notHer2Positive(p),
  // Oral SERDs are for ER+/HER2− disease (src: fda-elacestrant, fda-imlunestrant)
  esr1: (p) => notHrNegative(p) && notHer2Positive(p),
  // PARP inhibitors for HER2-negative disease; germline testing for all men (src: asco-biomarkers, asco-male-2020)
  gbrca: (p) => notHer2Positive(p) || p.menopause === 'male',
  gpalb2: (p) => notHer2Positive(p) || p.menopause === 'male',
  // PD-L1 for triple-negative disease, also asked while HR is not known (src: asco-biomarkers-recs)
  pdl1: (p) => p.hr !== 'positive' && notHer2Positive(p),
  // Rare tumour-agnostic tests, asked for everyone, last (src: asco-biomarkers-recs)
  msiHigh: () => true,
  ntrk: () => true,
};

/** The biomarkers worth asking about for these answers, in display order (rare tests last). */
export function relevantBiomarkers(p: Profile): BiomarkerId[] {
  return BIOMARKER_IDS.filter((id) => BIOMARKER_RELEVANCE[id](p));
}

/** Menopausal status decides ovarian suppression and AI use, which only matter for HR+ disease (src: abc4-hr-positive). */
export const askMenopause = (p: Profile): boolean => notHrNegative(p);

/** Relapse timing versus adjuvant hormonal therapy decides endocrine resistance (src: abc4-definitions). */
export const askEarlyRelapse = (p: Profile): boolean => notHrNegative(p);

export function isQuestionRelevant(id: QuestionId, p: Profile): boolean {
  switch (id) {
    case 'menopause':
      return askMenopause(p);
    case 'earlyRelapse':
      return askEarlyRelapse(p);
    case 'hr':
    case 'her2':
    case 'sites':
    case 'symptoms':
    case 'rapidOrganThreat':
    case 'received':
    case 'metastaticLines':
      return true;
    default: {
      const rule = BIOMARKER_RELEVANCE[id.slice('biomarkers.'.length) as BiomarkerId];
      return rule ? rule(p) : false;
    }
  }
}

/** The questions relevant to these answers, in display order. */
export function relevantQuestions(p: Profile): QuestionId[] {
  return QUESTION_IDS.filter((id) => isQuestionRelevant(id, p));
}

function isAnswered(id: QuestionId, p: Profile): boolean {
  switch (id) {
    case 'sites':
      // Everyone with metastatic disease has at least one site; an empty list means not answered yet.
      return p.sites.length > 0;
    case 'metastaticLines':
      return p.metastaticLines !== 'unknown';
    case 'hr':
    case 'her2':
    case 'menopause':
    case 'rapidOrganThreat':
    case 'earlyRelapse':
      return p[id] !== 'unknown';
    default:
      return p.biomarkers[id.slice('biomarkers.'.length) as BiomarkerId] !== 'unknown';
  }
}

/**
 * Share (0..1) of the relevant questions answered with something other than "not sure".
 * Symptoms and treatments received are left out: an empty list is a real answer ("none").
 */
export function completeness(p: Profile): number {
  let asked = 0;
  let answered = 0;
  for (const id of QUESTION_IDS) {
    if (id === 'symptoms' || id === 'received' || !isQuestionRelevant(id, p)) continue;
    asked += 1;
    if (isAnswered(id, p)) answered += 1;
  }
  return asked === 0 ? 1 : answered / asked;
}
