// The three benchmark operations as PostGraphile queries (over the schema PostGraphile derives
// from newsgraph's PostgreSQL tables plus bench/postgraphile.sql), their variables derived from
// the same rotation newsgraph gets, and each answer put in the shape of newsgraph's answer so
// the run can check that both return the same meetings and people in the same order.
import { formatPartialDate } from '../src/ingest/dates.ts';
import { foldName } from '../src/extract/names.ts';
import { slugify } from '../src/ingest/names.ts';
import type { DatePrecision } from '../src/db/generated/enums.ts';
import type { GraphQLRequest, Operation } from './operations.ts';

type Variables = Record<string, unknown>;

interface PeerOperation {
  query: string;
  variables(variables: Variables): Variables;
  /** The answer in newsgraph's shape, or null where the two do not compute the same thing. */
  asNewsgraph(data: unknown): unknown;
}

interface Connection<T> { totalCount?: number; edges: Array<{ node: T }> }
interface PeerMeeting {
  summary: string; date: string | null; datePrecision: string; status?: string;
  placeByLocationId?: { name: string } | null;
  participantsByName?: Connection<{ name: string }>;
  meetingSourcesByMeetingId?: Connection<{ summary: string; articleByArticleId: { title: string | null; source: string | null; publishedOn: string | null } }>;
}

// PostGraphile prints a timestamp without time zone without an offset; newsgraph stores UTC.
const utc = (timestamp: string) => new Date(/[Z+]/.test(timestamp.slice(10)) ? timestamp : `${timestamp}Z`);
const dateText = (m: PeerMeeting) => formatPartialDate(m.date ? utc(m.date) : null, m.datePrecision.toLowerCase() as DatePrecision);

const personMeetings: PeerOperation = {
  query: /* GraphQL */ `
    query PersonMeetings($slug: String!, $normalized: String!, $first: Int!) {
      benchPersonByName(slug: $slug, normalized: $normalized) {
        name
        meetingsByDate(first: $first) {
          totalCount
          edges { node { summary date datePrecision status placeByLocationId { name } participantsByName(first: 10) { edges { node { name } } } } }
        }
      }
    }`,
  variables: ({ name, first }) => ({ slug: slugify(String(name)), normalized: foldName(String(name)), first }),
  asNewsgraph(data) {
    const person = (data as { benchPersonByName: { name: string; meetingsByDate: Connection<PeerMeeting> } | null }).benchPersonByName;
    if (!person) return { person: null };
    return {
      person: {
        name: person.name,
        meetings: {
          totalCount: person.meetingsByDate.totalCount,
          edges: person.meetingsByDate.edges.map(({ node: m }) => ({
            node: {
              summary: m.summary, dateText: dateText(m), status: m.status?.toUpperCase(),
              location: m.placeByLocationId ? { name: m.placeByLocationId.name } : null,
              participants: { edges: m.participantsByName?.edges.map(({ node }) => ({ node: { name: node.name } })) },
            },
          })),
        },
      },
    };
  },
};

const meetingsInRange: PeerOperation = {
  query: /* GraphQL */ `
    query MeetingsInRange($from: Datetime!, $to: Datetime!, $first: Int!) {
      allMeetings(filter: { date: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }, orderBy: [DATE_DESC, PRIMARY_KEY_DESC], first: $first) {
        totalCount
        edges { node { summary date datePrecision meetingSourcesByMeetingId(first: 10, orderBy: PRIMARY_KEY_ASC) { edges { node { summary articleByArticleId { title source publishedOn } } } } } }
      }
    }`,
  variables: ({ from, to, first }) => ({ from, to, first }),
  asNewsgraph(data) {
    const meetings = (data as { allMeetings: Connection<PeerMeeting> }).allMeetings;
    return {
      meetings: {
        totalCount: meetings.totalCount,
        edges: meetings.edges.map(({ node: m }) => ({
          node: {
            summary: m.summary, dateText: dateText(m),
            sources: {
              edges: m.meetingSourcesByMeetingId?.edges.map(({ node: s }) => ({
                node: {
                  summary: s.summary,
                  article: { title: s.articleByArticleId.title, source: s.articleByArticleId.source, publishedOn: s.articleByArticleId.publishedOn?.slice(0, 10) ?? null },
                },
              })),
            },
          },
        })),
      },
    };
  },
};

// PostGraphile has no full-text search: each word must occur, case-insensitively, in a
// person's, organization's or place's name, an article's title or a meeting's summary
// (connection-filter's includesInsensitive, an ILIKE '%word%' scan per kind). Unlike
// newsgraph it reads no article bodies or aliases and neither ranks nor makes snippets, so its
// answers are not compared.
const searchFields = { people: 'name', organizations: 'name', places: 'name', articles: 'title', meetings: 'summary' } as const;
const search: PeerOperation = {
  query: /* GraphQL */ `
    query Search($people: PersonFilter!, $organizations: OrganizationFilter!, $places: PlaceFilter!,
                 $articles: ArticleFilter!, $meetings: MeetingFilter!, $first: Int!) {
      allPeople(filter: $people, first: $first, orderBy: PRIMARY_KEY_ASC) { totalCount nodes { name } }
      allOrganizations(filter: $organizations, first: $first, orderBy: PRIMARY_KEY_ASC) { totalCount nodes { name } }
      allPlaces(filter: $places, first: $first, orderBy: PRIMARY_KEY_ASC) { totalCount nodes { name } }
      allArticles(filter: $articles, first: $first, orderBy: PRIMARY_KEY_ASC) { totalCount nodes { title } }
      allMeetings(filter: $meetings, first: $first, orderBy: PRIMARY_KEY_ASC) { totalCount nodes { summary } }
    }`,
  variables: ({ query, first }) => {
    const words = String(query).match(/[\p{L}\p{N}]+/gu) ?? [];
    const filter = (field: string) => ({ and: words.map((word) => ({ [field]: { includesInsensitive: word } })) });
    return { ...Object.fromEntries(Object.entries(searchFields).map(([kind, field]) => [kind, filter(field)])), first };
  },
  asNewsgraph: () => null,
};

export const postgraphileOperations: Record<Operation['key'], PeerOperation> = { personMeetings, meetingsInRange, search };

export function postgraphileRequestsOf(operation: Operation): GraphQLRequest[] {
  const peer = postgraphileOperations[operation.key];
  return operation.variables.map((variables) => ({ query: peer.query, variables: peer.variables(variables) }));
}
