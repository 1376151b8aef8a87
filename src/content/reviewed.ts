// The date this release of the knowledge base was last checked against its sources. One constant,
// so a re-review is a one-line change plus whatever content it corrects (IPDAS asks for a
// publication/review date on every page).
import type { IsoDate } from './types.js';

export const REVIEWED: IsoDate = '2026-11-23';
