// Stores an article's meeting reports. A report that is the same meeting as stored reports of
// other articles joins their meeting (and joins their meetings into one when it links several);
// otherwise it starts a meeting of its own. A meeting's facts and members are recomputed from
// all its reports whenever they change (meeting-clusters.ts), never patched by the latest one.
import type { Db } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { undatedSortDate } from './dates.ts';
import { encodeMembers, groupReports, meetingFacts, type MeetingFacts, type Report } from './meeting-clusters.ts';
import { linkedMeetings, reportsOf } from './meeting-lookup.ts';

export type NewReport = Omit<Report, 'order' | 'locationSlug' | 'venueSlug'> & { sentenceId: number; start: number; end: number };

function sourceRow(report: NewReport): Omit<Prisma.MeetingSourceUncheckedCreateInput, 'meetingId'> {
  const { articleId, sentenceId, start, end, summary, name, date, datePrecision, status, locationId, venueId, members } = report;
  return {
    articleId, sentenceId, start, end, summary, name, date, datePrecision, status, locationId, venueId, memberKeys: encodeMembers(members),
  };
}

function meetingColumns(facts: MeetingFacts) {
  const { name, summary, date, datePrecision, status, locationId, venueId } = facts;
  return { name, summary, date, datePrecision, status, locationId, venueId };
}

/**
 * The copy of the meeting's date its participant and organization rows keep (`meetingDate`, so
 * a person's or organization's meetings page newest first off an index): undated sorts last.
 */
function memberSortDate(facts: MeetingFacts): Date {
  return facts.date ?? undatedSortDate;
}

/** Stores `report` (the caller holds the writer lock, writer-lock.ts). */
export async function storeReport(tx: Db, report: NewReport): Promise<void> {
  const linked = await linkedMeetings(tx, report, report.articleId);
  const target = linked[0];
  if (target === undefined) {
    const facts = meetingFacts([{ ...report, order: '', locationSlug: null, venueSlug: null }]);
    const meetingDate = memberSortDate(facts);
    await tx.meeting.create({
      data: {
        ...meetingColumns(facts),
        participants: { create: facts.people.map((personId) => ({ personId, meetingDate })) },
        organizations: { create: facts.organizations.map((organizationId) => ({ organizationId, meetingDate })) },
        sources: { create: [sourceRow(report)] },
      },
      select: { id: true },
    });
    return;
  }
  await tx.meetingSource.create({ data: { ...sourceRow(report), meetingId: target } });
  await regroupMeetings(tx, linked);
}

/**
 * Regroups the reports of meetings `ids` into meetings (merging and splitting as the reports
 * link), rewrites each meeting's facts and members from its reports, and deletes the meetings
 * left with none.
 */
export async function regroupMeetings(tx: Db, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const reports = await reportsOf(tx, ids);
  const stored = new Map((await tx.meeting.findMany({
    where: { id: { in: ids } },
    include: { participants: { select: { personId: true } }, organizations: { select: { organizationId: true } } },
  })).map((m) => [m.id, m]));
  const unclaimed = new Set([...stored.keys()]);
  for (const group of groupReports(reports)) {
    const facts = meetingFacts(group);
    const own = group.map((r) => r.meetingId).filter((id) => unclaimed.has(id)).sort((a, b) => a - b)[0];
    let target: number;
    if (own === undefined) {
      // A meeting split in two: the part that lost its meeting row gets a new one.
      target = (await tx.meeting.create({ data: meetingColumns(facts), select: { id: true } })).id;
    } else {
      target = own;
      unclaimed.delete(own);
    }
    const strays = group.filter((r) => r.meetingId !== target).map((r) => r.id);
    if (strays.length) await tx.meetingSource.updateMany({ where: { id: { in: strays } }, data: { meetingId: target } });
    await writeFacts(tx, target, facts, stored.get(target));
  }
  if (unclaimed.size) await tx.meeting.deleteMany({ where: { id: { in: [...unclaimed] } } });
}

type StoredMeeting = Prisma.MeetingGetPayload<{
  include: { participants: { select: { personId: true } }; organizations: { select: { organizationId: true } } };
}>;

/**
 * Writes what differs between a meeting's stored row and members and `facts`; a changed date is
 * copied to the members' rows too.
 */
async function writeFacts(tx: Db, id: number, facts: MeetingFacts, stored: StoredMeeting | undefined): Promise<void> {
  const columns = meetingColumns(facts);
  const changed = !stored || (Object.keys(columns) as Array<keyof typeof columns>).some((k) =>
    k === 'date' ? stored.date?.getTime() !== columns.date?.getTime() : stored[k] !== columns[k]);
  if (stored && changed) await tx.meeting.update({ where: { id }, data: columns });
  const people = new Set(stored?.participants.map((p) => p.personId));
  const organizations = new Set(stored?.organizations.map((o) => o.organizationId));
  const wantPeople = new Set(facts.people);
  const wantOrganizations = new Set(facts.organizations);
  const gonePeople = [...people].filter((p) => !wantPeople.has(p));
  const goneOrganizations = [...organizations].filter((o) => !wantOrganizations.has(o));
  if (gonePeople.length) await tx.meetingParticipant.deleteMany({ where: { meetingId: id, personId: { in: gonePeople } } });
  if (goneOrganizations.length) {
    await tx.meetingOrganization.deleteMany({ where: { meetingId: id, organizationId: { in: goneOrganizations } } });
  }
  const meetingDate = memberSortDate(facts);
  if (stored && stored.date?.getTime() !== columns.date?.getTime()) {
    await tx.meetingParticipant.updateMany({ where: { meetingId: id }, data: { meetingDate } });
    await tx.meetingOrganization.updateMany({ where: { meetingId: id }, data: { meetingDate } });
  }
  const newPeople = facts.people.filter((p) => !people.has(p));
  const newOrganizations = facts.organizations.filter((o) => !organizations.has(o));
  if (newPeople.length) {
    await tx.meetingParticipant.createMany({ data: newPeople.map((personId) => ({ meetingId: id, personId, meetingDate })) });
  }
  if (newOrganizations.length) {
    await tx.meetingOrganization.createMany({
      data: newOrganizations.map((organizationId) => ({ meetingId: id, organizationId, meetingDate })),
    });
  }
}
