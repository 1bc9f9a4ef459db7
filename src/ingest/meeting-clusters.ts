// Which reports are one meeting, and what that meeting is. Reports linked by isSameMeeting,
// directly or through other reports, are one meeting (a connected component), and the
// meeting's facts are chosen from its reports by rules over their content: neither depends on
// the order the reports were stored in, so four writers seeding at once store the meetings one
// serial seed stores.
import type { MeetingStatus } from '../db/generated/enums.ts';
import { morePrecise } from './dates.ts';
import { isSameMeeting, type MeetingKey } from './meeting-identity.ts';

export interface Report extends MeetingKey {
  articleId: number;
  /** Sorts the reports of a meeting alike however they were stored: article slug, offset, summary. */
  order: string;
  status: MeetingStatus;
  venueId: number | null;
  summary: string;
  /** Slugs of the location and venue, so that ties are broken by content rather than by ids. */
  locationSlug: string | null;
  venueSlug: string | null;
}

/** The reports grouped into meetings, each group and the groups in `order`. */
export function groupReports<T extends Report>(reports: readonly T[]): T[][] {
  const sorted = [...reports].sort((a, b) => compare(a.order, b.order));
  const root = sorted.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i] as number)));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [sorted[i] as T, sorted[j] as T];
      // One article's reports are different meetings by extraction's own account.
      if (a.articleId !== b.articleId && isSameMeeting(a, b)) root[find(j)] = find(i);
    }
  }
  const groups = new Map<number, T[]>();
  sorted.forEach((report, i) => {
    const key = find(i);
    groups.set(key, [...(groups.get(key) ?? []), report]);
  });
  return [...groups.values()];
}

export interface MeetingFacts {
  name: string | null;
  summary: string;
  date: Date | null;
  datePrecision: Report['datePrecision'];
  status: MeetingStatus;
  locationId: number | null;
  venueId: number | null;
  people: number[];
  organizations: number[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The value most reports give (null when none gives one); ties go to the first key in code-point order. */
function mostCommon<T>(values: ReadonlyArray<T | null>, key: (value: T) => string): T | null {
  const tally = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    if (value === null) continue;
    const entry = tally.get(key(value)) ?? { value, count: 0 };
    entry.count += 1;
    tally.set(key(value), entry);
  }
  const best = [...tally.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || compare(ka, kb))[0];
  return best?.[1].value ?? null;
}

/** The meeting a group of its reports describes (reports in `order`, as groupReports gives them). */
export function meetingFacts(reports: readonly Report[]): MeetingFacts {
  const first = reports[0];
  if (!first) throw new Error('a meeting needs at least one report');
  const dated = reports.filter((r) => r.date !== null);
  const precision = dated.reduce((best, r) => (morePrecise(r.datePrecision, best) ? r.datePrecision : best), first.datePrecision);
  const date = mostCommon(dated.filter((r) => r.datePrecision === precision).map((r) => r.date), (d) => d.toISOString());
  const location = mostCommon(reports.map((r) => (r.locationId === null ? null : { id: r.locationId, slug: r.locationSlug ?? '' })), (l) => l.slug);
  const venue = mostCommon(reports.map((r) => (r.venueId === null ? null : { id: r.venueId, slug: r.venueSlug ?? '' })), (v) => v.slug);
  // The fullest account: the report naming the most participants, the first in order on a tie.
  const fullest = reports.reduce((best, r) => (r.members.size > best.members.size ? r : best), first);
  const members = new Set(reports.flatMap((r) => [...r.members]));
  const ids = (prefix: string) => [...members].filter((m) => m.startsWith(prefix)).map((m) => Number(m.slice(1))).sort((a, b) => a - b);
  return {
    name: mostCommon(reports.map((r) => r.name), (n) => n),
    summary: fullest.summary,
    date,
    datePrecision: date ? precision : 'unknown',
    status: reports.some((r) => r.status === 'held') ? 'held' : 'scheduled',
    locationId: location?.id ?? null,
    venueId: venue?.id ?? null,
    people: ids('p'),
    organizations: ids('o'),
  };
}

/** A report's members as stored in `MeetingSource.memberKeys`. */
export function encodeMembers(members: Iterable<string>): string {
  return [...new Set(members)].sort().join(' ');
}

export function decodeMembers(keys: string): Set<string> {
  return new Set(keys.split(' ').filter(Boolean));
}
