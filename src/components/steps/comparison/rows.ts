import type { PriorityRows, RowId } from '../../../content/types.js';
import type { PriorityId, Profile } from '../../../engine/index.js';
import { PRIORITY_IDS } from '../../../engine/vocabulary.js';

/** Display order of the Option Grid rows: the same for every option. */
export const ROW_IDS: readonly RowId[] = [
  'involves',
  'how-given',
  'visits',
  'hair-loss',
  'common-effects',
  'serious-risks',
  'daily-life',
  'monitoring',
  'duration',
  'evidence',
];

/** A priority rated "matters a lot" or "matters most". */
export const HIGH_PRIORITY = 3;

export const highPriorities = (p: Profile): PriorityId[] =>
  PRIORITY_IDS.filter((id) => (p.priorities[id] ?? 0) >= HIGH_PRIORITY);

/** For each row, the high priorities it relates to — the same for every column, so nothing is ranked. */
export function highlightedRows(p: Profile, priorityRows: PriorityRows): Map<RowId, PriorityId[]> {
  const rows = new Map<RowId, PriorityId[]>();
  for (const id of highPriorities(p)) {
    for (const row of priorityRows[id]) rows.set(row, [...(rows.get(row) ?? []), id]);
  }
  return rows;
}
