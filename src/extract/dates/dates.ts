// Date expressions in running text and their resolution against an anchor date
// (publication or dateline). Hand-written rather than chrono-node (which parses these articles
// in 0.3 ms each, so speed is not the reason): meetings need what a general parser leaves out,
// such as which side of the publication date a weekday falls by tense, partial dates with their
// precision ("in May", "first half of 2026"), and ranges ("December 1-2") kept as one mention.

export interface Day {
  y: number;
  m: number;
  d: number;
}

export type DateValue =
  | { kind: 'day'; y: number | null; m: number; d: number; range: boolean }
  | { kind: 'month'; y: number | null; m: number }
  | { kind: 'year'; y: number }
  | { kind: 'relativeYear'; offset: number }
  | { kind: 'relativeMonth'; offset: number }
  /** "last week", "earlier this week", "next week": known to the month at best. */
  | { kind: 'relativeWeek'; offset: number }
  /** "yesterday", "today", "tomorrow". */
  | { kind: 'relativeDay'; offset: number }
  /** `direction`: "next Wednesday" +1, "last Friday" -1; absent, the tense decides. */
  | { kind: 'weekday'; weekday: number; direction?: number }
  /** "in the autumn", "next spring": known to the year; `m` is a month in the middle of the season, `direction` as for weekdays. */
  | { kind: 'season'; y: number | null; m: number; direction?: number };

export interface DateMention {
  start: number;
  end: number;
  value: DateValue;
}

export interface ResolvedDate {
  date: string;
  precision: 'day' | 'month' | 'year';
}

export const MONTH_PATTERN =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()] ?? 0;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const DATE_EXPRESSION = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b(${MONTH_PATTERN})\.? (\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?(\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\d{4}))?\b`,
    String.raw`\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ff]or|[Oo]f|[Tt]his|[Ll]ast|[Nn]ext) (${MONTH_PATTERN})(?!\.? \d{1,2}\b)(?:,? (\d{4}))?\b`,
    String.raw`\b(${MONTH_PATTERN}) (\d{4})\b`,
    String.raw`\b(?:[Ii]n|[Oo]f) (\d{4})\b`,
    String.raw`\b([Tt]his|[Ll]ast|[Nn]ext) year\b`,
    String.raw`\b([Tt]his|[Ll]ast|[Nn]ext) month\b`,
    String.raw`\b(${WEEKDAYS.join('|')})\b`,
    String.raw`\b([Tt]his|[Ll]ast|[Nn]ext) week\b`,
    String.raw`\b([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening))\b`,
    // Day before month, as most of the world writes it: "14 March 2025", "3-4 September".
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?(\d{1,2})(?:st|nd|rd|th)?)? (?:of )?(${MONTH_PATTERN})\b\.?(?:,? (\d{4}))?`,
    String.raw`\b([Nn]ext|[Ll]ast|[Tt]his) (${WEEKDAYS.join('|')})\b`,
    // A season names its year only ("in the autumn", "next spring", "in the summer of 2024").
    String.raw`\b(?:[Ii]n|[Tt]his|[Nn]ext|[Ll]ast|[Ee]arly|[Ll]ate|[Dd]uring) (?:the )?(spring|summer|autumn|fall|winter)\b(?: of (\d{4}))?`,
    // "in the second half of the year": this year.
    String.raw`\b(?:first|second|latter) half of (?:the|this) year\b`,
    // "later in the week": this week.
    String.raw`\b(?:[Ll]ater|[Ee]arlier) in the week\b`,
  ].join('|'),
  'g',
);

export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(DATE_EXPRESSION)) {
    const value = readMatch(m);
    if (!value) continue;
    let start = m.index ?? 0;
    // Keep only the date itself in the span, not its leading preposition.
    const month = m[8];
    if (month !== undefined) start += m[0].indexOf(month);
    if (m[12] !== undefined) start += m[0].indexOf(m[12]);
    found.push({ start: offset + start, end: offset + (m.index ?? 0) + m[0].length, value });
  }
  // "Tuesday, 3 September", "Friday, Oct. 8": the weekday only restates the date after it.
  return found.filter((d, i) => {
    const next = found[i + 1];
    return !(d.value.kind === 'weekday' && next?.value.kind === 'day' && /^,?\s$|^,\s$/.test(text.slice(d.end - offset, next.start - offset)));
  });
}

function readMatch(m: RegExpMatchArray): DateValue | null {
  if (m[1] !== undefined) return { kind: 'day', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), range: false };
  if (m[4] !== undefined) {
    const year = m[7] === undefined ? null : Number(m[7]);
    return { kind: 'day', y: year, m: monthNumber(m[4]), d: Number(m[5]), range: m[6] !== undefined };
  }
  if (m[8] !== undefined) return { kind: 'month', y: m[9] === undefined ? null : Number(m[9]), m: monthNumber(m[8]) };
  if (m[10] !== undefined) return { kind: 'month', y: Number(m[11]), m: monthNumber(m[10]) };
  if (m[12] !== undefined) return { kind: 'year', y: Number(m[12]) };
  if (m[13] !== undefined) return { kind: 'relativeYear', offset: offsetOf(m[13]) };
  if (m[14] !== undefined) return { kind: 'relativeMonth', offset: offsetOf(m[14]) };
  if (m[15] !== undefined) return { kind: 'weekday', weekday: WEEKDAYS.indexOf(m[15]) };
  if (m[16] !== undefined) return { kind: 'relativeWeek', offset: offsetOf(m[16]) };
  if (m[17] !== undefined) return { kind: 'relativeDay', offset: offsetOf(m[17]) };
  if (m[20] !== undefined) {
    const year = m[21] === undefined ? null : Number(m[21]);
    return { kind: 'day', y: year, m: monthNumber(m[20]), d: Number(m[18]), range: m[19] !== undefined };
  }
  if (m[23] !== undefined) return { kind: 'weekday', weekday: WEEKDAYS.indexOf(m[23]), direction: offsetOf(m[22] ?? '') };
  if (m[24] !== undefined) {
    const direction = /^(?:next|last)\b/i.test(m[0]) ? offsetOf(m[0].split(' ')[0] ?? '') : undefined;
    return { kind: 'season', y: m[25] === undefined ? null : Number(m[25]), m: SEASON_MIDDLE[m[24].toLowerCase()] ?? 1, direction };
  }
  if (/half of/.test(m[0])) return { kind: 'relativeYear', offset: 0 };
  if (/in the week$/.test(m[0])) return { kind: 'relativeWeek', offset: 0 };
  return null;
}

