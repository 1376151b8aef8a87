// The share link keeps the answers in the URL fragment (#mbc=…), which browsers never send to a server.
// Compact and versioned: "1." + one short field per answer, each enum as its index in the vocabulary.
// Decoding is strict and never trusts the fragment: it only builds a plain object and hands it to
// parseProfile, so a hostile fragment can at worst be rejected — it is never rendered or executed.
import { parseProfile } from '../engine/parse.js';
import type { Profile, ProfileError } from '../engine/index.js';
import {
  BIOMARKER_IDS,
  EARLY_RELAPSE_VALUES,
  HER2_VALUES,
  MENOPAUSE_VALUES,
  PRIORITY_IDS,
  SITES,
  SYMPTOMS,
  TESTS,
  TREATMENT_IDS,
  YES_NO_UNKNOWN,
} from '../engine/vocabulary.js';
import { hasShareCode, RELOAD_PARAM, SHARE_PARAM, STUDIES_PARAM } from './share-fragment.js';

const VERSION = '1';
/** Far above any real link (~60 characters); anything longer is not ours. */
export const MAX_FRAGMENT_LENGTH = 200;

/**
 * HER2 answers in link order. Links already handed out mean 0–4 as below, so a new answer is only ever
 * appended (the question's display order lives in the vocabulary and may differ).
 */
const HER2_WIRE = ['positive', 'low', 'ultralow', 'zero', 'unknown', 'negative'] as const satisfies readonly (typeof HER2_VALUES)[number][];

const enumChar = (values: readonly string[], v: string) => values.indexOf(v).toString(36);
const maskOf = (values: readonly string[], chosen: readonly string[]) =>
  values.reduce((m, v, i) => (chosen.includes(v) ? m + 2 ** i : m), 0).toString(36);

export function encodeProfile(p: Profile): string {
  const fields = [
    enumChar(TESTS, p.hr),
    enumChar(HER2_WIRE, p.her2),
    enumChar(MENOPAUSE_VALUES, p.menopause),
    BIOMARKER_IDS.map((id) => enumChar(TESTS, p.biomarkers[id])).join(''),
    maskOf(SITES, p.sites),
    enumChar(YES_NO_UNKNOWN, p.rapidOrganThreat),
    maskOf(SYMPTOMS, p.symptoms),
    enumChar(EARLY_RELAPSE_VALUES, p.earlyRelapse),
    p.metastaticLines === 'unknown' ? 'u' : String(p.metastaticLines),
    maskOf(TREATMENT_IDS, p.received),
    PRIORITY_IDS.map((id) => (p.priorities[id] === undefined ? '_' : String(p.priorities[id]))).join(''),
  ];
  return `${VERSION}.${fields.join('.')}`;
}

export type DecodeResult =
  | { ok: true; profile: Profile }
  | { ok: false; reason: 'too-long' | 'bad-characters' | 'unknown-version' | 'malformed' | 'invalid'; errors?: ProfileError[] };

function enumValue<T extends string>(values: readonly T[], c: string): T | undefined {
  if (!/^[0-9a-z]$/.test(c)) return undefined;
  return values[parseInt(c, 36)];
}

function fromMask<T extends string>(values: readonly T[], s: string): T[] | undefined {
  if (!/^[0-9a-z]{1,6}$/.test(s)) return undefined;
  const mask = parseInt(s, 36);
  if (mask >= 2 ** values.length) return undefined;
  return values.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1);
}

