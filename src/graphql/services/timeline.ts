// Meetings counted by month for a timeline. The database groups by stored date and precision
// (at most one row per distinct day), so the work does not grow with the number of meetings;
// the rows are then folded into months here. Meetings known only to the year are counted per
// year, to be drawn as spans, and undated meetings apart.
import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/client.ts';

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  /** Meetings dated to a day in the month. */
  dayCount: number;
  /** Meetings known only to be in the month. */
  monthCount: number;
}

export interface YearCount {
  /** YYYY */
  year: string;
  /** Meetings known only to be in the year. */
  count: number;
}

export interface Timeline {
  /** Months with at least one meeting, in calendar order. */
  months: MonthCount[];
  /** Years with meetings dated only to the year, in calendar order. */
  years: YearCount[];
  undated: number;
}

export async function loadTimeline(db: Database, where: Prisma.MeetingWhereInput): Promise<Timeline> {
  const groups = await db.meeting.groupBy({
    by: ['date', 'datePrecision'],
    where,
    _count: { _all: true },
  });
  const months = new Map<string, MonthCount>();
  const years = new Map<string, number>();
  let undated = 0;
  for (const { date, datePrecision, _count } of groups) {
    const count = _count._all;
    if (!date || datePrecision === 'unknown') {
      undated += count;
    } else if (datePrecision === 'year') {
      const year = date.toISOString().slice(0, 4);
      years.set(year, (years.get(year) ?? 0) + count);
    } else {
      const month = date.toISOString().slice(0, 7);
      const bucket = months.get(month) ?? { month, dayCount: 0, monthCount: 0 };
      if (datePrecision === 'day') bucket.dayCount += count;
      else bucket.monthCount += count;
      months.set(month, bucket);
    }
  }
  const byKey = <T>(key: (value: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  return {
    months: [...months.values()].sort(byKey((m) => m.month)),
    years: [...years].map(([year, count]) => ({ year, count })).sort(byKey((y) => y.year)),
    undated,
  };
}
