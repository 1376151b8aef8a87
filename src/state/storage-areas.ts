// Where answers may be kept (storage="session" | "local"), under which key, and writing them there.
// Small on purpose, and part of the first load: writing needs no parser, and the element asks "is
// anything kept for me?" before it loads the code that reads answers back (persistence.ts, in the
// lazy answers part), so a visit with nothing stored never loads that code.
import type { Profile } from '../engine/index.js';
import type { StepId, StorageMode } from './steps.js';

const KEY_PREFIX = 'mbc-decision-aid';
/** The stored record's format; persistence.ts reads only this one. */
export const FORMAT = 1;

/** One key per widget id, so several widgets on a page keep separate answers. */
export const storageKey = (instanceId: string | undefined) => (instanceId ? `${KEY_PREFIX}:${instanceId}` : KEY_PREFIX);

/** The storage area for a mode. Reading window.localStorage itself throws in some sandboxed frames. */
export function storageArea(mode: StorageMode): Storage | undefined {
  if (mode === 'none') return undefined;
  return mode === 'local' ? window.localStorage : window.sessionStorage;
}

/** Something is stored under `key` in either area (a browser that refuses storage has nothing). */
export function storedAnywhere(key: string): boolean {
  return (['session', 'local'] as const).some((mode) => {
    try {
      return storageArea(mode)?.getItem(key) != null;
    } catch {
      return false;
    }
  });
}

/** What is kept: the answers, the step and the language chosen (persistence.ts reads it back). */
export const record = (profile: Profile, step: StepId, lang?: string): string => JSON.stringify({ v: FORMAT, profile, step, ...(lang ? { lang } : {}) });

/** Writes a record (see record()); false when the browser refused (quota, privacy mode): the answers stay on screen regardless. */
export function save(mode: StorageMode, key: string, text: string): boolean {
  if (mode === 'none') return true;
  try {
    storageArea(mode)?.setItem(key, text);
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
