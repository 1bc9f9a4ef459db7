// Child process: the PostGraphile peer, PostGraphile 5 with the amber preset and the
// connection-filter plugin over a PostgreSQL database, on a loopback port.
// Usage: node --import tsx bench/postgraphile-server.ts <postgresql url>; prints {"url": ...}.
import './promise-with-resolvers.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const connectionString = process.argv[2];
if (!connectionString) throw new Error('usage: postgraphile-server.ts <postgresql url>');

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  grafserv: { graphiql: false, watch: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('error', (error) => {
  throw error;
});
await serv.addTo(server);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` }));
});
process.once('SIGTERM', async () => {
  server.closeAllConnections();
  server.close();
  await pgl.release();
  process.exit(0);
});
