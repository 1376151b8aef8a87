// Opt-in persistence (storage="session" | "local"). Nothing is stored by default. What we store is
// untrusted on the way back in: validated with parseProfile, and anything odd is dropped with a notice.
import { parseProfile } from '../engine/parse.js';
import type { Profile } from '../engine/index.js';
import { isStep, type StepId, type StorageMode } from './steps.js';

const KEY_PREFIX = 'mbc-decision-aid';
const FORMAT = 1;
/** Far above a real record (about 600 characters): a bigger value is not ours. */
const MAX_STORED = 20000;

export type RestoreResult =
  | { kind: 'none' }
  | { kind: 'restored'; profile: Profile; step: StepId; lang: string | undefined }
  | { kind: 'corrupt' }
  | { kind: 'unavailable' };

export interface Stored {
  profile: Profile;
  step: StepId;
  /** The language the person picked, if they picked one (a BCP 47 tag; matched again on the way in). */
  lang: string | undefined;
}

/** The storage area for a mode. Reading window.localStorage itself throws in some sandboxed frames. */
export function storageArea(mode: StorageMode): Storage | undefined {
  if (mode === 'none') return undefined;
  return mode === 'local' ? window.localStorage : window.sessionStorage;
}

/** One key per widget id, so several widgets on a page keep separate answers. */
export const storageKey = (instanceId: string | undefined) => (instanceId ? `${KEY_PREFIX}:${instanceId}` : KEY_PREFIX);

/** A stored record, or undefined when it is not one of ours. */
export function parseStored(text: string): Stored | undefined {
  if (text.length > MAX_STORED) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return undefined;
    const { v, profile, step, lang } = data as { v?: unknown; profile?: unknown; step?: unknown; lang?: unknown };
    const parsed = parseProfile(profile);
    if (v !== FORMAT || !parsed.ok) return undefined;
    return {
      profile: parsed.profile,
      step: isStep(step) ? step : 'intro',
      lang: typeof lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(lang) ? lang : undefined,
    };
  } catch {
    return undefined;
  }
}

export function restore(mode: StorageMode, key: string): RestoreResult {
  if (mode === 'none') return { kind: 'none' };
  let text: string | null;
  try {
    text = storageArea(mode)?.getItem(key) ?? null;
  } catch {
    return { kind: 'unavailable' };
  }
  if (text === null) return { kind: 'none' };
  const stored = parseStored(text);
  if (stored) return { kind: 'restored', ...stored };
  forget(mode, key);
  return { kind: 'corrupt' };
}

/** Returns false when the browser refused (quota, privacy mode): the answers stay on screen regardless. */
export function save(mode: StorageMode, key: string, profile: Profile, step: StepId, lang?: string): boolean {
  if (mode === 'none') return true;
  try {
    storageArea(mode)?.setItem(key, JSON.stringify({ v: FORMAT, profile, step, ...(lang ? { lang } : {}) }));
    return true;
  } catch {
    return false;
  }
}

export function forget(mode: StorageMode, key: string): void {
  if (mode === 'none') return;
  try {
    storageArea(mode)?.removeItem(key);
  } catch {
    /* nothing stored, nothing to forget */
  }
}

/**
 * Removes our key from every area the current setting does not use: a page that switched from
 * storage="local" to "none" (or "session") must not leave the old answers on the device.
 */
export function forgetOthers(mode: StorageMode, key: string): void {
  for (const other of ['session', 'local'] as const) if (other !== mode) forget(other, key);
}
