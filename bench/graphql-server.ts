// Child process: the GraphQL API as `newsgraph serve` runs it, on a loopback port.
// Usage: node --import tsx bench/graphql-server.ts <database url>; prints {"url": ...}.
// Exits cleanly on SIGTERM, so a --cpu-prof profile gets written.
import { createPrismaClient } from '../src/db/client.ts';
import { startServer } from '../src/graphql/server.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: graphql-server.ts <database url>');
const db = createPrismaClient({ url });
const server = await startServer({ db, port: 0, host: '127.0.0.1' });
console.log(JSON.stringify({ url: server.url }));
process.once('SIGTERM', async () => {
  await server.close();
  await db.$disconnect();
  process.exit(0);
});
