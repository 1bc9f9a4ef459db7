// Network: who met whom around a person, as nodes and weighted edges for drawing.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder, maxPageSize } from '../builder.ts';
import { loadAll, type MeetingQuery } from '../loaders.ts';
import {
  loadNetwork, networkLimits, networkMeetingWhere, type Network as NetworkData, type NetworkAffiliation as AffiliationData,
  type NetworkEdge as EdgeData, type NetworkNode as NodeData, type NetworkOrganization as OrganizationData,
} from '../services/network.ts';
import { MeetingStatus } from './enums.ts';
import { Meeting } from './meeting.ts';
import { Person } from './person.ts';
import { rowQuery } from './selection.ts';

const NetworkFilter = builder.inputType('NetworkFilter', {
  description: 'Narrows the meetings a network is drawn from; all given conditions must hold.',
  fields: (t) => ({
    status: t.field({ type: MeetingStatus, description: 'Held or scheduled.' }),
    dateFrom: t.field({ type: 'Date', description: "Earliest date (inclusive), compared with the start of the meeting's dated period." }),
    dateTo: t.field({ type: 'Date', description: "Latest date (inclusive), compared with the start of the meeting's dated period." }),
  }),
});

const NetworkNode = builder.objectRef<NodeData>('NetworkNode').implement({
  description: 'A person in a network.',
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      description: 'The person.',
      resolve: (query, node, _args, ctx) => ctx.loaders.people(query).load(node.personId),
    }),
    depth: t.exposeInt('depth', { description: 'Hops from the centre through shared meetings: 0 for the centre.' }),
    meetingCount: t.exposeInt('meetingCount', {
      description: 'Meetings the person shares with the people one hop closer to the centre (0 for the centre).',
    }),
  }),
});

const NetworkEdge = builder.objectRef<EdgeData>('NetworkEdge').implement({
  description: 'Two people of a network who shared meetings; the weight is how many.',
  fields: (t) => ({
    source: t.prismaField({
      type: 'Person',
      description: 'One of the pair (the one created first).',
      resolve: (query, edge, _args, ctx) => ctx.loaders.people(query).load(edge.sourceId),
    }),
    target: t.prismaField({
      type: 'Person',
      description: 'The other of the pair.',
      resolve: (query, edge, _args, ctx) => ctx.loaders.people(query).load(edge.targetId),
    }),
    meetingCount: t.int({
      description: 'Number of meetings the pair shared (matching the network filter).',
      resolve: (edge) => edge.meetingIds.length,
    }),
    meetings: t.connection(
      {
        type: Meeting,
        description: 'The meetings the pair shared, most recent first (undated last).',
        resolve: (edge, args, ctx, info) => {
          const query: MeetingQuery = rowQuery(queryFromInfo({ context: ctx, info, path: ['edges', 'node'] }));
          return resolveOffsetConnection(
            { args, maxSize: maxPageSize, totalCount: edge.meetingIds.length },
            ({ offset, limit }) => loadAll(ctx.loaders.meetings(query), edge.meetingIds.slice(offset, offset + limit)),
          );
        },
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount }) }) },
    ),
  }),
});

const NetworkOrganization = builder.objectRef<OrganizationData>('NetworkOrganization').implement({
  description: "An organization that met or held a session in a network's meetings.",
  fields: (t) => ({
    organization: t.prismaField({
      type: 'Organization',
      description: 'The organization.',
      resolve: (query, row, _args, ctx) => ctx.loaders.organizations(query).load(row.organizationId),
    }),
    meetingCount: t.exposeInt('meetingCount', { description: "The network's meetings (matching its filter) it took part in." }),
  }),
});

const NetworkAffiliation = builder.objectRef<AffiliationData>('NetworkAffiliation').implement({
  description: 'A person of a network and an organization of it that took part in the same meetings.',
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      description: 'The person.',
      resolve: (query, row, _args, ctx) => ctx.loaders.people(query).load(row.personId),
    }),
    organization: t.prismaField({
      type: 'Organization',
      description: 'The organization.',
      resolve: (query, row, _args, ctx) => ctx.loaders.organizations(query).load(row.organizationId),
    }),
    meetingCount: t.int({
      description: 'Meetings (matching the network filter) both took part in.',
      resolve: (row) => row.meetingIds.length,
    }),
  }),
});

