// Every namespace ships in exactly one file (the build and the loader both read src/i18n/parts.json),
// or a language would load without some of its text.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_NAMESPACES, NAMESPACES } from '../../../src/i18n/en.js';

describe('locale parts', () => {
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
