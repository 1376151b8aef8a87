// parseProfile(input): validates untrusted answers (a share link, storage, a host page) into a fresh
// Profile. Never throws. Missing fields become "not sure" / empty; every invalid field is reported
// with its path and an `engine` message key — nothing is silently dropped. Only own properties of the
// expected keys are read, so prototype tricks ("__proto__", inherited values) cannot leak in.
import type { Profile, ProfileError, ParseResult, PriorityId, PriorityLevel } from './types.js';
import {
  BIOMARKER_IDS,
  EARLY_RELAPSE_VALUES,
  HER2_VALUES,
  MAX_METASTATIC_LINES,
  MENOPAUSE_VALUES,
  PRIORITY_IDS,
  PRIORITY_LEVELS,
  SITES,
  SYMPTOMS,
  TESTS,
  TREATMENT_IDS,
  YES_NO_UNKNOWN,
} from './vocabulary.js';

/** Longer lists than this cannot be valid (no duplicates allowed) and are not walked item by item. */
const MAX_LIST = 100;

const FIELDS = [
  'hr',
  'her2',
  'menopause',
  'biomarkers',
  'sites',
  'rapidOrganThreat',
  'symptoms',
  'earlyRelapse',
  'metastaticLines',
  'received',
  'priorities',
] as const;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An own value, or undefined when the key is absent (an explicit undefined counts as absent). */
const own = (o: Record<string, unknown>, k: string): unknown => (hasOwn(o, k) ? o[k] : undefined);

class Collector {
  readonly errors: ProfileError[] = [];
  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, fallback: T): T {
    if (value === undefined) return fallback;
    if (typeof value !== 'string') this.add(path, 'errors.wrongType');
    else if ((allowed as readonly string[]).includes(value)) return value as T;
    else this.add(path, 'errors.notInVocabulary');
    return fallback;
  }

  /** A list of distinct vocabulary items, returned in vocabulary order. */
  list<T extends string>(value: unknown, allowed: readonly T[], path: string): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add(path, 'errors.wrongType');
      return [];
    }
    if (value.length > MAX_LIST) {
      this.add(path, 'errors.tooLong');
      return [];
    }
    const seen = new Set<string>();
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const at = `${path}[${i}]`;
      if (typeof item !== 'string') this.add(at, 'errors.wrongType');
      else if (!(allowed as readonly string[]).includes(item)) this.add(at, 'errors.notInVocabulary');
      else if (seen.has(item)) this.add(at, 'errors.duplicate');
      else seen.add(item);
    }
    return allowed.filter((v) => seen.has(v));
  }

  unknownKeys(o: Record<string, unknown>, known: readonly string[], prefix: string): void {
    for (const k of Object.keys(o)) if (!known.includes(k)) this.add(prefix + k, 'errors.unknownField');
  }
}

function lines(value: unknown, c: Collector): Profile['metastaticLines'] {
  if (value === undefined || value === 'unknown') return 'unknown';
  if (typeof value === 'string') c.add('metastaticLines', 'errors.notInVocabulary');
  else if (typeof value !== 'number') c.add('metastaticLines', 'errors.wrongType');
  // `+ 0` turns -0 into 0, so equal answers give equal profiles.
  else if (Number.isInteger(value) && value >= 0 && value <= MAX_METASTATIC_LINES) return value + 0;
  else c.add('metastaticLines', 'errors.outOfRange');
  return 'unknown';
}

function biomarkers(value: unknown, c: Collector): Profile['biomarkers'] {
  const out = {} as Profile['biomarkers'];
  const o = value === undefined ? {} : isRecord(value) ? value : undefined;
  if (!o) c.add('biomarkers', 'errors.wrongType');
  for (const id of BIOMARKER_IDS) out[id] = o ? c.oneOf(own(o, id), TESTS, `biomarkers.${id}`, 'unknown') : 'unknown';
  if (o) c.unknownKeys(o, BIOMARKER_IDS, 'biomarkers.');
  return out;
}

function priorities(value: unknown, c: Collector): Profile['priorities'] {
  const out: Profile['priorities'] = {};
  if (value === undefined) return out;
  if (!isRecord(value)) {
    c.add('priorities', 'errors.wrongType');
    return out;
  }
  for (const id of PRIORITY_IDS) {
    const v = own(value, id);
    const path = `priorities.${id}`;
    if (v === undefined) continue;
    if (typeof v !== 'number') c.add(path, 'errors.wrongType');
    else if (!(PRIORITY_LEVELS as readonly number[]).includes(v)) c.add(path, 'errors.outOfRange');
    else out[id as PriorityId] = (v + 0) as PriorityLevel;
  }
  c.unknownKeys(value, PRIORITY_IDS, 'priorities.');
  return out;
}

function parse(input: unknown): ParseResult {
  if (!isRecord(input)) return { ok: false, errors: [{ path: '', message: 'errors.notAnObject' }] };
  const c = new Collector();
  const profile: Profile = {
    hr: c.oneOf(own(input, 'hr'), TESTS, 'hr', 'unknown'),
    her2: c.oneOf(own(input, 'her2'), HER2_VALUES, 'her2', 'unknown'),
    menopause: c.oneOf(own(input, 'menopause'), MENOPAUSE_VALUES, 'menopause', 'unknown'),
    biomarkers: biomarkers(own(input, 'biomarkers'), c),
    sites: c.list(own(input, 'sites'), SITES, 'sites'),
    rapidOrganThreat: c.oneOf(own(input, 'rapidOrganThreat'), YES_NO_UNKNOWN, 'rapidOrganThreat', 'unknown'),
    symptoms: c.list(own(input, 'symptoms'), SYMPTOMS, 'symptoms'),
    earlyRelapse: c.oneOf(own(input, 'earlyRelapse'), EARLY_RELAPSE_VALUES, 'earlyRelapse', 'unknown'),
    metastaticLines: lines(own(input, 'metastaticLines'), c),
    received: c.list(own(input, 'received'), TREATMENT_IDS, 'received'),
    priorities: priorities(own(input, 'priorities'), c),
  };
  c.unknownKeys(input, FIELDS, '');
  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, profile };
}

export function parseProfile(input: unknown): ParseResult {
  try {
    return parse(input);
  } catch {
    // A hostile object (throwing getter, revoked Proxy) cannot be read; report it rather than throw.
    return { ok: false, errors: [{ path: '', message: 'errors.unreadable' }] };
  }
}