const Network = builder.objectRef<NetworkData & { centerId: number }>('Network').implement({
  description: 'People around a person and the meetings between them.',
  fields: (t) => ({
    center: t.prismaField({
      type: 'Person',
      description: 'The person the network is drawn around.',
      resolve: (query, network, _args, ctx) => ctx.loaders.people(query).load(network.centerId),
    }),
    nodes: t.field({
      type: [NetworkNode],
      description: 'The centre first, then the others nearest and most met first.',
      resolve: (network) => network.nodes,
    }),
    edges: t.field({
      type: [NetworkEdge],
      description: 'Every pair of nodes that shared a meeting, most shared meetings first.',
      resolve: (network) => network.edges,
    }),
    organizations: t.field({
      type: [NetworkOrganization],
      description: 'Organizations in most of the network\'s meetings (when asked for with `organizations`), most such meetings first.',
      resolve: (network) => network.organizations,
    }),
    affiliations: t.field({
      type: [NetworkAffiliation],
      description: 'People and organizations of the network that took part in the same meetings, most such meetings first.',
      resolve: (network) => network.affiliations,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: `Whether people were left out to stay within \`limit\`, or meetings beyond the ${networkLimits.maxMeetingsScanned} most recent read per step.`,
    }),
  }),
});

builder.queryField('network', (t) =>
  t.field({
    type: Network,
    nullable: true,
    description: 'Who met whom around a person: nodes and edges weighted by shared meetings; null when there is no such person.',
    args: {
      around: t.arg.globalID({ for: Person, required: true, description: 'The global ID of the person at the centre.' }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `Hops from the centre through shared meetings, 1 to ${networkLimits.maxDepth}.`,
      }),
      limit: t.arg.int({
        defaultValue: networkLimits.defaultPeople,
        description: `Most people in the network, the centre included (at most ${networkLimits.maxPeople}; larger values are clamped).`,
      }),
      filter: t.arg({ type: NetworkFilter, required: false, description: 'Which meetings count.' }),
      organizations: t.arg.int({
        defaultValue: 0,
        description: `Most organizations to add as nodes: those that met or held sessions in the network's meetings (0 to ${networkLimits.maxOrganizations}; larger values are clamped).`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const depth = args.depth ?? 1;
      if (!Number.isInteger(depth) || depth < 1 || depth > networkLimits.maxDepth) {
        throw new GraphQLError(`network: depth must be between 1 and ${networkLimits.maxDepth}, not ${depth}`);
      }
      const limit = Math.min(Math.max(args.limit ?? networkLimits.defaultPeople, 1), networkLimits.maxPeople);
      const centerId = Number(args.around.id);
      const exists = await ctx.db.person.findUnique({ where: { id: centerId }, select: { id: true } });
      if (!exists) return null;
      const organizations = Math.min(Math.max(args.organizations ?? 0, 0), networkLimits.maxOrganizations);
      return { centerId, ...(await loadNetwork(ctx.db, { around: centerId, depth, limit, filter: args.filter, organizations })) };
    },
  }),
);

/** Most people `sharedMeetings` takes: each adds a join. */
const maxSharedPeople = 10;

builder.queryField('sharedMeetings', (t) =>
  t.prismaConnection({
    type: 'Meeting',
    description: 'Meetings every one of the given people took part in (a network edge\'s meetings), most recent first (undated last).',
    cursor: 'id',
    args: {
      people: t.arg.globalIDList({
        for: Person,
        required: true,
        description: `Global IDs of the people, 1 to ${maxSharedPeople}.`,
      }),
      filter: t.arg({ type: NetworkFilter, required: false, description: 'Which meetings count.' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.meeting.findMany({
        ...query,
        where: sharedBy(args.people, args.filter),
        orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      }),
    totalCount: (_root, args, ctx) => ctx.db.meeting.count({ where: sharedBy(args.people, args.filter) }),
  }),
);

function sharedBy(people: ReadonlyArray<{ id: string | number }>, filter: typeof NetworkFilter.$inferInput | null | undefined) {
  if (people.length < 1 || people.length > maxSharedPeople) {
    throw new GraphQLError(`sharedMeetings: people must name 1 to ${maxSharedPeople} people, not ${people.length}`);
  }
  return {
    AND: [networkMeetingWhere(filter), ...people.map(({ id }) => ({ participants: { some: { personId: Number(id) } } }))],
  };
}
