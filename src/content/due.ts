// What `npm run content:due` lists: every medical item whose review date is more than 12 months old, and
// every pending fact whose re-check date has passed, each with its sources. A list for the people who
// keep the content current (README, "Keeping the content current"); it never fails a build.
import { APPROACHES } from './approaches.js';
import { EVIDENCE } from './evidence.js';
import { GLOSSARY } from './glossary.js';
import { OPTIONS } from './options.js';
import { PENDING } from './pending.js';
import { sourceById } from './sources/index.js';
import { SUPPORTIVE_CARE } from './supportive-care.js';
import type { Cited, IsoDate, Source } from './types.js';

/** How long a review stays current (months). */
const REVIEW_MONTHS = 12;

export interface DueItem {
  /** 'approach:<id>', 'evidence:<id>', 'option:<id>/<row>', … */
  item: string;
  why: 'recheck-date-passed' | 'review-older-than-12-months';
  /** The re-check date, or the review date. */
  date: IsoDate;
  /** What to re-check (pending facts); empty for a plain review. */
  what: string;
  sources: Source[];
}

/** Every medical item with its name, for the stale-review check. */
export function citedItems(): { item: string; cited: Cited }[] {
  const out: { item: string; cited: Cited }[] = [];
  for (const o of OPTIONS) {
    out.push({ item: `option:${o.id}`, cited: o });
    for (const [row, cell] of Object.entries(o.rows)) out.push({ item: `option:${o.id}/${row}`, cited: cell });
  }
  out.push({ item: 'supportive-care', cited: SUPPORTIVE_CARE });
  for (const [row, cell] of Object.entries(SUPPORTIVE_CARE.rows)) out.push({ item: `supportive-care/${row}`, cited: cell });
  for (const a of APPROACHES) out.push({ item: `approach:${a.id}`, cited: a });
  for (const e of EVIDENCE) out.push({ item: `evidence:${e.id}`, cited: e });
  for (const g of GLOSSARY) out.push({ item: `glossary:${g.id}`, cited: g });
  return out;
}

/** today minus `months` calendar months, as an ISO date. */
export function monthsBefore(today: IsoDate, months: number): IsoDate {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

const sourcesOf = (ids: readonly string[]): Source[] =>
  ids.map((id) => sourceById(id)).filter((s): s is Source => s !== undefined);

export function dueItems(today: IsoDate): DueItem[] {
  const out: DueItem[] = [];
  for (const p of PENDING) {
    if (p.recheckBy <= today) {
      out.push({ item: p.items.join(', '), why: 'recheck-date-passed', date: p.recheckBy, what: p.what, sources: sourcesOf(p.sources) });
    }
  }
  const cutoff = monthsBefore(today, REVIEW_MONTHS);
  for (const { item, cited } of citedItems()) {
    if (cited.reviewed < cutoff) {
      out.push({ item, why: 'review-older-than-12-months', date: cited.reviewed, what: '', sources: sourcesOf(cited.sources) });
    }
  }
  return out;
}

/** The list as plain text, as CI prints it. */
export function formatDue(items: readonly DueItem[], today: IsoDate): string {
  if (items.length === 0) return `content:due (${today}): nothing due. Every item was reviewed within ${REVIEW_MONTHS} months and no re-check date has passed.`;
  const lines = [`content:due (${today}): ${items.length} item(s) to re-check (listed, never failing the build)`];
  for (const d of items) {
    const when = d.why === 'recheck-date-passed' ? `re-check by ${d.date} (passed)` : `reviewed ${d.date} (over ${REVIEW_MONTHS} months ago)`;
    lines.push(`- ${d.item}: ${when}`);
    if (d.what) lines.push(`  ${d.what}`);
    for (const s of d.sources) lines.push(`  source: ${s.title} — ${s.publisher} — ${s.url}`);
  }
  return lines.join('\n');
}
