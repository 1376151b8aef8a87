// The share link: encode → decode is the identity for every valid profile; anything malformed,
// truncated, oversized or hostile is rejected with a reason, never thrown, never half-applied.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { profileArb } from '../engine/arbitraries.js';
import { decodeProfile, encodeProfile, shareCodeFrom, shareUrl, MAX_FRAGMENT_LENGTH } from '../../../src/state/share-link.js';
import { emptyProfile } from '../../../src/engine/profile.js';

describe('share link codec', () => {
  it('round-trips every valid profile', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const code = encodeProfile(p);
        expect(code.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
        expect(code).toMatch(/^[0-9a-z._]+$/);
        const back = decodeProfile(code);
        expect(back).toEqual({ ok: true, profile: p });
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips through a URL fragment', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const url = new URL(shareUrl('https://example.org/page?x=1#old', p));
        expect(url.search).toBe('?x=1');
        const code = shareCodeFrom(url.hash);
        expect(code).toBeDefined();
        expect(decodeProfile(code!)).toEqual({ ok: true, profile: p });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any string, and only accepts what parseProfile accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodeProfile(s);
        if (r.ok) expect(encodeProfile(r.profile)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every truncation of a valid code', () => {
    fc.assert(
      fc.property(profileArb, fc.nat(), (p, cut) => {
        const code = encodeProfile(p);
        const short = code.slice(0, cut % code.length);
        const r = decodeProfile(short);
        // A cut inside the last field can still be a valid, different code only if the field is a
        // multi-character number or mask; then it must re-encode to itself.
        if (r.ok) expect(encodeProfile(r.profile)).toBe(short);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['too-long', 'x'.repeat(MAX_FRAGMENT_LENGTH + 1)],
    ['bad-characters', '1.<script>alert(1)</script>'],
    ['bad-characters', '1.0.0.0.000000000.0.2.0.0.u.0.________%00'],
    ['unknown-version', '2.0.0.0.000000000.0.2.0.0.u.0.________'],
    ['malformed', '1.0.0'],
    ['malformed', '1.9.0.0.000000000.0.2.0.0.u.0.________'],
    ['malformed', '1.0.0.0.00000000.0.2.0.0.u.0.________'],
    ['malformed', '1.0.0.0.000000000.zzzzzzz.2.0.0.u.0.________'],
    ['invalid', '1.0.0.0.000000000.0.2.0.0.u.0.9_______'],
  ])('rejects %s: %s', (reason, code) => {
    const r = decodeProfile(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe(reason);
  });

  it('encodes the empty profile compactly', () => {
    const code = encodeProfile(emptyProfile());
    expect(code.length).toBeLessThan(50);
    expect(decodeProfile(code)).toEqual({ ok: true, profile: emptyProfile() });
  });

  it('reads links made before HER2 "negative" existed exactly as before, and carries "negative" too', () => {
    // The empty profile as encoded since the first release: HER2 'unknown' is "4".
    const before = '1.2.4.3.222222222.0.2.0.3.u.0.________';
    expect(decodeProfile(before)).toEqual({ ok: true, profile: emptyProfile() });
    expect(encodeProfile(emptyProfile())).toBe(before);
    const negative = { ...emptyProfile(), hr: 'positive' as const, her2: 'negative' as const };
    const code = encodeProfile(negative);
    expect(code).toBe('1.0.5.3.222222222.0.2.0.3.u.0.________');
    expect(decodeProfile(code)).toEqual({ ok: true, profile: negative });
    // Every HER2 answer has its own link character.
    const chars = (['positive', 'low', 'ultralow', 'zero', 'negative', 'unknown'] as const).map((her2) => encodeProfile({ ...emptyProfile(), her2 }).split('.')[2]);
    expect(new Set(chars).size).toBe(6);
  });

  it('finds the code among other fragment parameters', () => {
    expect(shareCodeFrom('#a=1&mbc=1.x&b=2')).toBe('1.x');
    expect(shareCodeFrom('#section-2')).toBeUndefined();
    expect(shareCodeFrom('')).toBeUndefined();
  });
});

describe('withoutShareCode', () => {
  it('takes only the code out of the fragment, leaving no bare #', async () => {
    const { withoutShareCode } = await import('../../../src/state/share-link.js');
    expect(withoutShareCode('https://o.example/p?q=1#mbc=1.2.3')).toBe('https://o.example/p?q=1');
    expect(withoutShareCode('https://o.example/p#top&mbc=1.2')).toBe('https://o.example/p#top');
    expect(withoutShareCode('https://o.example/p#mbc=1.2&x=y')).toBe('https://o.example/p#x=y');
    expect(withoutShareCode('https://o.example/p#top')).toBe('https://o.example/p#top');
    // Answers "Reload the page" carried across a reload when storage was refused go the same way.
    expect(withoutShareCode('https://o.example/p#top&mbcr=%7B%22v%22%3A1%7D')).toBe('https://o.example/p#top');
  });
});
