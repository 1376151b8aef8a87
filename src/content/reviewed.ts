// The date this release of the knowledge base was last checked against its sources. One constant,
// so a re-review is a one-line change plus whatever content it corrects (IPDAS asks for a
// publication/review date on every page). Items checked later (the December 2026 update) carry their
// own later date; REVIEWED stays the oldest review date of any medical item (tested), so showing it
// never claims more than was checked.
import type { IsoDate } from './types.js';

export const REVIEWED: IsoDate = '2026-11-23';

/** Items added or corrected against shared/knowledge/updates-2026-12.md. */
export const REVIEWED_2026_12: IsoDate = '2026-12-04';

/**
 * The content's review date for the footer and the printout ("Information reviewed <month year>"): the
 * oldest review date of any medical item. Small and dependency-free, so the first load can use it
 * without fetching the knowledge.
 */
export const contentReviewDate = (): IsoDate => REVIEWED;

/** An ISO date as "November 2026" in the given language (Intl, UTC, so no off-by-one-day month). */
export function reviewMonth(iso: IsoDate, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
