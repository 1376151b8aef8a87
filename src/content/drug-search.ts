// Find "treatments so far" answers from whatever name a person has at hand: a generic name, a brand
// from a pharmacy label, a short form from a clinic letter (T-DXd), or the start of any of these.
// Each language adds the names its readers know (тамоксифен, létrozole, 来曲唑): the locale's
// treatments:drugNames list, keyed by drug id. The Latin names always match too, in every language,
// because reports and pharmacy labels often print them.
// Pure and deterministic: results come in the treatments step's display order.
import type { TreatmentId } from '../engine/types.js';
import { TREATMENT_IDS } from '../engine/vocabulary.js';
import { DRUGS, drugById } from './drugs.js';

/** One language's local drug names by drug id; a value may hold several names split by "/". */
export type LocalDrugNames = Readonly<Record<string, unknown>>;

/** "他莫昔芬 / 三苯氧胺" → ["他莫昔芬", "三苯氧胺"]; the first is the name to show. */
export const splitNames = (value: unknown): string[] =>
  typeof value === 'string' ? value.split('/').map((s) => s.trim()).filter(Boolean) : [];

/** Lower case, accents dropped, and everything but letters and digits turned into word breaks. */
const normalize = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface Entry {
  treatment: TreatmentId;
  /** The whole name without breaks, so "tdxd" and "T-DXd" meet. */
  joined: string;
  /** Each word of the name, so "deruxtecan" finds both deruxtecan medicines. */
  words: string[];
}

const entry = (treatment: TreatmentId, name: string): Entry => {
  const n = normalize(name);
  return { treatment, joined: n.replace(/ /g, ''), words: n.split(' ') };
};

// The treatment ids themselves are searchable too ("taxane", "parp", "radiation").
const INDEX: readonly Entry[] = [
  ...TREATMENT_IDS.map((id) => entry(id, id)),
  ...DRUGS.flatMap((d) => {
    const t = d.treatment;
    return t ? [d.generic, ...d.brands, ...(d.aliases ?? [])].map((name) => entry(t, name)) : [];
  }),
];

/** The shared index plus one language's local names (unknown drug ids and non-strings are skipped). */
function indexWith(local: LocalDrugNames | undefined): readonly Entry[] {
  if (!local) return INDEX;
  const extra: Entry[] = [];
  for (const [id, value] of Object.entries(local)) {
    const t = drugById(id)?.treatment;
    if (t) for (const name of splitNames(value)) extra.push(entry(t, name));
  }
  return extra.length ? [...INDEX, ...extra] : INDEX;
}

/**
 * The treatments whose medicine names (generic, brand, short form or, given `local`, a name in the
 * reader's language) or own id start with the query, or have a word that does. Case and accents are
 * ignored. Empty query, no results.
 */
export function findTreatments(query: string, local?: LocalDrugNames): TreatmentId[] {
  const q = normalize(query);
  if (!q) return [];
  const joined = q.replace(/ /g, '');
  const found = new Set<TreatmentId>();
  for (const e of indexWith(local)) {
    if (e.joined.startsWith(joined) || e.words.some((w) => w.startsWith(q))) found.add(e.treatment);
  }
  return TREATMENT_IDS.filter((id) => found.has(id));
}
