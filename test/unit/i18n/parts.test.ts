// The build (scripts/locale-files.mjs) and the loader (src/i18n/en.ts) must agree on which
// namespace ships in which file, or a language would load without some of its text.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM script without types
import { PARTS as BUILD_PARTS } from '../../../scripts/locale-files.mjs';
import { ALL_NAMESPACES, NAMESPACES, PARTS } from '../../../src/i18n/en.js';

describe('locale parts', () => {
  it('are the same in the build and in the loader', () => {
    expect(BUILD_PARTS).toEqual(PARTS);
  });
  it('cover every English namespace exactly once', () => {
    const files = readdirSync(join(__dirname, '../../../locales/en'))
      .filter((f) => f.endsWith('.json') && f !== 'meta.json')
      .map((f) => f.replace('.json', ''))
      .sort();
    expect([...ALL_NAMESPACES].sort()).toEqual(files);
    expect(new Set(ALL_NAMESPACES).size).toBe(ALL_NAMESPACES.length);
    expect(NAMESPACES).not.toContain('content');
  });
});
