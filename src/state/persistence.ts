// Reading stored answers back (storage="session" | "local"; writing them: storage-areas.ts). What we
// store is untrusted on the way back in: validated with parseProfile, and anything odd is dropped
// with a notice. Part of the lazy answers part, with the parser.
import { parseProfile } from '../engine/parse.js';
import type { Profile } from '../engine/index.js';
import { isStep, type StepId, type StorageMode } from './steps.js';
import { FORMAT, forget, storageArea } from './storage-areas.js';

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
