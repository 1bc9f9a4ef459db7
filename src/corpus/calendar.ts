// Dates as `YYYY-MM-DD` strings and the ways news copy writes them. UTC throughout, so output
// does not depend on the machine's time zone.

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
// AP-style abbreviations, as Xinhua datelines use them ("Nov. 7", "Sept. 4", "May 9").
const apMonths = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;
const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const dayMs = 86_400_000;

function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

function toMs(iso: string): number {
  const { year, month, day } = parts(iso);
  return Date.UTC(year, month - 1, day);
}

export function isoFromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoFromMs(toMs(iso) + days * dayMs);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / dayMs);
}

export function weekday(iso: string): string {
  return weekdays[new Date(toMs(iso)).getUTCDay()] as string;
}

export function monthName(iso: string): string {
  return monthNames[parts(iso).month - 1] as string;
}

export function year(iso: string): number {
  return parts(iso).year;
}

/** `YYYY-MM` */
export function yearMonth(iso: string): string {
  return iso.slice(0, 7);
}

/** "Nov. 7" */
export function apDate(iso: string): string {
  const { month, day } = parts(iso);
  return `${apMonths[month - 1]} ${day}`;
}

/** "November 7" */
export function longDate(iso: string): string {
  return `${monthName(iso)} ${parts(iso).day}`;
}

/** "November 07, 2025", as in Xinhua's "15:41, November 07, 2025" lines. */
export function paddedLongDate(iso: string): string {
  const { year: y, day } = parts(iso);
  return `${monthName(iso)} ${String(day).padStart(2, '0')}, ${y}`;
}

/** "Nov 5" */
export function shortDate(iso: string): string {
  const { month, day } = parts(iso);
  return `${shortMonths[month - 1]} ${day}`;
}

/** "July 17th" */
export function ordinalDate(iso: string): string {
  return `${monthName(iso)} ${ordinal(parts(iso).day)}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}
