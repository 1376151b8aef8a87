// Plain words for what a study record says: interventions mapped to the treatment names the person
// already met in the "treatments so far" step, and key eligibility words found in the record.
// Nothing here interprets eligibility: we only point at words, and the card says to ask the team.
import { DRUGS } from '../../content/drugs.js';
import type { TreatmentId } from '../../engine/index.js';
import type { Intervention } from './response.js';

/** Longest names first, so "trastuzumab deruxtecan" wins over "trastuzumab". */
const NAMES: Array<{ name: string; treatment: TreatmentId }> = DRUGS.flatMap((d) =>
  d.treatment ? [d.generic, ...d.brands, ...(d.aliases ?? [])].map((name) => ({ name: name.toLowerCase(), treatment: d.treatment! })) : [],
).sort((a, b) => b.name.length - a.name.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MATCHERS = NAMES.map((n) => ({ re: new RegExp(`(^|[^\\p{L}\\p{N}])${escape(n.name)}($|[^\\p{L}\\p{N}])`, 'iu'), treatment: n.treatment }));

/** The treatment group an intervention belongs to, when its name is a medicine we know. */
export function treatmentOf(i: Intervention): TreatmentId | 'placebo' | undefined {
  if (/^placebos?\b/i.test(i.name)) return 'placebo';
  return MATCHERS.find((m) => m.re.test(i.name))?.treatment;
}

/** Eligibility words worth pointing at, each with the patterns that find it in a record. */
const ELIGIBILITY_WORDS: ReadonlyArray<{ id: string; re: RegExp }> = [
  { id: 'cdk46', re: /\bCDK\s?4\s?\/\s?6\b|\b(palbociclib|ribociclib|abemaciclib)\b/i },
  { id: 'esr1', re: /\bESR1\b/i },
  { id: 'pik3ca', re: /\b(PIK3CA|AKT1|PTEN)\b/i },
  { id: 'brca', re: /\b(g?BRCA[12]?|PALB2)\b/i },
  { id: 'her2Low', re: /\bHER2[\s-]?(low|ultra[\s-]?low)\b/i },
  { id: 'her2Positive', re: /\bHER2[\s-]?(positive|\+)/i },
  { id: 'tripleNegative', re: /\btriple[\s-]?negative\b|\bTNBC\b/i },
  { id: 'hrPositive', re: /\b(HR|ER|hormone[\s-]receptor|estrogen[\s-]receptor)[\s-]?(positive|\+)/i },
  { id: 'brainMets', re: /\b(brain|CNS|central nervous system)\s+(metastas[ie]s|mets|lesions?)\b|\bleptomeningeal\b/i },
  { id: 'measurable', re: /\bmeasurable disease\b|\bRECIST\b/i },
];

export function eligibilityWords(text: string): string[] {
  return ELIGIBILITY_WORDS.filter((w) => w.re.test(text)).map((w) => w.id);
}
