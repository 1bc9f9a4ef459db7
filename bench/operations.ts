// The requests the benchmarks send: three representative operations (each with a rotation of
// variables, identical for both servers), the `{ __typename }` floor, and the depth × list-size
// family used to count SQL statements.

export interface GraphQLRequest {
  operationName?: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface Operation {
  key: 'personMeetings' | 'meetingsInRange' | 'search';
  label: string;
  query: string;
  /** Variables the latency runs cycle through. */
  variables: Array<Record<string, unknown>>;
  /** Statements the operation may add as its page grows without depending on the page's length. */
  boundedExtraStatements?: number;
}

const personMeetings = /* GraphQL */ `
  query PersonMeetings($name: String!, $first: Int!) {
    person(name: $name) {
      name
      meetings(first: $first) {
        totalCount
        edges { node { summary dateText status location { name } participants(first: 10) { edges { node { name } } } } }
      }
    }
  }`;

const meetingsInRange = /* GraphQL */ `
  query MeetingsInRange($from: Date!, $to: Date!, $first: Int!) {
    meetings(filter: { dateFrom: $from, dateTo: $to }, first: $first) {
      totalCount
      edges { node { summary dateText sources(first: 10) { edges { node { summary article { title source publishedOn } } } } } }
    }
  }`;

const search = /* GraphQL */ `
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      totalCount
      edges {
        score
        snippet
        node {
          __typename
          ... on Person { name }
          ... on Organization { name }
          ... on Place { name }
          ... on Article { title }
          ... on Meeting { summary }
        }
      }
    }
  }`;

export const operations: Operation[] = [
  {
    key: 'personMeetings',
    label: "a person's meetings with participants",
    query: personMeetings,
    variables: ['Xi Jinping', 'Sergey Lavrov', 'Wang Yi', 'Vyacheslav Volodin'].map((name) => ({ name, first: 10 })),
  },
  {
    key: 'meetingsInRange',
    label: 'meetings in a date range with sources',
    query: meetingsInRange,
    variables: [['2023-03-01', '2023-03-31'], ['2024-10-01', '2024-10-31'], ['2025-06-01', '2025-07-15']]
      .map(([from, to]) => ({ from, to, first: 10 })),
  },
  {
    key: 'search',
    label: 'search',
    query: search,
    variables: ['Lavrov', 'investment cooperation', 'Vladivostok'].map((query) => ({ query, first: 10 })),
    // One query per result kind on the page (five kinds): a longer page may hold more kinds.
    boundedExtraStatements: 4,
  },
];

export const floor: GraphQLRequest = { query: '{ __typename }' };

export function requestsOf(operation: Operation): GraphQLRequest[] {
  return operation.variables.map((variables) => ({ query: operation.query, variables }));
}

/** A query `depth` lists deep (meetings → participants → meetings → sources), each `first: size`. */
export function nestedQuery(depth: number, size: number): string {
  const levels = [
    (inner: string) => `meetings(first: ${size}) { edges { node { summary ${inner} } } }`,
    (inner: string) => `participants(first: ${size}) { edges { node { name ${inner} } } }`,
    (inner: string) => `meetings(first: ${size}) { edges { node { summary ${inner} } } }`,
    (inner: string) => `sources(first: ${size}) { edges { node { summary article { title } ${inner} } } }`,
  ];
  let query = '';
  for (let level = depth - 1; level >= 0; level--) query = (levels[level] as (inner: string) => string)(query);
  return `{ ${query} }`;
}
