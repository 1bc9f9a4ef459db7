// Partial dates ("2025", "2025-05", "2025-05-08") as stored: the start of the period (UTC) plus
// its precision.
import type { DatePrecision } from '../db/generated/enums.ts';

/**
 * Where an undated article sorts among an entity's articles, newest first: last. The pair
 * tables store it instead of null so that order is an index's own (no NULLS LAST sort).
 */
export const undatedSortDate = new Date('0001-01-01T00:00:00.000Z');

export function dateOnly(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function partialDate(value: string | null): { date: Date | null; precision: DatePrecision } {
  if (!value) return { date: null, precision: 'unknown' };
  const [year, month, day] = value.split('-');
  if (day) return { date: dateOnly(value), precision: 'day' };
  if (month) return { date: dateOnly(`${year}-${month}-01`), precision: 'month' };
  return { date: dateOnly(`${year}-01-01`), precision: 'year' };
}

const rank: Record<DatePrecision, number> = { unknown: 0, year: 1, month: 2, day: 3 };

/** Whether `a` is known more precisely than `b`. */
export function morePrecise(a: DatePrecision, b: DatePrecision): boolean {
  return rank[a] > rank[b];
}

/** The date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, to its precision. */
export function formatPartialDate(date: Date | null, precision: DatePrecision): string | null {
  if (!date || precision === 'unknown') return null;
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Whether two partial dates can name the same day: equal to the coarser precision of the two. */
export function datesAgree(
  a: { date: Date | null; precision: DatePrecision },
  b: { date: Date | null; precision: DatePrecision },
): boolean {
  if (!a.date || !b.date) return false;
  const coarser = rank[a.precision] <= rank[b.precision] ? a.precision : b.precision;
  return formatPartialDate(a.date, coarser) === formatPartialDate(b.date, coarser);
}
