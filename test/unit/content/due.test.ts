// `npm run content:due` (src/content/due.ts, src/content/pending.ts): pending facts carry a re-check date
// and what to re-check; the list names every item past its date or reviewed more than 12 months ago.
import { describe, expect, it } from 'vitest';
import { APPROACHES } from '../../../src/content/approaches.js';
import { DRUGS } from '../../../src/content/drugs.js';
import { EVIDENCE } from '../../../src/content/evidence.js';
import { OPTIONS } from '../../../src/content/options.js';
import { REVIEWED, contentReviewDate, reviewMonth } from '../../../src/content/reviewed.js';
import { sourceById } from '../../../src/content/sources/index.js';
import { PENDING } from '../../../src/content/pending.js';
import { citedItems, dueItems, formatDue, monthsBefore } from '../../../src/content/due.js';
import { engineText } from '../engine/helpers.js';

const exists = (ref: string): boolean => {
  const [kind, id] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (kind === 'approach') return APPROACHES.some((a) => a.id === id);
  if (kind === 'evidence') return EVIDENCE.some((e) => e.id === id);
  if (kind === 'option') return OPTIONS.some((o) => o.id === id);
  if (kind === 'drug') return DRUGS.some((d) => d.id === id);
  if (kind === 'reason') return engineText(id) !== undefined;
  return false;
};

describe('pending facts', () => {
  it('each names existing items, a valid re-check date, what to re-check and existing sources', () => {
    expect(PENDING.length).toBeGreaterThan(0);
    for (const p of PENDING) {
      for (const ref of p.items) expect(exists(ref), ref).toBe(true);
      expect(p.recheckBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${p.recheckBy}T00:00:00Z`).toISOString().slice(0, 10)).toBe(p.recheckBy);
      expect(p.what.length, p.items.join()).toBeGreaterThan(30);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) expect(sourceById(s), s).toBeDefined();
    }
  });

  it('covers the decisions the update file names as pending (gedatolisib, giredestrant + everolimus, camizestrant)', () => {
    const all = PENDING.map((p) => p.what).join(' ');
    for (const drug of ['gedatolisib', 'giredestrant', 'camizestrant']) expect(all.toLowerCase()).toContain(drug);
  });
});

describe('dueItems', () => {
  it('lists a pending fact on and after its re-check date, not before', () => {
    const p = PENDING[0]!;
    const dayBefore = new Date(`${p.recheckBy}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const item = p.items.join(', ');
    expect(dueItems(dayBefore.toISOString().slice(0, 10)).map((d) => d.item)).not.toContain(item);
    const due = dueItems(p.recheckBy).find((d) => d.item === item);
    expect(due).toMatchObject({ why: 'recheck-date-passed', date: p.recheckBy, what: p.what });
    expect(due!.sources.map((s) => s.id)).toEqual(p.sources);
  });

  it('lists no stale review while every item is within 12 months, and every item once 12 months have passed', () => {
    const items = citedItems();
    expect(dueItems(REVIEWED).filter((d) => d.why === 'review-older-than-12-months')).toEqual([]);
    const later = dueItems('2099-01-01').filter((d) => d.why === 'review-older-than-12-months');
    expect(later.map((d) => d.item).sort()).toEqual(items.map((i) => i.item).sort());
    for (const d of later) expect(d.sources.length, d.item).toBeGreaterThan(0);
  });

  it('counts 12 calendar months back', () => {
    expect(monthsBefore('2027-11-23', 12)).toBe('2026-11-23');
    expect(dueItems('2027-11-23').some((d) => d.why === 'review-older-than-12-months')).toBe(false);
    expect(dueItems('2027-11-25').some((d) => d.why === 'review-older-than-12-months')).toBe(true);
  });

  it('prints each item with its date, what to re-check and its sources', () => {
    const text = formatDue(dueItems('2026-12-04'), '2026-12-04');
    expect(text).toMatch(/gedatolisib/);
    expect(text).toMatch(/re-check by 2026-07-17 \(passed\)/);
    expect(text).toMatch(/source: .*https:\/\//);
    expect(formatDue([], '2026-01-01')).toMatch(/nothing due/);
  });
});

describe('review date for the footer and the printout', () => {
  it('is the oldest review date of any medical item, so it never claims more than was checked', () => {
    const dates = citedItems().map((i) => i.cited.reviewed);
    expect(contentReviewDate()).toBe(REVIEWED);
    expect(dates.every((d) => d >= REVIEWED)).toBe(true);
    expect(dates).toContain(REVIEWED);
  });

  it('formats as month and year in the person language', () => {
    expect(reviewMonth('2026-11-23', 'en')).toBe('November 2026');
    expect(reviewMonth('2026-11-01', 'en')).toBe('November 2026');
    expect(reviewMonth('2026-11-23', 'es')).toMatch(/noviembre/);
    expect(reviewMonth('not-a-date', 'en')).toBe('not-a-date');
  });
});
