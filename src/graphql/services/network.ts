// Who met whom around one person: the people within `depth` hops through shared meetings, the
// closest first, and every pair of them that shared a meeting, weighted by how many. Bounded
// by `limit` people, so a person at the centre of a large corpus still gives a drawable graph,
// and by the meetings read per step, so one request's memory and time stay bounded however
// large the corpus grows (the most recent meetings are read first).
import type { Database } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/client.ts';
import type { DatePeriod } from '../builder.ts';

export const networkLimits = {
  /** Hops from the centre; each hop beyond the first widens the scan to every neighbour's meetings. */
  maxDepth: 2,
  /** People in one network, the centre included. */
  maxPeople: 100,
  defaultPeople: 51,
  /** Meetings read per step (each hop, then the edges), most recent first. */
  maxMeetingsScanned: 20_000,
  /** Organizations in one network, when asked for. */
  maxOrganizations: 30,
} as const;

export interface NetworkFilter {
  /** Bounds as the `Date` input parses them: a period from its first to its last day. */
  dateFrom?: DatePeriod | null | undefined;
  dateTo?: DatePeriod | null | undefined;
  status?: 'held' | 'scheduled' | null | undefined;
}

export interface NetworkNode {
  personId: number;
  /** Hops from the centre: 0 for the centre itself. */
  depth: number;
  /** Meetings (matching the filter) this person shares with the people one hop closer. */
  meetingCount: number;
}

export interface NetworkEdge {
  /** The smaller person id of the pair. */
  sourceId: number;
  targetId: number;
  /** Shared meetings matching the filter, most recent first (undated last). */
  meetingIds: number[];
}

/** An organization that met or held a session in the network's meetings. */
export interface NetworkOrganization {
  organizationId: number;
  /** The network's meetings (matching the filter) the organization took part in. */
  meetingCount: number;
}

/** A person of the network and an organization that took part in the same meetings. */
export interface NetworkAffiliation {
  personId: number;
  organizationId: number;
  /** Those meetings, most recent first (undated last). */
  meetingIds: number[];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  organizations: NetworkOrganization[];
  affiliations: NetworkAffiliation[];
  /** Whether people, or meetings beyond those scanned, were left out to stay within the limits. */
  truncated: boolean;
}

export interface NetworkOptions {
  around: number;
  /** 1 to networkLimits.maxDepth. */
  depth: number;
  /** Most people in the network, the centre included: 1 to networkLimits.maxPeople. */
  limit: number;
  filter?: NetworkFilter | null | undefined;
  /** Meetings read per step; networkLimits.maxMeetingsScanned unless a test needs fewer. */
  maxMeetingsScanned?: number;
  /** Most organizations to add (0, the default, for people only). */
  organizations?: number;
}

/** Meetings matching a network filter. */
export function networkMeetingWhere(filter: NetworkFilter | null | undefined): Prisma.MeetingWhereInput {
  return {
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.dateFrom || filter?.dateTo
      ? { date: { ...(filter.dateFrom ? { gte: filter.dateFrom.first } : {}), ...(filter.dateTo ? { lte: filter.dateTo.last } : {}) } }
      : {}),
  };
}

/**
 * Meetings matching the filter that any of `personIds` took part in, with all their
 * participants: the most recent `maxMeetingsScanned`, and whether there were more.
 */
