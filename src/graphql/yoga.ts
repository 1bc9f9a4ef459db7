// Builds the GraphQL server: schema, per-request context, GraphiQL, limits and health checks.
import { createYoga as createYogaServer, useReadinessCheck } from 'graphql-yoga';
import type { Database } from '../db/client.ts';
import { compressResponses } from './compression.ts';
import { explorer } from '../explorer/routes.ts';
import { createContext } from './context.ts';
import { corsPolicy } from './cors.ts';
import { costLimit } from './cost.ts';
import { graphiqlPage } from './graphiql.ts';
import { armor, bodyLimit, limits } from './limits.ts';
import { loadManifest, persistedOperations, type PersistedOperationsOptions } from './persisted-operations.ts';
import { schema } from './schema/index.ts';
import { IngestService } from './services/ingest.ts';

export interface YogaOptions {
  db: Database;
  /** Bearer token that authorizes mutations; mutations are refused when it is unset. */
  apiToken?: string | undefined;
  /** Defaults to the generated client's manifest, with arbitrary operations allowed. */
  persisted?: PersistedOperationsOptions;
  /** Origins allowed to call the API from a browser; none by default. */
  corsOrigins?: readonly string[];
}

export function createYoga({ db, apiToken, persisted = { manifest: loadManifest(), allowArbitrary: true }, corsOrigins = [] }: YogaOptions) {
  const ingest = new IngestService(db);
  return createYogaServer({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    context: ({ request }) => createContext({ db, apiToken, ingest }, request),
    // Served, compressed and cached, by graphiqlPage.
    graphiql: false,
    cors: corsPolicy(corsOrigins),
    // Unexpected errors reach clients as "Unexpected error."; expected ones are typed results.
    maskedErrors: true,
    landingPage: false,
    // bodyLimit refuses bodies over the limit or without a Content-Length before they are read,
    // and Node's HTTP parser reads no further than Content-Length; Yoga's own limit would pipe
    // every body through a TransformStream besides (a tenth of a small request's CPU).
    maxRequestBodySize: false,
    plugins: [
      graphiqlPage('/graphql'),
      compressResponses(),
      explorer(),
      bodyLimit(limits.maxBodyBytes),
      persistedOperations(persisted),
      armor(),
      costLimit(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await db.$queryRaw`SELECT 1`;
        },
      }),
    ],
  });
}

export type NewsgraphYoga = ReturnType<typeof createYoga>;
