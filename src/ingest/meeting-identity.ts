// When two reports (from two articles) describe the same meeting. Merging wrongly is worse than
// not merging: Putin meets many people, so sharing one participant on the same day is not enough.
// The rule compares two reports only, never what earlier reports made of a meeting, so the
// meetings stored (groups of reports linked by it, meeting-clusters.ts) do not depend on the
// order articles arrive in.
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

export function isSameMeeting(a: MeetingKey, b: MeetingKey): boolean {
  // Symmetric: which of the two was stored first must not matter.
  if (a.locationId !== null && b.locationId !== null && a.locationId !== b.locationId) return false;
  const agree = datesAgree(
    { date: a.date, precision: a.datePrecision },
    { date: b.date, precision: b.datePrecision },
  );
  if (a.name && b.name) {
    if (a.name !== b.name) return false;
    return agree || ((!a.date || !b.date) && ordinal.test(b.name));
  }
  if (!agree) return false;
  const [small, large] = a.members.size <= b.members.size ? [a, b] : [b, a];
  const common = shared(small.members, large.members);
  if (common < Math.min(2, small.members.size) || common * 2 < large.members.size) return false;
  // One participant alone says little: only another report of that one participant on the same
  // day will do. Linked to a report of two, it could join two different meetings of that person.
  return small.members.size > 1 || (large.members.size === 1 && a.datePrecision === 'day' && b.datePrecision === 'day');
}
