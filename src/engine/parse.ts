// STUB — replaced by the engine work (issue 3).
import type { ParseResult } from './types.js';
import { emptyProfile } from './profile.js';

export function parseProfile(_input: unknown): ParseResult {
  return { ok: true, profile: emptyProfile() };
}
