// Opt-in persistence (storage="session" | "local"). Nothing is stored by default. What we store is
// untrusted on the way back in: validated with parseProfile, and anything odd is dropped with a notice.
import { parseProfile } from '../engine/index.js';
import type { Profile } from '../engine/index.js';
import { isStep, type StepId, type StorageMode } from './steps.js';

const KEY_PREFIX = 'mbc-decision-aid';
const FORMAT = 1;

export type RestoreResult =
  | { kind: 'none' }
  | { kind: 'restored'; profile: Profile; step: StepId }
  | { kind: 'corrupt' }
  | { kind: 'unavailable' };

function area(mode: StorageMode): Storage | undefined {
  if (mode === 'none') return undefined;
  // Reading window.localStorage itself throws in some sandboxed frames and privacy modes.
  return mode === 'local' ? window.localStorage : window.sessionStorage;
}

/** One key per widget id, so several widgets on a page keep separate answers. */
export const storageKey = (instanceId: string | undefined) => (instanceId ? `${KEY_PREFIX}:${instanceId}` : KEY_PREFIX);

export function restore(mode: StorageMode, key: string): RestoreResult {
  if (mode === 'none') return { kind: 'none' };
  let text: string | null;
  try {
    text = area(mode)?.getItem(key) ?? null;
  } catch {
    return { kind: 'unavailable' };
  }
  if (text === null) return { kind: 'none' };
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) throw new Error('not an object');
    const { v, profile, step } = data as { v?: unknown; profile?: unknown; step?: unknown };
    const parsed = parseProfile(profile);
    if (v !== FORMAT || !parsed.ok) throw new Error('invalid');
    return { kind: 'restored', profile: parsed.profile, step: isStep(step) ? step : 'intro' };
  } catch {
    forget(mode, key);
    return { kind: 'corrupt' };
  }
}

/** Returns false when the browser refused (quota, privacy mode): the answers stay on screen regardless. */
export function save(mode: StorageMode, key: string, profile: Profile, step: StepId): boolean {
  if (mode === 'none') return true;
  try {
    area(mode)?.setItem(key, JSON.stringify({ v: FORMAT, profile, step }));
    return true;
  } catch {
    return false;
  }
}

export function forget(mode: StorageMode, key: string): void {
  if (mode === 'none') return;
  try {
    area(mode)?.removeItem(key);
  } catch {
    /* nothing stored, nothing to forget */
  }
}
