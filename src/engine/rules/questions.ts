// Questions for the care team: four core questions always, in this order, then questions that fit
// the answers. Paraphrased from the cited question lists; each key has its sources in QUESTION_SOURCES.
// Priorities may add a question (never change a status): they are the person's, not medical facts.
import type { Facts } from '../facts.js';
import type { MessageKey, PriorityId, SourceId } from '../types.js';
import { esr1BeforeProgression } from './hormonal.js';
import { soniaApplies } from './targeted.js';
import { HIGH_PRIORITY } from '../vocabulary.js';

export const CORE_QUESTIONS = [
  'questions.core.start',
  'questions.core.switch',
  'questions.core.working',
  'questions.core.trial',
] as const;

interface Tailored {
  readonly key: MessageKey;
  readonly sources: readonly SourceId[];
  readonly when: (f: Facts) => boolean;
}

const high = (f: Facts, id: PriorityId) => (f.p.priorities[id] ?? 0) >= HIGH_PRIORITY;

const TAILORED: readonly Tailored[] = [
  // Which tests were done and what they mean (src: sharecare-mbc-questions, cancer-australia-mbc)
  { key: 'questions.testsDone', sources: ['sharecare-mbc-questions', 'cancer-australia-mbc'], when: (f) => f.hrUnk || f.her2Unk },
  // Receptors can change at recurrence; biopsy to re-test (src: esmo-mbc-2021, receptor-discordance-2020, lbbc-subtypes)
  {
    key: 'questions.rebiopsy',
    sources: ['esmo-mbc-2021', 'receptor-discordance-2020', 'lbbc-subtypes'],
    when: (f) => f.earlyRel || f.p.earlyRelapse === 'later',
  },
  // Visceral crisis: most rapidly effective therapy (src: abc4-definitions)
  { key: 'questions.crisis', sources: ['abc4-definitions'], when: (f) => f.crisis },
  // SONIA: timing of CDK4/6 inhibitor (src: sonia)
  { key: 'questions.cdkTiming', sources: ['sonia', 'monaleesa-2-os', 'asco-endocrine-2024'], when: soniaApplies },
  // ESR1 by blood test after an AI, repeated at progression (src: asco-esr1-2023)
  {
    key: 'questions.esr1',
    sources: ['asco-esr1-2023'],
    when: (f) => !f.hrNeg && !f.her2Pos && f.hadAi && f.p.biomarkers.esr1 !== 'positive',
  },
  // ESR1 found while the first treatment still works: what it means now (src: serena-6, camizestrant-regulatory)
  {
    key: 'questions.esr1Found',
    sources: ['serena-6', 'camizestrant-regulatory'],
    when: (f) => f.hrPos && f.her2Neg && esr1BeforeProgression(f),
  },
  // PIK3CA/AKT1/PTEN at progression if not done (src: asco-biomarkers)
  {
    key: 'questions.pi3kTests',
    sources: ['asco-biomarkers', 'asco-biomarkers-2024'],
    when: (f) =>
      !f.hrNeg && !f.her2Pos && f.pretreated &&
      (f.p.biomarkers.pik3ca === 'unknown' || f.p.biomarkers.akt1 === 'unknown' || f.p.biomarkers.pten === 'unknown'),
  },
  // PD-L1 before first-line TNBC treatment (src: asco-biomarkers-recs)
  {
    key: 'questions.pdl1',
    sources: ['asco-biomarkers-recs'],
    when: (f) => f.hrNeg && !f.her2Pos && !f.later && f.p.biomarkers.pdl1 === 'unknown',
  },
  // HER2-0 may be HER2-low on another test (src: cco-her2low-faq, her2-testing)
  { key: 'questions.her2Retest', sources: ['cco-her2low-faq', 'her2-testing'], when: (f) => f.p.her2 === 'zero' },
  // Germline testing: PARP candidates; all men (src: asco-biomarkers, asco-male-2020, cancer-australia-mbc)
  {
    key: 'questions.germline',
    sources: ['asco-biomarkers', 'asco-male-2020', 'cancer-australia-mbc'],
    when: (f) => f.p.biomarkers.gbrca === 'unknown' && (f.male || !f.her2Pos),
  },
  // Ovarian suppression: how, and its side effects (src: abc4-hr-positive, ovarian-suppression)
  { key: 'questions.ovarianSuppression', sources: ['abc4-hr-positive', 'ovarian-suppression'], when: (f) => f.pre && !f.hrNeg },
  // Fertility (src: mayo-mbc-doctor)
  { key: 'questions.fertility', sources: ['mayo-mbc-doctor'], when: (f) => f.pre },
  // Brain MRI for neurological symptoms (src: esmo-mbc-2021, asco-2022-her2-brain)
  { key: 'questions.brainMri', sources: ['esmo-mbc-2021', 'asco-2022-her2-brain'], when: (f) => f.neuro && !f.brain },
  // Brain treatment choices and memory (src: astro-brain-2022, nrg-cc001)
  { key: 'questions.brainOptions', sources: ['astro-brain-2022', 'nrg-cc001'], when: (f) => f.brain },
  // Bone-modifying agent and dental check (src: asco-bone-agents)
  { key: 'questions.boneMedicine', sources: ['asco-bone-agents'], when: (f) => f.bone },
  // Single vs several radiation sessions for bone pain (src: astro-bone-2017)
  { key: 'questions.radiationSessions', sources: ['astro-bone-2017', 'astro-bone-2024'], when: (f) => f.bonePain },
  // Supportive care team for symptoms (src: cancer-australia-mbc, asco-palliative-2024)
  {
    key: 'questions.palliative',
    sources: ['cancer-australia-mbc', 'asco-palliative-2024'],
    when: (f) => f.anySymptom || high(f, 'symptom-relief'),
  },
  // Scalp cooling, studied mainly in early breast cancer (src: scalp)
  { key: 'questions.scalpCooling', sources: ['scalp'], when: (f) => high(f, 'keep-hair') },
  // How likely to help, and for how long (src: acs-advanced-questions)
  { key: 'questions.howLikely', sources: ['acs-advanced-questions'], when: (f) => high(f, 'longer-life') },
  // Side effects and how to lessen them (src: acs-advanced-questions)
  { key: 'questions.sideEffects', sources: ['acs-advanced-questions'], when: (f) => high(f, 'fewer-side-effects') },
  // Pills or infusions, how often (src: sharecare-new-therapy)
  {
    key: 'questions.pillsAndVisits',
    sources: ['sharecare-new-therapy'],
    when: (f) => high(f, 'pills-at-home') || high(f, 'fewer-visits'),
  },
  // Effect on daily activities (src: acs-advanced-questions)
  { key: 'questions.dailyLife', sources: ['acs-advanced-questions'], when: (f) => high(f, 'daily-activities') },
  // Second opinion before starting (src: acs-advanced-questions)
  { key: 'questions.secondOpinion', sources: ['acs-advanced-questions'], when: () => true },
];

/** Sources behind each question key, for hosts that want to cite them. */
export const QUESTION_SOURCES: Readonly<Record<MessageKey, readonly SourceId[]>> = Object.freeze({
  'questions.core.start': ['acs-advanced-questions'],
  'questions.core.switch': ['cancerhealth-talking-doctor'],
  'questions.core.working': ['esmo-mbc-2021', 'cancerhealth-talking-doctor'],
  'questions.core.trial': ['lbbc-trials', 'mayo-mbc-doctor'],
  ...Object.fromEntries(TAILORED.map((q) => [q.key, q.sources])),
});

export function questionsFor(f: Facts): MessageKey[] {
  const out: MessageKey[] = [...CORE_QUESTIONS];
  for (const q of TAILORED) if (q.when(f)) out.push(q.key);
  return out;
}
