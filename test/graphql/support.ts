// Runs operations against the real schema through yoga.fetch, as a client would.
import { createYoga } from '../../src/graphql/yoga.ts';
import type { Database } from '../../src/db/client.ts';

export type Yoga = ReturnType<typeof createYoga>;

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export const apiToken = 'test-token';

export function yogaFor(db: Database, options: { apiToken?: string } = { apiToken }): Yoga {
  return createYoga({ db, apiToken: options.apiToken });
}

/** POSTs `document` to /graphql; `TData` is the shape of `data` the test reads. */
export async function executeOperation<TData>(
  yoga: Yoga,
  document: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

/** Like executeOperation, but fails the test on any GraphQL error and returns `data`. */
export async function query<TData>(yoga: Yoga, document: string, variables: Record<string, unknown> = {}): Promise<TData> {
  const result = await executeOperation<TData>(yoga, document, variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? 'no data')}`);
  }
  return result.data;
}

export interface Page<T> {
  totalCount: number;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
}

export const nodes = <T>(page: Page<T>): T[] => page.edges.map((edge) => edge.node);
