// Small helpers shared by the engine tests.
import engineJson from '../../../locales/en/engine.json';
import { SOURCES } from '../../../src/content/sources/index.js';
import { evaluate, parseProfile } from '../../../src/engine/index.js';
import type { ApproachAssessment, ApproachId, Assessment, OptionAssessment, OptionId, Profile, Reason } from '../../../src/engine/types.js';

export const SOURCE_IDS: ReadonlySet<string> = new Set(SOURCES.map((s) => s.id));

/** The text at a dotted key in locales/en/engine.json, or undefined. */
export function engineText(key: string): string | undefined {
  let node: unknown = engineJson;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Every leaf key of engine.json. */
export function engineKeys(): string[] {
  const out: string[] = [];
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out.push(prefix + k);
      else walk(v as Record<string, unknown>, `${prefix}${k}.`);
    }
  };
  walk(engineJson as Record<string, unknown>, '');
  return out;
}

/** The value at a Profile path ('hr', 'biomarkers.esr1', 'sites'); `missing` when the path does not exist. */
export const MISSING = Symbol('missing');
export function resolvePath(p: Profile, path: string): unknown {
  let node: unknown = p;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, part)) {
      return MISSING;
    }
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Parses partial answers (failing the test on any error) and evaluates them. */
export function assess(input: Record<string, unknown>): { profile: Profile; a: Assessment } {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(`invalid vignette: ${JSON.stringify(parsed.errors)}`);
  return { profile: parsed.profile, a: evaluate(parsed.profile) };
}

export function option(a: Assessment, id: OptionId): OptionAssessment {
  const o = a.options.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${id}`);
  return o;
}

export function approach(a: Assessment, id: ApproachId): ApproachAssessment {
  for (const o of a.options) {
    const found = o.approaches.find((x) => x.id === id);
    if (found) return found;
  }
  throw new Error(`no approach ${id}`);
}

export const keysOf = (reasons: readonly Reason[]): string[] => reasons.map((r) => r.key);

/** The reason with this key (fails loudly if absent). */
export function reason(reasons: readonly Reason[], key: string): Reason {
  const r = reasons.find((x) => x.key === key);
  if (!r) throw new Error(`no reason ${key} in ${keysOf(reasons).join(', ')}`);
  return r;
}

export const allReasons = (a: Assessment): Reason[] => [
  ...a.options.flatMap((o) => [...o.reasons, ...o.approaches.flatMap((x) => x.reasons)]),
  ...a.supportiveCare.reasons,
];

/** A compact map approach id → status, for whole-profile expectations. */
export function statuses(a: Assessment): Record<string, string> {
  return Object.fromEntries(a.options.flatMap((o) => [[o.id, o.status], ...o.approaches.map((x) => [`${o.id}/${x.id}`, x.status])]));
}
