// Time stamps that pages print above a story, in any outlet's format: "Published: Jun 05, 2025
// 10:32 PM", "14:07 GMT 03.09.2025", "Sun 6-October-2024", "Updated on: 04 July,2024 08:42 AM
// IST", "20/05/2025", "16 May. 9:00 (UTC+3 MSK)". chrono-node reads the dates (measured right on
// every stamp of the real corpus); its British English parser reads numeric dates day first
// ("03-07-2023" is 3 July), as most of the world's outlets write them. What this module adds is
// the test that a segment holds nothing else but labels, weekdays, times and time zones.
import * as chrono from 'chrono-node';
import { formatDay } from '../dates/dates.ts';

const LABEL = String.raw`(?:(?:first |last )?(?:published|updated|update|posted|written|created|modified|released|issued|publication date|date)(?: on| at)?\s*:?)`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?)`;
/** Zones and offsets chrono leaves outside its match: "IST", "(UTC+3 MSK)", "GMT+8". */
const ZONE = String.raw`(?:\(?(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5})(?:\s+[A-Z]{2,5})?\)?)`;
/** "about 2 hours ago": how an age is hedged. */
const AGE_HEDGE = String.raw`(?:about|around|over|nearly|almost|just|less than|more than)`;
const WORDS = new RegExp(String.raw`(?<!\p{L})(?:${LABEL}|${WEEKDAY}|${AGE_HEDGE})(?!\p{L})`, 'giu');
/** What may surround the dates of a stamp once labels and weekdays are gone; zones are matched
 * case-sensitively so that ordinary words ("By the end of 2025") keep a line out. */
const STAMP_REST = new RegExp(String.raw`^(?:\s|[-–—,.|/:·•]|\d+\s*min(?:ute)?s? read|:\d{2}(?!\d)|${ZONE})*$`);
const WIDGET = /-?\d+\s?°\s?[CF]\b/;
/** "March 04 - 2025": a dash between the day and the year, which chrono would read as a range. */
const DASHED_YEAR = /((?:\p{L}{3,}\.? \d{1,2}|\d{1,2} \p{L}{3,}\.?))\s*[-–]\s*(\d{4})(?!\d)/u;
/** "06/16/2026": month first, as American pages write it; day first is read so only when the day is over 12. */
const MONTH_FIRST = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthFirst = (written: string, m: string, d: string, y: string): string =>
  Number(d) > 12 && Number(m) >= 1 && Number(m) <= 12 ? `${d} ${MONTHS[Number(m) - 1] ?? ''} ${y}` : written;
/** Every stamp has a year, a clock time, a numeric date or an age. */
const MAYBE_STAMP = /\d{4}|\d[:.]\d{2}|\d\/\d|\d\s+\w+\s+ago\b/;
/** The only words a stamp holds besides zones in capitals; chrono (about 0.4 ms a call) sees nothing else. */
const STAMP_WORDS = new Set(
  [
    'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
    'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
    'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday',
    'sat', 'saturday', 'sun', 'sunday', 'first', 'last', 'published', 'updated', 'update', 'posted', 'written', 'created',
    'modified', 'released', 'issued', 'publication', 'date', 'on', 'at', 'am', 'pm', 'a', 'p', 'm', 'st', 'nd', 'rd', 'th',
    't', 'z', 'ago', 'about', 'around', 'over', 'nearly', 'almost', 'just', 'less', 'more', 'than', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'read',
  ],
);
const onlyStampWords = (segment: string): boolean =>
  (segment.match(/\p{L}+/gu) ?? []).every((w) => STAMP_WORDS.has(w.toLowerCase()) || /^[A-Z]{2,5}$/.test(w));

/**
 * The publication day of a stamp, null for a stamp that fixes no year ("16:20", "16 May. 9:00")
 * since a year is never guessed, undefined when the segment is not a stamp.
 */
export function stampDate(segment: string): string | null | undefined {
  if (segment.length > 90 || !MAYBE_STAMP.test(segment) || WIDGET.test(segment) || !onlyStampWords(segment)) return undefined;
  const text = segment.replace(DASHED_YEAR, '$1, $2').replace(MONTH_FIRST, monthFirst);
  const found = chrono.en.GB.parse(text);
  if (found.length === 0) return undefined;
  let rest = text;
  for (const r of found) rest = rest.replace(r.text, ' ');
  if (!STAMP_REST.test(rest.replace(WORDS, ' '))) return undefined;
  // Only a written year dates a stamp: "Updated 3 hours ago" is furniture, not a day.
  const dated = found.find((r) => /\d{4}/.test(r.text) && r.start.isCertain('year') && r.start.isCertain('day'));
  if (dated === undefined) return null;
  const [y, m, d] = [dated.start.get('year'), dated.start.get('month'), dated.start.get('day')];
  return y === null || m === null || d === null ? null : formatDay({ y, m, d });
}

/** Weather and clock widgets ("11 November, 2025, 8:00 pm Central - 23°C Rain") show today, not the story's day. */
export const isWidget = (line: string): boolean => WIDGET.test(line);
