// Every locale must say everything English says — no missing keys, no extra keys, no empty values,
// the same {{placeholders}} and glossary markers, and the plural forms its own language needs.
// Then what a side-by-side translation review found by machine (reviews/translations-2026-12.md):
// long strings left in English, Arabic letters glued to Latin words, English words left behind.
import { describe, it, expect } from 'vitest';
import { DRUGS } from '../../../src/content/drugs.js';
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

// A language's own drug names (treatments:drugNames.<drug id>) have no English twin: English names
// are the data in src/content/drugs.ts. They must name a drug we know.
const LOCAL_NAMES = /^drugNames\.(.+)$/;
const DRUG_IDS = new Set(DRUGS.map((d) => d.id));

/** Text a reader sees: placeholders, glossary ids and URLs taken out. */
const visible = (s: string) =>
  s
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\[\[[a-z0-9-]+\|/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');

// Medicine names, brands and short forms stay the same in every language; a string made only of
// them (and of numbers, codes and punctuation) may equal English.
const DRUG_WORDS = new Set(
  DRUGS.flatMap((d) => [d.generic, ...d.brands, ...(d.aliases ?? [])])
    .flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean),
);
const onlyNames = (s: string) =>
  visible(s)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !/^[0-9]+$/.test(w) && !/^(t|dxd|dm1|dato|her2|hr|er|pr)$/.test(w))
    .every((w) => DRUG_WORDS.has(w));

// English words that carry grammar and are not also words of the language being checked
// ("on" is French, "may" Tagalog, "for" Portuguese, "to" Vietnamese, "but"/"cancer" French).
const FUNCTION_WORDS = ['the', 'and', 'with', 'of', 'your', 'you', 'this', 'that', 'which', 'when', 'from', 'after', 'before', 'about', 'are', 'is', 'have', 'has', 'will', 'should', 'would', 'if', 'it', 'for', 'not', 'people', 'what', 'how', 'only'];
const NOT_ENGLISH_IN: Record<string, string[]> = { 'pt-BR': ['for'], fr: ['but'], tl: ['may'], vi: ['to'] };
// Names of studies, organisations and tests that happen to contain such words.
const PROPER = /ClinicalTrials\.gov|National Library of Medicine|Living Beyond Breast Cancer|Breastcancer\.org|SURE|Metastatic Breast Cancer Network/g;
const englishWords = (lng: string, s: string): string[] => {
  const allowed = new Set(NOT_ENGLISH_IN[lng] ?? []);
  const words = visible(s).replace(PROPER, ' ').match(/\p{L}+/gu) ?? [];
  return words.filter((w) => FUNCTION_WORDS.includes(w.toLowerCase()) && !allowed.has(w.toLowerCase()));
};

// An Arabic letter written against a Latin letter ("وAKT", "لـHER2", "HER2ال") breaks bidi shaping:
// the conjunction or preposition stands apart ("و AKT") or the drug is written in Arabic letters.
const AR = '[\\u0620-\\u064A\\u0671-\\u06D3\\u06FA-\\u06FF]'; // Arabic letters, not Arabic punctuation (، ؛ ؟)
const JOINERS = '[\\u0640\\u200C\\u200D]*'; // tatweel, ZWNJ, ZWJ
const ARABIC_GLUED_TO_LATIN = new RegExp(`${AR}${JOINERS}[A-Za-z]|[A-Za-z][A-Za-z0-9]*${JOINERS}${AR}`, 'u');

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
          const local = ns === 'treatments.json' ? [...tr.keys()].filter((k) => LOCAL_NAMES.test(k)) : [];
          for (const k of local) expect(DRUG_IDS.has(LOCAL_NAMES.exec(k)![1]!), `${lng}: ${k} names no known drug`).toBe(true);
          const extra = [...tr.keys()].filter((k) => !want.has(k) && !local.includes(k));
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

        if (lng === 'en') continue;
        it(`${ns}: nothing long left in English, no English grammar words`, () => {
          const en = read('en', ns);
          const tr = read(lng, ns);
          const same: string[] = [];
          const words: string[] = [];
          for (const [key, value] of tr) {
            if (LOCAL_NAMES.test(key)) continue;
            if (value === englishFor(en, key) && value.length > 20 && !onlyNames(value)) same.push(`${key}: ${value}`);
            const found = englishWords(lng, value);
            if (found.length) words.push(`${key}: ${found.join(', ')}`);
          }
          expect(same, `${lng}/${ns}: identical to English`).toEqual([]);
          expect(words, `${lng}/${ns}: English words left`).toEqual([]);
        });

        if (lng === 'ar')
          it(`${ns}: no Arabic letter glued to a Latin word`, () => {
            const glued = [...read(lng, ns)].filter(([, v]) => ARABIC_GLUED_TO_LATIN.test(v)).map(([k, v]) => `${k}: ${v}`);
            expect(glued).toEqual([]);
          });
      }
    });
  }
});

describe('the locale checks themselves', () => {
  it('catch an Arabic letter glued to a Latin word, and only that', () => {
    for (const bad of ['وAKT', 'لـHER2', 'بـT-DXd', 'HER2ال']) expect(ARABIC_GLUED_TO_LATIN.test(bad), bad).toBe(true);
    for (const good of ['و AKT', 'لـ HER2', 'PTEN، و', 'HER2؟', 'فولفسترانت (fulvestrant)']) expect(ARABIC_GLUED_TO_LATIN.test(good), good).toBe(false);
  });
  it('catch English grammar words but not look-alikes in the language', () => {
    expect(englishWords('es', 'Se usa with quimioterapia')).toEqual(['with']);
    expect(englishWords('fr', 'parfois notés RE et RP, le but est')).toEqual([]);
    expect(englishWords('pt-BR', 'se for positivo')).toEqual([]);
    expect(englishWords('vi', 'khối u to')).toEqual([]);
    expect(englishWords('ru', 'из ClinicalTrials.gov')).toEqual([]);
  });
  it('let a string of drug names equal English, and nothing else', () => {
    expect(onlyNames('Trastuzumab deruxtecan (T-DXd)')).toBe(true);
    expect(onlyNames('{{priority}}: {{level}}')).toBe(true);
    expect(onlyNames('Spinal cord compression')).toBe(false);
  });
});
