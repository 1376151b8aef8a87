// Shared views of the knowledge base for the content tests: the English texts, lookups by dotted
// key, and every content key and cited item the data holds.
import content from '../../../locales/en/content.json';
import evidence from '../../../locales/en/evidence.json';
import glossary from '../../../locales/en/glossary.json';
import { APPROACHES } from '../../../src/content/approaches.js';
import { EVIDENCE } from '../../../src/content/evidence.js';
import { GLOSSARY } from '../../../src/content/glossary.js';
import { OPTIONS } from '../../../src/content/options.js';
import { SUPPORTIVE_CARE } from '../../../src/content/supportive-care.js';
import type { Cited } from '../../../src/content/types.js';
import { GLANCE_ROWS, glanceCell, glanceLine } from '../../../src/content/glance.js';

/** The English texts the content data points at: the content and evidence namespaces (their keys do not overlap). */
export const CONTENT: unknown = { ...content, ...evidence };
export const GLOSSARY_TEXT: unknown = glossary;

/** The value at a dotted key (i18next's default separator), or undefined. */
export function lookup(root: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (node && typeof node === 'object' && part in node) return (node as Record<string, unknown>)[part];
    return undefined;
  }, root);
}

/** Every string leaf with its dotted key. */
export function leaves(root: unknown, prefix = ''): Array<[string, string]> {
  if (typeof root === 'string') return [[prefix, root]];
  if (!root || typeof root !== 'object') return [];
  return Object.entries(root).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const MARK = /\[\[([a-z0-9-]+)\|([^\]|]+)\]\]/g;

/** Text as a reader sees it: glossary markers reduced to their visible words. */
export const visible = (text: string): string => text.replace(MARK, '$2');

/** The glossary ids a text marks. */
export const markedIds = (text: string): string[] => [...text.matchAll(MARK)].map((m) => m[1] ?? '');

/** Every content-namespace key the data refers to, with where it comes from. */
export function contentKeys(): Array<{ key: string; from: string }> {
  const out: Array<{ key: string; from: string }> = [];
  const add = (from: string, ...keys: Array<string | undefined>) => {
    for (const key of keys) if (key !== undefined) out.push({ key, from });
  };
  for (const o of OPTIONS) {
    add(`option ${o.id}`, o.name, o.summary, ...Object.values(o.rows).map((c) => c.key));
    add(`option ${o.id} at a glance`, glanceLine(o.id), ...GLANCE_ROWS.map((r) => glanceCell(o.id, r)));
  }
  add('supportive care', SUPPORTIVE_CARE.name, SUPPORTIVE_CARE.summary, ...Object.values(SUPPORTIVE_CARE.rows).map((c) => c.key));
  for (const a of APPROACHES) {
    add(`approach ${a.id}`, a.name, a.summary, a.howGiven, a.visits, a.hairLoss, a.commonEffects, a.seriousRisks, a.monitoring);
  }
  for (const e of EVIDENCE) {
    add(`evidence ${e.id}`, e.population, e.headline, e.arms?.outcome, e.arms?.treatment.label, e.arms?.comparison.label);
  }
  return out;
}

/** Every glossary-namespace key the data refers to. */
export const glossaryKeys = (): string[] => GLOSSARY.flatMap((g) => [g.term, g.definition]);

/** Every item that makes a medical statement, named for error messages. */
export function citedItems(): Array<{ name: string; item: Cited }> {
  return [
    ...OPTIONS.flatMap((o) => [
      { name: `option ${o.id}`, item: o },
      ...Object.entries(o.rows).map(([row, c]) => ({ name: `option ${o.id} row ${row}`, item: c })),
    ]),
    { name: 'supportive care', item: SUPPORTIVE_CARE },
    ...Object.entries(SUPPORTIVE_CARE.rows).map(([row, c]) => ({ name: `supportive care row ${row}`, item: c })),
    ...APPROACHES.map((a) => ({ name: `approach ${a.id}`, item: a })),
    ...EVIDENCE.map((e) => ({ name: `evidence ${e.id}`, item: e })),
    ...GLOSSARY.map((g) => ({ name: `glossary ${g.id}`, item: g })),
  ];
}
