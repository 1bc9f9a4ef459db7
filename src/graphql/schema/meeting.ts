// Meeting: a talk, meeting, session or summit, and the root field that lists meetings.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Prisma } from '../../db/generated/client.ts';
import { formatPartialDate } from '../../ingest/dates.ts';
import { builder } from '../builder.ts';
import { organizationNamed, personNamed, placeNamed } from '../services/names.ts';
import { DatePrecision, MeetingStatus, SortDirection } from './enums.ts';
import { MeetingSource } from './evidence.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { nonEmpty } from './selection.ts';

// Meetings sort by their (start) date, most recent first; undated meetings come last. Placing
// nulls takes a CASE expression that no index serves, so a page would sort every match; when a
// date bound already excludes undated meetings, the plain order reads the date index instead.
const newestFirst = (direction: Prisma.SortOrder, dated: boolean): Prisma.MeetingOrderByWithRelationInput[] =>
  [{ date: dated ? direction : { sort: direction, nulls: 'last' } }, { id: direction }];

const excludesUndated = (filter: typeof MeetingFilter.$inferInput | null | undefined): boolean =>
  Boolean(filter?.dateFrom || filter?.dateTo);

/** A person's meetings, paged through their participation rows. */
export const participationConnection = prismaConnectionHelpers(builder, 'MeetingParticipant', {
  cursor: 'meetingId_personId',
  select: (nodeSelection) => ({ meeting: nonEmpty(nodeSelection(true)) }),
  resolveNode: (participation) => participation.meeting,
});

// The helpers' own `query` takes a single ordering; these need a tiebreak, so fields spread them.
// A person's and an organization's meetings order by the copy of the meeting's date their rows
// keep (undated as 0001-01-01, so last), which the (personId | organizationId, meetingDate,
// meetingId) index holds in this order: a page reads first + 1 index entries, never a sort.
export const participationsNewestFirst = [
  { meetingDate: 'desc' }, { meetingId: 'desc' },
] satisfies Prisma.MeetingParticipantOrderByWithRelationInput[];

/** A meeting's participants, A–Z. */
const participantConnection = prismaConnectionHelpers(builder, 'MeetingParticipant', {
  cursor: 'meetingId_personId',
  select: (nodeSelection) => ({ person: nonEmpty(nodeSelection(true)) }),
  resolveNode: (participation) => participation.person,
});

const participantsByName = [
  { person: { name: 'asc' } }, { personId: 'asc' },
] satisfies Prisma.MeetingParticipantOrderByWithRelationInput[];

/** A meeting's organizations, A–Z. */
const meetingOrganizationConnection = prismaConnectionHelpers(builder, 'MeetingOrganization', {
  cursor: 'meetingId_organizationId',
  select: (nodeSelection) => ({ organization: nonEmpty(nodeSelection(true)) }),
  resolveNode: (row) => row.organization,
});

const meetingOrganizationsByName = [
  { organization: { name: 'asc' } }, { organizationId: 'asc' },
] satisfies Prisma.MeetingOrganizationOrderByWithRelationInput[];

/** An organization's meetings, most recent first. */
export const organizationMeetingConnection = prismaConnectionHelpers(builder, 'MeetingOrganization', {
  cursor: 'meetingId_organizationId',
  select: (nodeSelection) => ({ meeting: nonEmpty(nodeSelection(true)) }),
  resolveNode: (row) => row.meeting,
});

/** A meeting's sources, in the order they were stored. */
const sourceConnection = prismaConnectionHelpers(builder, 'MeetingSource', { cursor: 'id' });

export const organizationMeetingsNewestFirst = [
  { meetingDate: 'desc' }, { meetingId: 'desc' },
] satisfies Prisma.MeetingOrganizationOrderByWithRelationInput[];

export const Meeting = builder.prismaNode('Meeting', {
  id: { field: 'id' },
  nullable: true, // node(id:) of a row that does not exist answers null, not an error
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true }),
    summary: t.exposeString('summary'),
    date: t.expose('date', {
      type: 'Date',
      nullable: true,
      description: 'First day of the period the meeting is dated to; see datePrecision and dateText.',
    }),
    datePrecision: t.expose('datePrecision', { type: DatePrecision }),
    dateText: t.string({
      nullable: true,
      description: 'The date to its known precision: "2025", "2025-05" or "2025-05-08"; null when unknown.',
      select: { date: true, datePrecision: true },
      resolve: (meeting) => formatPartialDate(meeting.date, meeting.datePrecision),
    }),
    status: t.expose('status', { type: MeetingStatus }),
    location: t.relation('location', { nullable: true }),
    venue: t.relation('venue', { nullable: true }),
  }),
});

