// Which comparison rows each "what matters to you" priority relates to. The UI highlights these rows
// in every column alike (never one option over another); the first row is the one the summary quotes
// for that priority, so each list starts with the most direct match.
import type { PriorityRows } from './types.js';

export const PRIORITY_ROWS: PriorityRows = {
  'longer-life': ['evidence', 'duration'],
  'fewer-side-effects': ['common-effects', 'serious-risks'],
  'keep-hair': ['hair-loss'],
  'fewer-visits': ['visits'],
  'pills-at-home': ['how-given'],
  'daily-activities': ['daily-life'],
  'symptom-relief': ['involves', 'daily-life'],
  // The trials column's "what it involves" is where new approaches are described; "evidence" says
  // how much is known about each option.
  'newest-approaches': ['involves', 'evidence'],
};
