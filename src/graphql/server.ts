// Listens on a port with the yoga instance; nothing else.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../db/client.ts';
import { parseCorsOrigins } from './cors.ts';
import { loadManifest } from './persisted-operations.ts';
import { createYoga } from './yoga.ts';

export interface ServerOptions {
  db: Database;
  port: number;
  host?: string;
  apiToken?: string | undefined;
  /** Refuse operations that are not in the generated client's persisted-operation manifest. */
  persistedOnly?: boolean;
  /** Origins allowed to call the API from a browser. */
  corsOrigins?: readonly string[];
}

export async function startServer({
  db, port, host = '127.0.0.1', apiToken = process.env.NEWSGRAPH_API_TOKEN, persistedOnly = false,
  corsOrigins = parseCorsOrigins(process.env.NEWSGRAPH_CORS_ORIGINS),
}: ServerOptions): Promise<{
  url: string;
  close(): Promise<void>;
}> {
  const persisted = { manifest: loadManifest(), allowArbitrary: !persistedOnly };
  const server = createServer(createYoga({ db, apiToken, persisted, corsOrigins }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
