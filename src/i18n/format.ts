// Numbers, percentages, dates and lists through Intl, in the person's language: never concatenated.
import type { Language } from './languages.js';

// The pseudo-locale formats as German: English words from Intl ("A and B") would hide real leftovers.
const INTL_LOCALE: Partial<Record<Language, string>> = { tl: 'fil', 'x-pseudo': 'de' };
export const intlLocale = (lng: Language): string => INTL_LOCALE[lng] ?? lng;

export interface Formatters {
  number(n: number, options?: Intl.NumberFormatOptions): string;
  percent(fraction: number): string;
  /** An ISO date (YYYY-MM-DD) as a long local date. */
  date(iso: string): string;
  /** An ISO date as month and year ("December 2026"): how current content is, without false precision. */
  monthYear(iso: string): string;
  list(items: string[]): string;
}

export function formatters(lng: Language): Formatters {
  const loc = intlLocale(lng);
  const percent = new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(loc, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const list = new Intl.ListFormat(loc, { style: 'long', type: 'conjunction' });
  return {
    number: (n, options) => new Intl.NumberFormat(loc, options).format(n),
    percent: (f) => percent.format(f),
    date: (iso) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : date.format(d);
    },
    monthYear: (iso) => {
      const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : month.format(d);
    },
    list: (items) => list.format(items),
  };
}
