// VERSION is package.json's version, defined at build time (no second copy to keep in step).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../../src/version.js';

describe('VERSION', () => {
  it("is package.json's version", () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(VERSION).toBe(version);
  });
});
