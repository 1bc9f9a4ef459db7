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

export interface StatementCounts {
  /** depth -> counts at each list size */
  nested: Record<number, number[]>;
  /** depth -> whether the HTTP API accepts the query (its cost and depth limits) */
  acceptedOverHttp: Record<number, boolean>;
  /** operation -> counts at each `first` */
  operations: Record<string, number[]>;
}

export async function countStatements(url: string): Promise<StatementCounts> {
  let count = 0;
  const db = createPrismaClient({ url, onQuery: () => count++ });
  const ingest = new IngestService(db);
  const yoga = createYoga({ db });
  const run = async ({ query, variables }: GraphQLRequest) => {
    const contextValue = createContext({ db, apiToken: undefined, ingest }, new Request('http://127.0.0.1/graphql'));
    const result = (await execute({ schema, document: parse(query), contextValue, variableValues: variables })) as ExecutionResult;
    if (result.errors) throw new Error(`statement count query failed: ${JSON.stringify(result.errors)}`);
  };
  const counted = async (request: GraphQLRequest) => {
    await run(request); // warm: the first request may open the connection
    count = 0;
    await run(request);
    return count;
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
    const nested: Record<number, number[]> = {};
    const acceptedOverHttp: Record<number, boolean> = {};
    for (const depth of depths) {
      nested[depth] = [];
      for (const size of listSizes) nested[depth].push(await counted({ query: nestedQuery(depth, size) }));
      acceptedOverHttp[depth] = await accepted({ query: nestedQuery(depth, 10) });
    }
    const perOperation: Record<string, number[]> = {};
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

export function isFlat(counts: number[]): boolean {
  return counts.every((n) => n === counts[0]);
}
