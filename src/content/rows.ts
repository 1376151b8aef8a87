/** The Option Grid's rows in display order, the same for every option; each option's content has a cell for each. */
export const ROW_IDS = [
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
] as const;

export type RowId = (typeof ROW_IDS)[number];
