import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { safeHref } from '../../../src/util/safe-url.js';

const PAGE = 'https://org.example/aid/page.html';
const DEV_PAGE = 'http://localhost:8000/demo/index.html';

// What an attacker tries (OWASP XSS filter evasion, URL section), spelled the ways browsers accept.
const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u0002 javascript:alert(1)',
  '\tjava\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'jav&#x09;ascript:alert(1)'.replace('&#x09;', '\t'),
  'javascript&colon;alert(1)'.replace('&colon;', ':'),
  ' \n javascript:alert(1) ',
  'javascript://%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VbScRiPt:msgbox(1)',
  '//evil.example/x',
  ' //evil.example/x',
  '\t//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  'http://evil.example/',
  'HTTP://evil.example/',
  'ftp://evil.example/',
  'file:///etc/passwd',
  'blob:https://org.example/1234',
  'about:blank',
  'mailto:a@evil.example',
  'tel:123',
  'https://org.example@evil.example/',
  'https://user:pass@evil.example/',
  '',
  '   ',
  '\t\n',
  'https://',
  'x'.repeat(5000),
];

const ok = (out: string | undefined, page: string) => {
  if (out === undefined) return true;
  const u = new URL(out);
  return u.protocol === 'https:' || u.origin === new URL(page).origin;
};

describe('safeHref', () => {
  it.each(HOSTILE)('refuses %j', (v) => {
    expect(safeHref(v, PAGE)).toBeUndefined();
    expect(safeHref(v, DEV_PAGE)).toBeUndefined();
  });

  it('keeps https links and same-origin paths, normalised', () => {
    expect(safeHref('https://www.nccn.org/patients', PAGE)).toBe('https://www.nccn.org/patients');
    expect(safeHref(' HTTPS://Example.org/a b ', PAGE)).toBe('https://example.org/a%20b');
    expect(safeHref('/nurse', PAGE)).toBe('https://org.example/nurse');
    expect(safeHref('help.html#top', PAGE)).toBe('https://org.example/aid/help.html#top');
    expect(safeHref('/nurse', DEV_PAGE)).toBe('http://localhost:8000/nurse');
    expect(safeHref('http://localhost:8000/x', DEV_PAGE)).toBe('http://localhost:8000/x');
  });

  it('refuses non-strings', () => {
    for (const v of [undefined, null, 1, {}, ['https://a.example'], { toString: () => 'javascript:1' }]) expect(safeHref(v, PAGE)).toBeUndefined();
  });

  it('without a page (Node), only absolute https', () => {
    expect(safeHref('https://a.example/', undefined)).toBe('https://a.example/');
    expect(safeHref('/x', undefined)).toBeUndefined();
  });

  // Hostile schemes with random case, random tabs/newlines inside and random noise before.
  const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u0008', '\u001f', '\f', '\v');
  const mangled = fc
    .tuple(
      fc.array(noise, { maxLength: 4 }),
      fc.constantFrom('javascript', 'vbscript', 'data', 'livescript', 'jar', 'file', 'http', 'blob', 'filesystem'),
      fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      fc.array(fc.nat({ max: 12 }), { maxLength: 3 }),
      fc.constantFrom(':alert(1)', ':text/html,<b>', '://evil.example/', ':', '&#58;'),
    )
    .map(([pre, scheme, upper, tabs, rest]) => {
      let s = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
      for (const at of tabs) s = `${s.slice(0, at)}\t${s.slice(at)}`;
      return pre.join('') + s + rest;
    });

  it('property: no mangled hostile scheme ever gets through', () => {
    fc.assert(
      fc.property(mangled, fc.constantFrom(PAGE, DEV_PAGE), (v, page) => {
        const out = safeHref(v, page);
        // Only a same-origin relative path may come out (e.g. "data&#58;" is just a path name).
        return out === undefined || out.startsWith(new URL(page).origin + '/');
      }),
      { numRuns: 2000 },
    );
  }, 30000);

  it('property: whatever comes in, what comes out is https or the page’s origin, and stable', () => {
    const anyString = fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true }), mangled, fc.constantFrom(...HOSTILE));
    fc.assert(
      fc.property(anyString, fc.constantFrom(PAGE, DEV_PAGE), (v, page) => {
        const out = safeHref(v, page);
        return ok(out, page) && (out === undefined || safeHref(out, page) === out);
      }),
      { numRuns: 1500 },
    );
  }, 30000);
});
