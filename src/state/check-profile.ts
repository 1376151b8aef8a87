// A `profile` set by the page, checked with the parser: applied, or refused with one console warning
// that names what was wrong (the element shows its own notice). Comes with the question steps' part,
// with the parser itself.
import { parseProfile } from '../engine/parse.js';
import type { Profile } from '../engine/types.js';
import { warnOnce } from '../util/warn.js';

export function checkProfile(input: unknown, apply: (profile: Profile) => void, refuse: () => void): void {
  const parsed = parseProfile(input);
  if (parsed.ok) return apply(parsed.profile);
  warnOnce('invalid-profile', `profile rejected: ${parsed.errors.map((e) => `${e.path} (${e.message})`).join(', ')}`);
  refuse();
}
