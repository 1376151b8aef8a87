import { describe, it, expect } from 'vitest';
// @ts-expect-error plain ESM script without types
import { pseudoLocale } from '../../../scripts/pseudo.mjs';

describe('pseudo-locale', () => {
  const doc = pseudoLocale({
    meta: { translator: 'x', reviewedByNativeClinician: true, date: '2026-01-01' },
    resources: { common: { a: 'Step {{current}} of {{total}}', b: { c: 'About [[her2|HER2]] tests' } } },
  });
  it('accents letters, keeps placeholders and glossary markers, and is ~40 % longer', () => {
    const a: string = doc.resources.common.a;
    expect(a).toContain('{{current}}');
    expect(a).toContain('{{total}}');
    expect(a).not.toMatch(/Step/);
    const c: string = doc.resources.common.b.c;
    expect(c).toContain('[[her2|');
    expect(c).toContain(']]');
    expect(c.length).toBeGreaterThan('About [[her2|HER2]] tests'.length * 1.3);
  });
  it('is never marked as reviewed', () => {
    expect(doc.meta.reviewedByNativeClinician).toBe(false);
  });
});
