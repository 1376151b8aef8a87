// A fetched knowledge file is untrusted input, and may be a stale copy from before an upgrade. Every
// item the views read is checked here, so a bad file becomes a "could not load — try again" message
// instead of an exception halfway through rendering the comparison. Source links go through the one
// URL gate (https or same origin); a bad link is dropped, the citation stays.
// From the vocabulary itself, not engine/index.ts: importing that would tie the knowledge part to the
// engine's rules (a static import of their file), which load beside the question steps instead.
import { APPROACHES_BY_OPTION, OPTION_IDS, PRIORITY_IDS } from '../engine/vocabulary.js';
import { isRecord } from '../util/is-record.js';
import { safeHref } from '../util/safe-url.js';
import type { Knowledge } from './knowledge.js';
import { ROW_IDS } from './rows.js';

/** Far above the longest shipped text (about 250 characters). The data is a module, not text, so only its texts are capped. */
const MAX_TEXT_CHARS = 2000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SOURCE_KINDS = ['guideline', 'label', 'trial', 'review', 'patient-info'];

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT_CHARS;
const date: Check = (v) => typeof v === 'string' && DATE.test(v);
const strs: Check = (v) => Array.isArray(v) && v.every(str);
const count: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100;
const fields = (v: unknown, spec: Record<string, Check>, optional: readonly string[] = []): v is Record<string, unknown> =>
  isRecord(v) && Object.entries(spec).every(([k, check]) => (optional.includes(k) && v[k] === undefined) || check(v[k]));

const cited = { sources: strs, reviewed: date };
const cell: Check = (v) => fields(v, { key: str, ...cited });
const rows: Check = (v) => isRecord(v) && ROW_IDS.every((r) => cell(v[r]));
const option: Check = (v) => fields(v, { id: str, name: str, summary: str, rows, ...cited });
const supportive: Check = (v) => fields(v, { name: str, summary: str, rows, evidence: strs, ...cited }, ['evidence']);
const approach: Check = (v) =>
  fields(v, {
    id: str, name: str, summary: str, drugs: strs, howGiven: str, visits: str, hairLoss: str,
    commonEffects: str, seriousRisks: str, monitoring: str, evidence: strs, ...cited,
  });
const arm: Check = (v) => fields(v, { label: str, count });
const arms: Check = (v) => fields(v, { outOf: (n) => n === 100, outcome: str, treatment: arm, comparison: arm });
const values: Check = (v) => isRecord(v) && Object.values(v).every((n) => typeof n === 'number' && Number.isFinite(n));
const evidence: Check = (v) =>
  fields(v, { id: str, trial: str, year: (n) => typeof n === 'number' && Number.isInteger(n), population: str, headline: str, values, arms, ...cited }, ['values', 'arms']);
const source: Check = (v) =>
  fields(v, { id: str, title: str, publisher: str, url: (u) => typeof u === 'string', accessed: date, kind: (k) => SOURCE_KINDS.includes(k as string) });
const priorityRows: Check = (v) => isRecord(v) && PRIORITY_IDS.every((id) => Array.isArray(v[id]) && (v[id] as unknown[]).every((r) => (ROW_IDS as readonly string[]).includes(r as string)));

/** Every approach the engine can name, so a stale file cannot silently drop one from a column. */
const APPROACH_IDS: readonly string[] = Object.values(APPROACHES_BY_OPTION).flat();

const hasAll = (items: unknown[], ids: readonly string[]) => ids.every((id) => items.some((i) => isRecord(i) && i.id === id));

/** The knowledge document if every part the views read is there and well formed, else undefined. */
export function validateKnowledge(data: unknown, format: number): Knowledge | undefined {
  if (!isRecord(data) || data.format !== format || !date(data.reviewed)) return undefined;
  const { sources, options, approaches, evidence: ev, supportiveCare, priorityRows: pr } = data;
  if (![sources, options, approaches, ev].every((l) => Array.isArray(l) && l.length <= 2000)) return undefined;
  const lists = { sources, options, approaches, evidence: ev } as Record<string, unknown[]>;
  if (
    !lists.sources!.every(source) ||
    !lists.options!.every(option) ||
    !lists.approaches!.every(approach) ||
    !lists.evidence!.every(evidence) ||
    !supportive(supportiveCare) ||
    !priorityRows(pr) ||
    !hasAll(lists.options!, OPTION_IDS) ||
    !hasAll(lists.approaches!, APPROACH_IDS)
  )
    return undefined;
  const k = data as unknown as Knowledge;
  // The one place a knowledge URL becomes a link: anything not https / same origin loses its link.
  return { ...k, sources: k.sources.map((s) => ({ ...s, url: safeHref(s.url) ?? '' })) };
}