async function meetingsOf(db: Database, personIds: number[], filter: NetworkFilter | null | undefined, scan: number, withOrganizations = false) {
  const meetings = await db.meeting.findMany({
    where: { ...networkMeetingWhere(filter), participants: { some: { personId: { in: personIds } } } },
    select: {
      id: true,
      participants: { select: { personId: true } },
      organizations: { select: { organizationId: true }, ...(withOrganizations ? {} : { take: 0 }) },
    },
    orderBy: [{ date: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: scan + 1,
  });
  const more = meetings.length > scan;
  return { meetings: more ? meetings.slice(0, scan) : meetings, more };
}

export async function loadNetwork(db: Database, options: NetworkOptions): Promise<Network> {
  const { around, depth, limit, filter, maxMeetingsScanned: scan = networkLimits.maxMeetingsScanned, organizations = 0 } = options;
  const nodes = new Map<number, NetworkNode>([[around, { personId: around, depth: 0, meetingCount: 0 }]]);
  let frontier = [around];
  let truncated = false;
  for (let hop = 1; hop <= depth && frontier.length > 0; hop += 1) {
    // Everyone sharing a meeting with the frontier, ranked by how many such meetings.
    const shared = new Map<number, number>();
    const { meetings, more } = await meetingsOf(db, frontier, filter, scan);
    if (more) truncated = true;
    for (const meeting of meetings) {
      for (const { personId } of meeting.participants) {
        if (!nodes.has(personId)) shared.set(personId, (shared.get(personId) ?? 0) + 1);
      }
    }
    const ranked = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const room = limit - nodes.size;
    if (ranked.length > room) truncated = true;
    frontier = ranked.slice(0, Math.max(room, 0)).map(([personId, meetingCount]) => {
      nodes.set(personId, { personId, depth: hop, meetingCount });
      return personId;
    });
  }
  const edges = await edgesAmong(db, [...nodes.keys()], filter, scan, organizations);
  return {
    nodes: [...nodes.values()],
    edges: edges.edges,
    organizations: edges.organizations,
    affiliations: edges.affiliations,
    truncated: truncated || edges.more,
  };
}

/**
 * Every pair of `personIds` that shared a meeting matching the filter, heaviest first; and
 * the `maxOrganizations` organizations in most of those people's meetings, with the people
 * each met with.
 */
async function edgesAmong(
  db: Database, personIds: number[], filter: NetworkFilter | null | undefined, scan: number, maxOrganizations: number,
) {
  const members = new Set(personIds);
  const edges = new Map<string, NetworkEdge>();
  const affiliations = new Map<string, NetworkAffiliation>();
  const organizationMeetings = new Map<number, number>();
  const { meetings, more } = await meetingsOf(db, personIds, filter, scan, maxOrganizations > 0);
  for (const meeting of meetings) {
    const present = [...new Set(meeting.participants.map((p) => p.personId).filter((id) => members.has(id)))].sort((a, b) => a - b);
    for (const { organizationId } of meeting.organizations) {
      organizationMeetings.set(organizationId, (organizationMeetings.get(organizationId) ?? 0) + 1);
      for (const personId of present) {
        const key = `${personId}:${organizationId}`;
        const affiliation = affiliations.get(key);
        if (affiliation) affiliation.meetingIds.push(meeting.id);
        else affiliations.set(key, { personId, organizationId, meetingIds: [meeting.id] });
      }
    }
    for (let i = 0; i < present.length; i += 1) {
      for (let j = i + 1; j < present.length; j += 1) {
        const sourceId = present[i]!;
        const targetId = present[j]!;
        const key = `${sourceId}:${targetId}`;
        const edge = edges.get(key);
        if (edge) edge.meetingIds.push(meeting.id);
        else edges.set(key, { sourceId, targetId, meetingIds: [meeting.id] });
      }
    }
  }
  const sorted = [...edges.values()].sort(
    (a, b) => b.meetingIds.length - a.meetingIds.length || a.sourceId - b.sourceId || a.targetId - b.targetId,
  );
  const organizations = [...organizationMeetings]
    .map(([organizationId, meetingCount]) => ({ organizationId, meetingCount }))
    .sort((a, b) => b.meetingCount - a.meetingCount || a.organizationId - b.organizationId)
    .slice(0, maxOrganizations);
  const kept = new Set(organizations.map((o) => o.organizationId));
  return {
    edges: sorted,
    organizations,
    affiliations: [...affiliations.values()]
      .filter((a) => kept.has(a.organizationId))
      .sort((a, b) => b.meetingIds.length - a.meetingIds.length || a.personId - b.personId || a.organizationId - b.organizationId),
    more,
  };
}
