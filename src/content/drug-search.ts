// Find "treatments so far" answers from whatever name a person has at hand: a generic name, a brand
// from a pharmacy label, a short form from a clinic letter (T-DXd), or the start of any of these.
// Pure and deterministic: results come in the treatments step's display order.
import type { TreatmentId } from '../engine/types.js';
import { TREATMENT_IDS } from '../engine/vocabulary.js';
import { DRUGS } from './drugs.js';

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

/**
 * The treatments whose medicine names (generic, brand or short form) or own id start with the
 * query, or have a word that does. Case and accents are ignored. Empty query, no results.
 */
export function findTreatments(query: string): TreatmentId[] {
  const q = normalize(query);
  if (!q) return [];
  const joined = q.replace(/ /g, '');
  const found = new Set<TreatmentId>();
  for (const e of INDEX) {
    if (e.joined.startsWith(joined) || e.words.some((w) => w.startsWith(q))) found.add(e.treatment);
  }
  return TREATMENT_IDS.filter((id) => found.has(id));
}
