// Every locale must say everything English says — no missing keys, no extra keys, no empty values,
// the same {{placeholders}} and glossary markers, and the plural forms its own language needs.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../locales');
const LOCALES = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const NAMESPACES = readdirSync(join(ROOT, 'en')).filter((f) => f.endsWith('.json') && f !== 'meta.json');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;
function flatten(obj: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof obj === 'string') out.set(prefix, obj);
  else if (obj && typeof obj === 'object' && !Array.isArray(obj))
    for (const [k, v] of Object.entries(obj)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, `<<not a string: ${JSON.stringify(obj)}>>`);
  return out;
}
const read = (lng: string, ns: string): Flat => flatten(JSON.parse(readFileSync(join(ROOT, lng, ns), 'utf8')));
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const markers = (s: string) => [...s.matchAll(/\[\[([a-z0-9-]+)\|/g)].map((m) => m[1]).sort();
const intlLocale = (lng: string) => (lng === 'tl' ? 'fil' : lng);

/** English keys with plural suffixes grouped by base; other keys as they are. */
function expectedKeys(en: Flat, lng: string): Set<string> {
  const cats = new Intl.PluralRules(intlLocale(lng)).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of en.keys()) {
    const m = PLURAL.exec(key);
    if (!m) keys.add(key);
    else if (m[1] === 'zero') keys.add(key); // i18next's explicit zero form works in every language
    else for (const c of cats) keys.add(key.replace(PLURAL, `_${c}`));
  }
  return keys;
}

const englishFor = (en: Flat, key: string) => en.get(key) ?? en.get(key.replace(PLURAL, '_other')) ?? '';

describe('locale files', () => {
  it('ship every language the picker offers (plus English)', () => {
    expect(LOCALES).toContain('en');
    expect(NAMESPACES.length).toBeGreaterThanOrEqual(10);
  });

  for (const lng of LOCALES) {
    describe(lng, () => {
      it('has meta.json with translator, review status and date', () => {
        const file = join(ROOT, lng, 'meta.json');
        expect(existsSync(file)).toBe(true);
        const meta = JSON.parse(readFileSync(file, 'utf8'));
        expect(typeof meta.translator).toBe('string');
        expect(typeof meta.reviewedByNativeClinician).toBe('boolean');
        expect(meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });

      for (const ns of NAMESPACES) {
        it(`${ns}: same keys as English, none empty, same placeholders and markers`, () => {
          const en = read('en', ns);
          expect(existsSync(join(ROOT, lng, ns)), `${lng}/${ns} missing`).toBe(true);
          const tr = read(lng, ns);
          const want = lng === 'en' ? new Set(en.keys()) : expectedKeys(en, lng);
          const missing = [...want].filter((k) => !tr.has(k));
          const extra = [...tr.keys()].filter((k) => !want.has(k));
          expect(missing, `${lng}/${ns} lacks keys`).toEqual([]);
          expect(extra, `${lng}/${ns} has keys English lacks`).toEqual([]);
          for (const [key, value] of tr) {
            expect(value.trim(), `${lng}/${ns}: ${key} is empty`).not.toBe('');
            const source = englishFor(en, key);
            // A plural form may spell its number as a word ("one", "два"), so {{count}} may be left out there.
            const want = placeholders(source).filter((p) => !(PLURAL.test(key) && p === 'count'));
            const got = placeholders(value).filter((p) => !(PLURAL.test(key) && p === 'count'));
            expect(got, `${lng}/${ns}: ${key} placeholders`).toEqual(want);
            expect(markers(value), `${lng}/${ns}: ${key} glossary markers`).toEqual(markers(source));
          }
        });
      }
    });
  }
});
