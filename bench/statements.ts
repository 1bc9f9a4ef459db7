// SQL statements per GraphQL operation, counted through createPrismaClient's onQuery hook while
// the schema executes the operation in-process: a count flat across list sizes means no N+1
// queries. Execution bypasses the HTTP layer's limits, which reject the deepest nesting; whether
// the API accepts each depth over HTTP is recorded alongside.
import { execute, parse, type ExecutionResult } from 'graphql';
import { createPrismaClient } from '../src/db/client.ts';
import { createContext } from '../src/graphql/context.ts';
import { schema } from '../src/graphql/schema/index.ts';
import { IngestService } from '../src/graphql/services/ingest.ts';
import { createYoga } from '../src/graphql/yoga.ts';
import { nestedQuery, operations, type GraphQLRequest } from './operations.ts';

export const listSizes = [1, 10, 100] as const;
export const depths = [1, 2, 3, 4] as const;

/** A statement count, or the error the operation failed with. */
export type Count = number | string;

export interface StatementCounts {
  /** depth -> counts at each list size */
  nested: Record<number, Count[]>;
  /** depth -> whether the HTTP API accepts the query at each list size (its cost and depth limits) */
  acceptedOverHttp: Record<number, boolean[]>;
  /** operation -> counts at each `first` */
  operations: Record<string, Count[]>;
}

export async function countStatements(url: string): Promise<StatementCounts> {
  let count = 0;
  const db = createPrismaClient({ url, onQuery: () => count++ });
  const ingest = new IngestService(db);
  const yoga = createYoga({ db });
  /** The first error's message, if the operation failed. */
  const run = async ({ query, variables }: GraphQLRequest): Promise<string | null> => {
    const contextValue = createContext({ db, apiToken: undefined, ingest }, new Request('http://127.0.0.1/graphql'));
    const result = (await execute({ schema, document: parse(query), contextValue, variableValues: variables })) as ExecutionResult;
    return result.errors?.[0]?.message.trim().split('\n').at(-1) ?? null;
  };
  const counted = async (request: GraphQLRequest): Promise<Count> => {
    await run(request); // warm: the first request may open the connection
    count = 0;
    return (await run(request)) ?? count;
  };
  const accepted = async (request: GraphQLRequest) => {
    const response = await yoga.fetch('http://127.0.0.1/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    });
    return !((await response.json()) as { errors?: unknown }).errors;
  };
  try {
    const nested: Record<number, Count[]> = {};
    const acceptedOverHttp: Record<number, boolean[]> = {};
    for (const depth of depths) {
      nested[depth] = [];
      acceptedOverHttp[depth] = [];
      for (const size of listSizes) {
        nested[depth].push(await counted({ query: nestedQuery(depth, size) }));
        acceptedOverHttp[depth].push(await accepted({ query: nestedQuery(depth, size) }));
      }
    }
    const perOperation: Record<string, Count[]> = {};
    for (const op of operations) {
      perOperation[op.key] = [];
      for (const first of listSizes) {
        perOperation[op.key]?.push(await counted({ query: op.query, variables: { ...op.variables[0], first } }));
      }
    }
    return { nested, acceptedOverHttp, operations: perOperation };
  } finally {
    await db.$disconnect();
  }
}

/** Whether the counts that ran stay within `allowance` of each other across list sizes. */
export function isFlat(counts: Count[], allowance = 0): boolean {
  const ran = succeeded(counts);
  return ran.length === 0 || Math.max(...ran) - Math.min(...ran) <= allowance;
}

/** The counts without the sizes that failed. */
export function succeeded(counts: Count[]): number[] {
  return counts.filter((n): n is number => typeof n === 'number');
}