/** The middle month of each (northern) season; only its year is ever reported. */
const SEASON_MIDDLE: Record<string, number> = { spring: 4, summer: 7, autumn: 10, fall: 10, winter: 1 };

/** "last"/"yesterday" -1, "next"/"tomorrow" +1, "this"/"today" 0. */
function offsetOf(word: string): number {
  const w = word.toLowerCase();
  return w === 'last' || w === 'yesterday' ? -1 : w === 'next' || w === 'tomorrow' ? 1 : 0; // "today", "tonight", "this afternoon": 0
}

export function parseIsoDay(s: string | null): Day | null {
  const m = s === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const formatDay = (d: Day): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
export const formatMonth = (y: number, m: number): string => `${y}-${pad(m)}`;

function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

function shiftDays(d: Day, days: number): Day {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/**
 * The year of a month (and day) given without one: the occurrence nearest the anchor on the
 * side the context implies (past for reported events, future for scheduled ones), allowing a
 * few weeks of slack either way ("consultations on December 1-2" announced and reported Dec 2).
 */
function yearFor(anchor: Day, m: number, d: number, future: boolean): number {
  const at = Date.UTC(anchor.y, anchor.m - 1, anchor.d);
  const slack = 45 * 86_400_000;
  let best = anchor.y;
  let bestDistance = Infinity;
  for (const y of [anchor.y - 1, anchor.y, anchor.y + 1]) {
    const diff = Date.UTC(y, m - 1, d) - at;
    if (future ? diff < -slack : diff > slack) continue;
    if (Math.abs(diff) < bestDistance) {
      best = y;
      bestDistance = Math.abs(diff);
    }
  }
  return best;
}

/**
 * `anchor`: the reference day (dateline or publication). `year`: the best estimate of the
 * article's year when no anchor day is known.
 */
export function resolveDate(
  value: DateValue,
  anchor: Day | null,
  year: number | null,
  future: boolean,
): ResolvedDate | null {
  switch (value.kind) {
    case 'day': {
      const y = value.y ?? (anchor ? yearFor(anchor, value.m, value.d, future) : year);
      if (y === null) return null;
      return value.range
        ? { date: formatMonth(y, value.m), precision: 'month' }
        : { date: formatDay({ y, m: value.m, d: value.d }), precision: 'day' };
    }
    case 'month': {
      const y = value.y ?? (anchor ? yearFor(anchor, value.m, 1, future) : year);
      return y === null ? null : { date: formatMonth(y, value.m), precision: 'month' };
    }
    case 'year':
      return { date: String(value.y), precision: 'year' };
    case 'relativeYear': {
      const y = anchor?.y ?? year;
      return y === null ? null : { date: String(y + value.offset), precision: 'year' };
    }
    case 'season': {
      // "next spring" is the one after the anchor; "in the autumn", the nearest on the side the tense implies.
      const y = value.y ?? (anchor ? yearFor(anchor, value.m, 15, value.direction === undefined ? future : value.direction > 0) : year);
      return y === null ? null : { date: String(y), precision: 'year' };
    }
    case 'relativeMonth': {
      if (!anchor) return null;
      const month = anchor.m - 1 + value.offset;
      const y = anchor.y + Math.floor(month / 12);
      return { date: formatMonth(y, ((month % 12) + 12) % 12 + 1), precision: 'month' };
    }
    case 'relativeDay':
      return anchor ? { date: formatDay(shiftDays(anchor, value.offset)), precision: 'day' } : null;
    case 'relativeWeek': {
      // Monday to Sunday of that week: its month when the whole week lies in one month.
      if (!anchor) return null;
      const monday = shiftDays(anchor, 7 * value.offset - ((weekdayOf(anchor) + 6) % 7));
      const sunday = shiftDays(monday, 6);
      return monday.m === sunday.m ? { date: formatMonth(monday.y, monday.m), precision: 'month' } : null;
    }
    case 'weekday': {
      if (!anchor) return year === null ? null : { date: String(year), precision: 'year' };
      const diff = (weekdayOf(anchor) - value.weekday + 7) % 7;
      if (value.direction === 1) return { date: formatDay(shiftDays(anchor, 7 - diff)), precision: 'day' };
      if (value.direction === -1) return { date: formatDay(shiftDays(anchor, diff === 0 ? -7 : -diff)), precision: 'day' };
      return { date: formatDay(shiftDays(anchor, future ? (7 - diff) % 7 : -diff)), precision: 'day' };
    }
  }
}

/** "on the eve of" a gathering on `day`: the day before it. */
export function dayBefore(day: ResolvedDate): ResolvedDate | null {
  const d = day.precision === 'day' ? parseIsoDay(day.date) : null;
  return d ? { date: formatDay(shiftDays(d, -1)), precision: 'day' } : null;
}

/** The day of a month/day given without a year, on or before `reference` (datelines precede publication). */
export function dayOnOrBefore(m: number, d: number, reference: Day): Day {
  return { y: yearFor(reference, m, d, false), m, d };
}
