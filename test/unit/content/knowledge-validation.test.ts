// A stale or hostile knowledge.json must be refused as a whole (the comparison then says "could not
// load — try again") rather than throw while rendering; a bad source link loses its link only.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildKnowledge } from '../../../src/content/knowledge-data.js';
import { SOURCES } from '../../../src/content/sources/index.js';
import { asKnowledge } from '../../../src/content/knowledge.js';
import { asLocaleDocument, MAX_LOCALE_TEXT } from '../../../src/i18n/locale-meta.js';

const fresh = () => JSON.parse(JSON.stringify(buildKnowledge(SOURCES))) as Record<string, any>;

describe('knowledge validation', () => {
  it('accepts the shipped knowledge unchanged (apart from normalised links)', () => {
    const k = asKnowledge(fresh());
    expect(k).toBeDefined();
    expect(k!.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
    expect(k!.options.map((o) => o.id)).toEqual(fresh().options.map((o: { id: string }) => o.id));
  });

  it.each<[string, (k: Record<string, any>) => void]>([
    ['an option with only an id', (k) => (k.options[0] = { id: k.options[0].id })],
    ['an empty supportiveCare', (k) => (k.supportiveCare = {})],
    ['an empty priorityRows', (k) => (k.priorityRows = {})],
    ['an option missing', (k) => k.options.pop()],
    ['an approach missing (stale file)', (k) => k.approaches.splice(3, 1)],
    ['a row missing in a column', (k) => delete k.options[2].rows['hair-loss']],
    ['a cell without sources', (k) => delete k.supportiveCare.rows.visits.sources],
    ['evidence with a broken arm', (k) => (k.evidence.find((e: any) => e.arms).arms.treatment = { label: 'x' })],
    ['evidence with a string year', (k) => (k.evidence[0].year = '2020')],
    ['an approach whose drugs is not a list', (k) => (k.approaches[0].drugs = 'letrozole')],
    ['a priority pointing at an unknown row', (k) => (k.priorityRows['keep-hair'] = ['wig'])],
    ['a 10 000-character text', (k) => (k.options[0].summary = 'x'.repeat(10000))],
    ['a source with a bad date', (k) => (k.sources[0].accessed = 'yesterday')],
  ])('refuses %s', (_, mutate) => {
    const k = fresh();
    mutate(k);
    expect(asKnowledge(k)).toBeUndefined();
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '\tjava\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example'])(
    'drops the link of a source whose URL is %j, keeps the citation',
    (url) => {
      const k = fresh();
      k.sources[0].url = url;
      const out = asKnowledge(k);
      expect(out?.sources[0]?.title).toBe(k.sources[0].title);
      expect(out?.sources[0]?.url).toBe('');
    },
  );

  it('never throws, whatever field of whatever item is removed or replaced', () => {
    const base = fresh();
    const paths: string[][] = [];
    const walk = (v: unknown, p: string[]) => {
      if (p.length) paths.push(p);
      if (v && typeof v === 'object' && p.length < 5) for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.constantFrom(undefined, null, 0, '', [], {}, 'javascript:1'), (path, value) => {
        const k = fresh();
        const parent = path.slice(0, -1).reduce((o, key) => o[key], k);
        parent[path.at(-1)!] = value;
        const out = asKnowledge(k);
        // If accepted, the field was optional or the replacement is as valid as the original.
        if (out) expect(out.options).toHaveLength(5);
      }),
      { numRuns: 600 },
    );
  }, 60000);
});

describe('locale documents', () => {
  const doc = (resources: unknown) => ({ meta: { translator: 't', reviewedByNativeClinician: false, date: '2026-12-01' }, resources });
  it('accepts nested short texts', () => {
    expect(asLocaleDocument(doc({ common: { a: 'x', b: { c: 'y' } } }))).toBeDefined();
  });
  it.each([
    ['a giant text', { common: { a: 'x'.repeat(MAX_LOCALE_TEXT + 1) } }],
    ['a number', { common: { a: 1 } }],
    ['an array', { common: { a: ['x'] } }],
    ['deep nesting', { common: { a: { b: { c: { d: { e: { f: { g: 'x' } } } } } } } }],
  ])('refuses %s', (_, resources) => {
    expect(asLocaleDocument(doc(resources))).toBeUndefined();
  });
});