export function decodeProfile(code: string): DecodeResult {
  if (code.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: 'too-long' };
  if (!/^[0-9a-z._]*$/.test(code)) return { ok: false, reason: 'bad-characters' };
  const [version, ...f] = code.split('.');
  if (version !== VERSION) return { ok: false, reason: 'unknown-version' };
  if (f.length !== 11) return { ok: false, reason: 'malformed' };
  const [hr, her2, meno, bio, sites, rapid, symptoms, relapse, lines, received, prios] = f as [
    string, string, string, string, string, string, string, string, string, string, string,
  ];
  const biomarkers = bio.length === BIOMARKER_IDS.length ? [...bio].map((c) => enumValue(TESTS, c)) : [];
  const priorityChars = prios.length === PRIORITY_IDS.length ? [...prios] : [];
  const raw = {
    hr: enumValue(TESTS, hr),
    her2: enumValue(HER2_WIRE, her2),
    menopause: enumValue(MENOPAUSE_VALUES, meno),
    biomarkers: Object.fromEntries(BIOMARKER_IDS.map((id, i) => [id, biomarkers[i]])),
    sites: fromMask(SITES, sites),
    rapidOrganThreat: enumValue(YES_NO_UNKNOWN, rapid),
    symptoms: fromMask(SYMPTOMS, symptoms),
    earlyRelapse: enumValue(EARLY_RELAPSE_VALUES, relapse),
    metastaticLines: lines === 'u' ? 'unknown' : /^\d{1,2}$/.test(lines) ? Number(lines) : undefined,
    received: fromMask(TREATMENT_IDS, received),
    priorities: Object.fromEntries(
      PRIORITY_IDS.flatMap((id, i) => {
        const c = priorityChars[i];
        return c === undefined || c === '_' ? [] : [[id, /^[0-4]$/.test(c) ? Number(c) : c]];
      }),
    ),
  };
  const hasHole =
    Object.values(raw).some((v) => v === undefined) ||
    biomarkers.length !== BIOMARKER_IDS.length ||
    biomarkers.some((v) => v === undefined) ||
    priorityChars.length !== PRIORITY_IDS.length;
  if (hasHole) return { ok: false, reason: 'malformed' };
  const parsed = parseProfile(raw);
  return parsed.ok ? { ok: true, profile: parsed.profile } : { ok: false, reason: 'invalid', errors: parsed.errors };
}

/** The value of `name=` in a URL fragment (decoded), or undefined when the fragment holds none. */
function fragmentParam(hash: string, name: string): string | undefined {
  const m = new RegExp(`(?:^#|[#&])${name}=([^&]*)`).exec(hash);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}

/** The code after "#mbc=" in a URL fragment, or undefined when the fragment holds none. */
export const shareCodeFrom = (hash: string): string | undefined => fragmentParam(hash, SHARE_PARAM);

/** The stored record "Reload the page" carried in the fragment (#mbcr=…; checked by persistence.ts), if any. */
export const reloadRecordFrom = (hash: string): string | undefined => fragmentParam(hash, RELOAD_PARAM);

/** NCT numbers, at most 10. */
const MAX_SHARED_STUDIES = 10;

export function shareUrl(base: string, profile: Profile, studies: readonly string[] = []): string {
  const url = new URL(base);
  const ids = studies.filter((id) => /^NCT\d{8}$/.test(id)).slice(0, MAX_SHARED_STUDIES);
  url.hash = `${SHARE_PARAM}=${encodeProfile(profile)}${ids.length ? `&${STUDIES_PARAM}=${ids.join('.')}` : ''}`;
  return url.href;
}

/** The URL with the `mbc=` code (and any `mbct=` study numbers, any `mbcr=` record) taken out of its fragment (other fragment parts stay). */
export function withoutShareCode(href: string): string {
  const url = new URL(href);
  if (!hasShareCode(url.hash)) return href;
  const rest = url.hash
    .slice(1)
    .split('&')
    .filter((part) => ![SHARE_PARAM, STUDIES_PARAM, RELOAD_PARAM].some((name) => part.startsWith(`${name}=`)))
    .join('&');
  url.hash = rest;
  // An empty fragment would leave a bare '#' behind.
  return rest ? url.href : url.href.replace(/#$/, '');
}

/** NCT numbers from "&mbct=…" in a share link; anything not strictly a short list of them is ignored. */
export function sharedStudiesFrom(hash: string): string[] {
  const m = /[#&]mbct=([^&]*)/.exec(hash);
  if (!m || !new RegExp(`^NCT\\d{8}(\\.NCT\\d{8}){0,${MAX_SHARED_STUDIES - 1}}$`).test(m[1]!)) return [];
  return [...new Set(m[1]!.split('.'))];
}
