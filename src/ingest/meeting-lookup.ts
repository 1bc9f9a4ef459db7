// The stored meetings a report may be about, looked up in the database inside the article's
// transaction (not in a per-process index), so a meeting another writer stored a moment ago is
// found too. Only meetings that could match are read: same name, or sharing a participant or
// organization within the report's year (isSameMeeting needs the dates to agree).
import type { Db } from '../db/client.ts';
import type { DatePrecision, MeetingStatus } from '../db/generated/enums.ts';
import type { MeetingKey } from './meeting-identity.ts';
import type { Provider } from '../db/provider.ts';

export interface StoredMeeting {
  id: number;
  name: string | null;
  date: Date | null;
  datePrecision: DatePrecision;
  status: MeetingStatus;
  locationId: number | null;
  /** `p<id>` for people, `o<id>` for organizations. */
  members: Set<string>;
}

/** Named matches first, then those sharing members; each in the order they were stored. */
export async function candidateMeetings(tx: Db, report: MeetingKey): Promise<StoredMeeting[]> {
  const ids = (prefix: string) => [...report.members].filter((m) => m.startsWith(prefix)).map((m) => Number(m.slice(1)));
  const year = report.date?.getUTCFullYear();
  const sameYear = year === undefined
    ? null
    : { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
  const rows = await tx.meeting.findMany({
    where: {
      OR: [
        ...(report.name ? [{ name: report.name }] : []),
        ...(sameYear && report.members.size
          ? [{
              date: sameYear,
              OR: [
                { participants: { some: { personId: { in: ids('p') } } } },
                { organizations: { some: { organizationId: { in: ids('o') } } } },
              ],
            }]
          : []),
      ],
    },
    select: {
      id: true, name: true, date: true, datePrecision: true, status: true, locationId: true,
      participants: { select: { personId: true } },
      organizations: { select: { organizationId: true } },
    },
    orderBy: { id: 'asc' },
  });
  const meetings = rows.map(({ participants, organizations, ...m }) => ({
    ...m,
    members: new Set([...participants.map((p) => `p${p.personId}`), ...organizations.map((o) => `o${o.organizationId}`)]),
  }));
  const named = meetings.filter((m) => report.name !== null && m.name === report.name);
  return [...named, ...meetings.filter((m) => !named.includes(m))];
}

/** Key of the PostgreSQL advisory lock that serializes meeting resolution across writers. */
const meetingLockKey = 0x6e67_6d74; // "ngmt"

/**
 * For one article's transaction: takes, once, the lock under which meetings are resolved, so
 * two writers cannot both decide a meeting is new and store it twice. The lock is held until
 * the transaction ends (PostgreSQL); SQLite has one writer at a time already.
 */
export function meetingResolutionLock(tx: Db, provider: Provider): () => Promise<void> {
  let locked = provider !== 'postgresql';
  return async () => {
    if (locked) return;
    locked = true;
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${meetingLockKey})::text`;
  };
}
