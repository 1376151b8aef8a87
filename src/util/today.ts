// The reader's calendar date, not UTC's: `toISOString()` would print tomorrow's date on a summary
// made in the evening in the Americas (and yesterday's in the early morning east of UTC).

/** The local calendar date of `now` as YYYY-MM-DD (ready for `Formatters.date`). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
