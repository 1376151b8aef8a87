// The at-a-glance layer of the comparison (the Option Grid): one plain line per option and the five
// rows people ask about most, each cell a short version of the full row (same facts, same sources,
// ≤ 20 words, grade ≤ 6). The other rows and everything else sit one "More about" away.
// The words live in content.json (glance.<option>.<row>), beside the full rows they shorten.
import type { OptionId } from '../engine/types.js';
import type { ContentKey, RowId } from './types.js';

/** Rows shown for every option before the reader opens anything, in this order. */
export const GLANCE_ROWS = ['how-given', 'visits', 'hair-loss', 'common-effects', 'daily-life'] as const satisfies readonly RowId[];

/** Rows one "More topics" away (the evidence row lives in "Numbers from studies"). */
export const MORE_ROWS = ['involves', 'serious-risks', 'monitoring', 'duration'] as const satisfies readonly RowId[];

export type GlanceRow = (typeof GLANCE_ROWS)[number];

export const glanceLine = (option: OptionId): ContentKey => `glance.${option}.line`;
export const glanceCell = (option: OptionId, row: GlanceRow): ContentKey => `glance.${option}.${row}`;
