// The stored reports a new report may be linked to, read from the database inside the article's
// transaction (not from a per-process index), so a meeting another writer stored a moment ago is
// found too. Only reports that could match are read (isSameMeeting needs the same name, or
// agreeing dates and a shared participant or organization), through indexes on name and date.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { isSameMeeting, type MeetingKey } from './meeting-identity.ts';
import { decodeMembers, type Report } from './meeting-clusters.ts';

/** Dates a stored report may have to agree with `key`'s: within its period, or a coarser period containing it. */
function agreeingDates(key: MeetingKey): Prisma.MeetingSourceWhereInput | null {
  const { date, datePrecision } = key;
  if (!date || datePrecision === 'unknown') return null;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const end = datePrecision === 'day'
    ? new Date(date.getTime() + 86_400_000)
    : datePrecision === 'month' ? new Date(Date.UTC(year, month + 1, 1)) : new Date(Date.UTC(year + 1, 0, 1));
  return {
    OR: [
      { date: { gte: date, lt: end } },
      { date: new Date(Date.UTC(year, month, 1)), datePrecision: 'month' },
      { date: new Date(Date.UTC(year, 0, 1)), datePrecision: 'year' },
    ],
  };
}

const reportSelect = {
  id: true, meetingId: true, articleId: true, start: true, summary: true, name: true, date: true, datePrecision: true,
  status: true, locationId: true, venueId: true, memberKeys: true,
  article: { select: { slug: true } }, location: { select: { slug: true } }, venue: { select: { slug: true } },
} satisfies Prisma.MeetingSourceSelect;

export type StoredReport = Report & { id: number; meetingId: number };

function toReport(row: Prisma.MeetingSourceGetPayload<{ select: typeof reportSelect }>): StoredReport {
  return {
    id: row.id, meetingId: row.meetingId, articleId: row.articleId, summary: row.summary, name: row.name, date: row.date,
    datePrecision: row.datePrecision, status: row.status, locationId: row.locationId, venueId: row.venueId,
    members: decodeMembers(row.memberKeys),
    order: `${row.article.slug}\t${String(row.start).padStart(10, '0')}\t${row.summary}`,
    locationSlug: row.location?.slug ?? null, venueSlug: row.venue?.slug ?? null,
  };
}

/** The meetings holding a stored report, of another article, that is the same meeting as `key`. */
export async function linkedMeetings(tx: Db, key: MeetingKey, articleId: number): Promise<number[]> {
  const ids = (prefix: string) => [...key.members].filter((m) => m.startsWith(prefix)).map((m) => Number(m.slice(1)));
  const dates = agreeingDates(key);
  const ways: Prisma.MeetingSourceWhereInput[] = [
    ...(key.name ? [{ name: key.name }] : []),
    ...(dates && key.members.size
      ? [{
          ...dates,
          meeting: {
            OR: [
              { participants: { some: { personId: { in: ids('p') } } } },
              { organizations: { some: { organizationId: { in: ids('o') } } } },
            ],
          },
        }]
      : []),
  ];
  if (!ways.length) return [];
  const rows = await tx.meetingSource.findMany({ where: { OR: ways, articleId: { not: articleId } }, select: reportSelect });
  return [...new Set(rows.map(toReport).filter((r) => isSameMeeting(r, key)).map((r) => r.meetingId))].sort((a, b) => a - b);
}

/** Every report of the meetings `ids`. */
export async function reportsOf(tx: Db, ids: number[]): Promise<StoredReport[]> {
  return (await tx.meetingSource.findMany({ where: { meetingId: { in: ids } }, select: reportSelect })).map(toReport);
}
