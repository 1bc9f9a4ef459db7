// npm run bench:compare -- --db FILE [--requests N --duration S --rounds N --node-flags="..."] CHECKOUT...
// The GraphQL servers of several checkouts (e.g. main and a branch, as git worktrees) and the
// hand-written server, side by side on one seeded SQLite database: for each round, operation
// and server in turn, sequential latency then autocannon throughput, so machine noise falls on
// all of them alike. Prints p50, requests/s and the server's CPU time per request (user +
// system, from /proc: unlike wall time, it hardly moves when other jobs share the cores) per
// server and round, each GraphQL figure's ratio to the hand-written one, and every server's
// peak RSS. Responses are checked first. --node-flags starts the GraphQL servers with those
// Node/V8 flags (the README's low-memory settings, say).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { startServerChild, type ServerChild } from './children.ts';
import { measureLatency, measureThroughput, post } from './http-load.ts';
import { floor, operations, requestsOf, type GraphQLRequest } from './operations.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string' },
    requests: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '30' },
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    'node-flags': { type: 'string', default: '' },
  },
});
if (!values.db || positionals.length === 0) throw new Error('usage: compare.ts --db <seeded sqlite file> <checkout>...');
const file = path.resolve(values.db);
const [requests, warmup, duration, connections, rounds] = [values.requests, values.warmup, values.duration, values.connections, values.rounds].map(Number) as [number, number, number, number, number];

/** CPU milliseconds the process has used (utime + stime, in clock ticks of 10 ms). */
async function cpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const checkouts = positionals.map((checkout) => path.resolve(checkout));
const graphql: ServerChild[] = [];
const nodeFlags = values['node-flags'].split(' ').filter(Boolean);
for (const checkout of checkouts) graphql.push(await startServerChild('bench/graphql-server.ts', [`file:${file}`], { checkout, nodeFlags }));
const handwritten = await startServerChild('bench/handwritten-server.ts', [file]);
const names = [...checkouts.map((c) => path.basename(c)), 'hand-written'];
const servers = [...graphql, handwritten];
console.log(`peak RSS once listening, before any request: ${(await Promise.all(servers.map(async (s, i) => `${names[i]} ${(await s.peakRssMb()).toFixed(0)} MB`))).join(', ')}`);

try {
  for (const op of operations) {
    for (const request of requestsOf(op)) {
      const expected = await post(handwritten.url, request);
      for (const [i, server] of graphql.entries()) {
        if (!isDeepStrictEqual(await post(server.url, request), expected)) throw new Error(`${names[i]}: ${op.key} ${JSON.stringify(request.variables)} differs from the hand-written answer`);
      }
    }
  }
  const work: Array<{ label: string; requests: GraphQLRequest[]; servers: ServerChild[] }> = [
    { label: '{ __typename }', requests: [floor], servers: graphql },
    ...operations.map((op) => ({ label: op.label, requests: requestsOf(op), servers })),
  ];
  for (let round = 1; round <= rounds; round++) {
    console.log(`\nround ${round}: p50 ms (ratio to hand-written) | requests/s (ratio) | CPU ms per request (ratio)`);
    for (const { label, requests: rotation, servers: measured } of work) {
      const figures = [];
      for (const server of measured) {
        await measureLatency(server.url, rotation, warmup, 0);
        const cpuBefore = await cpuMs(server.pid);
        const { p50 } = await measureLatency(server.url, rotation, 0, requests);
        const cpu = (await cpuMs(server.pid) - cpuBefore) / requests;
        const { requestsPerSecond } = await measureThroughput(server.url, rotation, connections, duration);
        figures.push({ p50, rps: requestsPerSecond, cpu });
      }
      const base = measured.includes(handwritten) ? figures.at(-1) : undefined;
      const cells = figures.map(({ p50, rps, cpu }, i) => {
        const ratio = (a: number, b: number | undefined) => (b && i < figures.length - 1 ? ` (${(a / b).toFixed(2)})` : '');
        return `${names[servers.indexOf(measured[i] as ServerChild)]}: ${p50.toFixed(2)}${ratio(p50, base?.p50)} | ${rps.toFixed(0)}${ratio(rps, base?.rps)} | ${cpu.toFixed(2)}${ratio(cpu, base?.cpu)}`;
      });
      console.log(`  ${label}: ${cells.join('; ')}`);
    }
  }
} finally {
  console.log(`\npeak RSS: ${(await Promise.all(servers.map(async (s, i) => `${names[i]} ${(await s.peakRssMb()).toFixed(0)} MB`))).join(', ')}`);
  await Promise.all(servers.map((s) => s.stop()));
}