// Connections to other node types, added separately so the node refs do not depend on each other.
builder.prismaObjectFields(Meeting, (t) => ({
  participants: t.connection(
    {
      type: Person,
      description: 'People who took part, A–Z.',
      select: (args, ctx, nested) => ({
        participants: { ...participantConnection.getQuery(args, ctx, nested), orderBy: participantsByName },
      }),
      resolve: (meeting, args, ctx) => ({
        ...participantConnection.resolve(meeting.participants, args, ctx, meeting),
        totalCount: () => ctx.loaders.count('meetingParticipants').load(meeting.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  organizations: t.connection(
    {
      type: Organization,
      description: 'Organizations that met or held the session, A–Z.',
      select: (args, ctx, nested) => ({
        organizations: { ...meetingOrganizationConnection.getQuery(args, ctx, nested), orderBy: meetingOrganizationsByName },
      }),
      resolve: (meeting, args, ctx) => ({
        ...meetingOrganizationConnection.resolve(meeting.organizations, args, ctx, meeting),
        totalCount: () => ctx.loaders.count('meetingOrganizations').load(meeting.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  sources: t.connection(
    {
      type: MeetingSource,
      description: 'Articles that report the meeting, each with the sentence that states it.',
      select: (args, ctx, nested) => ({ sources: { ...sourceConnection.getQuery(args, ctx, nested), orderBy: { id: 'asc' } } }),
      resolve: (meeting, args, ctx) => ({
        ...sourceConnection.resolve(meeting.sources, args, ctx, meeting),
        totalCount: () => ctx.loaders.count('meetingSources').load(meeting.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
}));

export const MeetingFilter = builder.inputType('MeetingFilter', {
  description: 'Narrows a list of meetings; all given conditions must hold.',
  fields: (t) => ({
    participant: t.string({ description: 'Name of a participant (any alias, case-insensitive).' }),
    organization: t.string({ description: 'Name of an organization that met (any alias).' }),
    location: t.string({
      description: 'Name of a place: matches the location, the venue, the place containing the location, or its country.',
    }),
    status: t.field({ type: MeetingStatus, description: 'Held or scheduled.' }),
    dateFrom: t.field({
      type: 'Date',
      description: "Earliest date (inclusive; a month or year counts from its first day), compared with the start of the meeting's dated period.",
    }),
    dateTo: t.field({
      type: 'Date',
      description: "Latest date (inclusive; a month or year counts to its last day), compared with the start of the meeting's dated period.",
    }),
    datePrecision: t.field({
      type: [DatePrecision],
      description: 'Only meetings dated to one of these precisions (UNKNOWN for undated meetings).',
    }),
  }),
});

const MeetingOrderField = builder.enumType('MeetingOrderField', {
  description: 'What to order meetings by.',
  values: { DATE: { value: 'date', description: 'The meeting date; undated meetings come last.' } } as const,
});

const MeetingOrder = builder.inputType('MeetingOrder', {
  description: 'Ordering of meetings; ties are broken by ID.',
  fields: (t) => ({
    field: t.field({ type: MeetingOrderField, defaultValue: 'date', description: 'What to order by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'desc', description: 'Ascending or descending.' }),
  }),
});

export function meetingWhere(filter: typeof MeetingFilter.$inferInput | null | undefined): Prisma.MeetingWhereInput {
  const conditions: Prisma.MeetingWhereInput[] = [];
  if (filter?.participant) conditions.push({ participants: { some: { person: personNamed(filter.participant) } } });
  if (filter?.organization) {
    conditions.push({ organizations: { some: { organization: organizationNamed(filter.organization) } } });
  }
  if (filter?.location) {
    const place = placeNamed(filter.location);
    conditions.push({
      OR: [{ location: place }, { venue: place }, { location: { parent: place } }, { location: { country: place } }],
    });
  }
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.dateFrom) conditions.push({ date: { gte: filter.dateFrom.first } });
  if (filter?.dateTo) conditions.push({ date: { lte: filter.dateTo.last } });
  if (filter?.datePrecision) conditions.push({ datePrecision: { in: filter.datePrecision } });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  meetings: t.prismaConnection({
    type: 'Meeting',
    description: 'Meetings, filtered and ordered; most recent first by default.',
    cursor: 'id',
    args: {
      filter: t.arg({ type: MeetingFilter, required: false, description: 'Conditions the meetings must meet.' }),
      orderBy: t.arg({ type: MeetingOrder, required: false, description: 'Ordering; newest first when omitted.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.meeting.findMany({
        ...query,
        where: meetingWhere(args.filter),
        orderBy: newestFirst(args.orderBy?.direction ?? 'desc', excludesUndated(args.filter)),
      }),
    totalCount: (_root, args, ctx) => ctx.db.meeting.count({ where: meetingWhere(args.filter) }),
  }),
}));
