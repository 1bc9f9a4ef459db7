// When two reports describe the same meeting. Merging wrongly is worse than not merging:
// Putin meets many people, so sharing one participant on the same day is not enough.
import type { DatePrecision } from '../db/generated/enums.ts';
import { datesAgree } from './dates.ts';

export interface MeetingKey {
  name: string | null;
  date: Date | null;
  datePrecision: DatePrecision;
  locationId: number | null;
  /** `p<id>` for people, `o<id>` for organizations. */
  members: Set<string>;
}

/** A name that picks out one occurrence ("fourth plenary session of the 20th …"), not a series ("SCO summit"). */
const ordinal =
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)\b/i;

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const m of a) if (b.has(m)) count += 1;
  return count;
}

export function isSameMeeting(stored: MeetingKey, report: MeetingKey): boolean {
  if (stored.locationId !== null && report.locationId !== null && stored.locationId !== report.locationId) return false;
  const agree = datesAgree(
    { date: stored.date, precision: stored.datePrecision },
    { date: report.date, precision: report.datePrecision },
  );
  if (stored.name && report.name) {
    if (stored.name !== report.name) return false;
    return agree || ((!stored.date || !report.date) && ordinal.test(report.name));
  }
  if (!agree) return false;
  const [small, large] = stored.members.size <= report.members.size ? [stored, report] : [report, stored];
  const common = shared(small.members, large.members);
  if (common < Math.min(2, small.members.size) || common * 2 < large.members.size) return false;
  // One participant alone says little: only the same day will do.
  return small.members.size > 1 || (stored.datePrecision === 'day' && report.datePrecision === 'day');
}
