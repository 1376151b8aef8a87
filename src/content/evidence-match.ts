// Who took part in each study, as data the profile can be checked against, so the comparison shows
// only results about people with answers like the reader's (like with like). The words for the same
// population live in content.json (evidence.<id>.who); this is the machine-readable twin.
//
// A study is shown only when it *matches*: every constraint it sets is known from the answers and
// fits them. "I'm not sure" never matches a constraint (a result about HR-positive cancer is not
// "about you" when we don't know), and a study of a population no reader of this tool belongs to
// (early breast cancer) never matches.
import type { ApproachId, BiomarkerId, EarlyRelapse, Her2, Menopause, OptionId, Profile, Site, Test } from '../engine/types.js';

export interface Studied {
  hr?: Exclude<Test, 'unknown'>;
  /** HER2 results the study took. */
  her2?: Array<Exclude<Her2, 'unknown'>>;
  /** Lines of treatment for metastatic cancer before the study treatment. */
  lines?: { min?: number; max?: number };
  /** At least one of these biomarkers positive. */
  biomarkers?: BiomarkerId[];
  /** Menopause groups the study took (people outside them contradict it). */
  menopause?: Array<Exclude<Menopause, 'unknown'>>;
  /** Where the cancer had spread (at least one). */
  sites?: Site[];
  earlyRelapse?: Array<Exclude<EarlyRelapse, 'unknown'>>;
  /** Studied in early (non-metastatic) breast cancer: never "people like you" here. */
  early?: true;
}

const NEG: Studied['her2'] = ['zero', 'ultralow', 'low'];
const HR_NEG2 = { hr: 'positive', her2: NEG } as const;
const TNBC = { hr: 'negative', her2: NEG } as const;
const POST: Studied['menopause'] = ['post'];
const FIRST = { max: 0 };
const LATER = { min: 1 };

/** Keyed by evidence id (content/evidence.ts). A study missing here is never shown. */
export const STUDIED: Record<string, Studied> = {
  'paloma-2': { ...HR_NEG2, lines: FIRST, menopause: POST },
  'monaleesa-2': { ...HR_NEG2, lines: FIRST, menopause: POST },
  'monarch-3': { ...HR_NEG2, lines: FIRST, menopause: POST },
  falcon: { ...HR_NEG2, lines: FIRST, menopause: POST },
  emerald: { ...HR_NEG2, lines: LATER, biomarkers: ['esr1'] },
  'ember-3': { ...HR_NEG2, biomarkers: ['esr1'] },
  'veritac-2': { ...HR_NEG2, lines: LATER, biomarkers: ['esr1'] },
  'capitello-291': { ...HR_NEG2, biomarkers: ['pik3ca', 'akt1', 'pten'] },
  'solar-1': { ...HR_NEG2, biomarkers: ['pik3ca'], menopause: POST },
  inavo120: { ...HR_NEG2, lines: FIRST, biomarkers: ['pik3ca'], earlyRelapse: ['during-or-within-12-months'] },
  'bolero-2': { ...HR_NEG2, menopause: POST },
  cleopatra: { her2: ['positive'], lines: FIRST },
  'destiny-breast03': { her2: ['positive'], lines: LATER },
  'destiny-breast04': { her2: ['low'], lines: LATER },
  'destiny-breast06': { hr: 'positive', her2: ['low', 'ultralow'], lines: LATER },
  'destiny-breast09': { her2: ['positive'], lines: FIRST },
  her2climb: { her2: ['positive'], lines: LATER },
  'keynote-355': { ...TNBC, lines: FIRST, biomarkers: ['pdl1'] },
  'ascent-04': { ...TNBC, lines: FIRST, biomarkers: ['pdl1'] },
  // "who could not have immunotherapy": mostly PD-L1-negative, but not only, so PD-L1 sets no condition
  'ascent-03': { ...TNBC, lines: FIRST },
  'tropion-breast02': { ...TNBC, lines: FIRST },
  ascent: { ...TNBC, lines: LATER },
  'tropion-breast01': { ...HR_NEG2, lines: LATER },
  olympiad: { her2: NEG, biomarkers: ['gbrca'] },
  embraca: { her2: NEG, biomarkers: ['gbrca'] },
  embrace: { lines: { min: 2 } },
  tnt: { ...TNBC },
  'pld-doxorubicin': {},
  scalp: { early: true },
  'cochrane-combination': {},
  'dutch-bone': { sites: ['bone'] },
  n0574: { sites: ['brain'] },
  e2108: { earlyRelapse: ['de-novo'] },
  'early-palliative': {},
};

const inLines = (n: number, l: NonNullable<Studied['lines']>) => n >= (l.min ?? 0) && n <= (l.max ?? Infinity);

/**
 * True when an answer the person gave is outside the study's population. Unknown answers never
 * contradict; that is what `matches` is stricter about.
 */
export function contradicts(s: Studied, p: Profile): boolean {
  if (s.early) return true;
  if (s.hr && p.hr !== 'unknown' && p.hr !== s.hr) return true;
  if (s.her2 && p.her2 !== 'unknown' && !s.her2.includes(p.her2)) return true;
  if (s.lines && p.metastaticLines !== 'unknown' && !inLines(p.metastaticLines, s.lines)) return true;
  if (s.biomarkers && s.biomarkers.every((b) => p.biomarkers[b] === 'negative')) return true;
  if (s.menopause && p.menopause !== 'unknown' && !s.menopause.includes(p.menopause)) return true;
  if (s.sites && p.sites.length > 0 && !s.sites.some((x) => p.sites.includes(x))) return true;
  if (s.earlyRelapse && p.earlyRelapse !== 'unknown' && !s.earlyRelapse.includes(p.earlyRelapse)) return true;
  return false;
}

/** Every constraint the study sets is known from the answers and fits them (menopause may be unknown). */
export function matches(s: Studied, p: Profile): boolean {
  if (contradicts(s, p)) return false;
  if (s.hr && p.hr === 'unknown') return false;
  if (s.her2 && p.her2 === 'unknown') return false;
  if (s.lines && p.metastaticLines === 'unknown') return false;
  if (s.biomarkers && !s.biomarkers.some((b) => p.biomarkers[b] === 'positive')) return false;
  if (s.sites && !s.sites.some((x) => p.sites.includes(x))) return false;
  if (s.earlyRelapse && p.earlyRelapse === 'unknown') return false;
  return true;
}

/** The evidence ids, in their order, whose study population matches the answers. */
const evidenceFor = (ids: readonly string[], p: Profile): string[] =>
  ids.filter((id) => {
    const s = STUDIED[id];
    return s !== undefined && matches(s, p);
  });

/**
 * What the comparison shows under each option: the evidence of the kinds of treatment inside it,
 * once each, kept only where the study population matches the answers.
 */
export function evidenceByOption(
  options: ReadonlyArray<{ id: OptionId; approaches: ReadonlyArray<{ id: ApproachId }> }>,
  approach: (id: ApproachId) => { evidence: readonly string[] } | undefined,
  p: Profile,
): Map<OptionId, string[]> {
  return new Map(options.map((o) => [o.id, evidenceFor([...new Set(o.approaches.flatMap((a) => approach(a.id)?.evidence ?? []))], p)]));
}
