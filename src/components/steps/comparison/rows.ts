import type { PriorityRows, RowId } from '../../../content/types.js';
import type { PriorityId, Profile } from '../../../engine/index.js';
import { highPriorities } from '../../../engine/vocabulary.js';

/** For each row, the high priorities it relates to — the same for every column, so nothing is ranked. */
export function highlightedRows(p: Profile, priorityRows: PriorityRows): Map<RowId, PriorityId[]> {
  const rows = new Map<RowId, PriorityId[]>();
  for (const id of highPriorities(p)) {
    for (const row of priorityRows[id]) rows.set(row, [...(rows.get(row) ?? []), id]);
  }
  return rows;
}
