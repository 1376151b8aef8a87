import { describe, expect, it } from 'vitest';
import { DRUGS } from '../../../src/content/drugs.js';
import { SOURCES, sourceById } from '../../../src/content/sources/index.js';
import { REFERENCE_SOURCES } from '../../../src/content/sources/references.js';
import { REASON_DEFS } from '../../../src/engine/reason-defs.js';
import { PENDING } from '../../../src/content/pending.js';
import { citedItems } from './helpers.js';
import { HELP_SOURCES } from '../../../src/content/help-sources.js';
import { readFileSync } from 'node:fs';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);

/** A real calendar date in YYYY-MM-DD form, not after today. */
function isPastIsoDate(d: string): boolean {
  if (!ISO.test(d)) return false;
  const parsed = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === d && d <= today;
}

describe('sources table', () => {
  it('has sources', () => {
    expect(SOURCES.length).toBeGreaterThan(0);
  });

  it('gives every source an https URL, a title, a publisher, a kind and an ISO accessed date', () => {
    for (const s of SOURCES) {
      expect(new URL(s.url).protocol, s.id).toBe('https:');
      expect(s.title.trim(), s.id).not.toBe('');
      expect(s.publisher.trim(), s.id).not.toBe('');
      expect(['guideline', 'label', 'trial', 'review', 'patient-info'], s.id).toContain(s.kind);
      expect(isPastIsoDate(s.accessed), `${s.id} accessed ${s.accessed}`).toBe(true);
    }
  });

  it('has unique ids and unique URLs (guideline and reference sources together)', () => {
    const ids = SOURCES.map((s) => s.id);
    const urls = SOURCES.map((s) => s.url);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  it('finds sources by id', () => {
    const first = SOURCES[0]!;
    expect(sourceById(first.id)).toBe(first);
    expect(sourceById('no-such-source')).toBeUndefined();
  });
});

describe('source quality (guidelines, peer-reviewed papers, regulators, major cancer organisations)', () => {
  // Addresses replaced by a primary source in the December 2026 review: press-release wires, library
  // catalogue records, insurer pages, drug Q&A sites and unofficial mirrors. They must not come back.
  const REPLACED_HOSTS = [
    'einpresswire.com', 'einnews.com', 'paperexplained.cn', 'lms.ehc.gov.eg', 'katalog.lib.cas.cz', 'uhc.com',
    'm2.mtmt.hu',
  ];
  it('cites none of the replaced hosts, and no drug Q&A or price page', () => {
    for (const s of SOURCES) {
      const host = new URL(s.url).hostname;
      expect(REPLACED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)), `${s.id}: ${s.url}`).toBe(false);
      expect(s.url, s.id).not.toMatch(/drugs\.com\/medical-answers|goodrx\.com|\/price/);
    }
  });
});

describe('citations on content', () => {
  it('gives every medical item at least one existing source and a valid review date', () => {
    for (const { name, item } of citedItems()) {
      expect(item.sources.length, name).toBeGreaterThan(0);
      for (const id of item.sources) expect(sourceById(id), `${name} cites ${id}`).toBeDefined();
      expect(new Set(item.sources).size, `${name} cites a source twice`).toBe(item.sources.length);
      expect(isPastIsoDate(item.reviewed), `${name} reviewed ${item.reviewed}`).toBe(true);
    }
  });

  it('gives every drug at least one existing source for its names and group', () => {
    for (const d of DRUGS) {
      expect(d.sources?.length ?? 0, d.id).toBeGreaterThan(0);
      for (const id of d.sources ?? []) expect(sourceById(id), `${d.id} cites ${id}`).toBeDefined();
    }
  });

  it('gives every help text ("Where to find this") known sources, and each key is a help text that exists', () => {
    const en = (ns: string) => JSON.parse(readFileSync(new URL(`../../../locales/en/${ns}.json`, import.meta.url), 'utf8'));
    for (const [key, ids] of Object.entries(HELP_SOURCES)) {
      const [ns, path] = key.split(':') as [string, string];
      const text = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en(ns));
      expect(text, key).toBeTypeOf('string');
      expect(ids.length, key).toBeGreaterThan(0);
      for (const id of ids) expect(sourceById(id), `${key}: ${id}`).toBeDefined();
    }
  });

  it('cites every one of its own reference sources somewhere (in content or in an engine reason)', () => {
    // Guideline sources belong to the engine's rules and are checked there; a reference nobody
    // cites is dead weight in the table and a sign a citation went missing.
    const used = new Set([
      ...citedItems().flatMap(({ item }) => item.sources),
      ...DRUGS.flatMap((d) => d.sources ?? []),
      ...REASON_DEFS.flatMap((d) => d.sources),
      ...PENDING.flatMap((p) => p.sources),
    ]);
    expect(REFERENCE_SOURCES.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});
