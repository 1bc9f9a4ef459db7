// npm run bench [-- --articles N --large N --requests N --duration S] [--db postgres] [--peer postgraphile]
// Builds a generated corpus, seeds it, and measures newsgraph against hand-written baselines in
// the same run (so machine noise cancels in the ratios); writes bench/out/report.json and
// report.md and prints the table. Not part of `npm test`: figures are printed, never asserted.
// With --peer postgraphile, PostGraphile and newsgraph on a PostgreSQL copy of the same rows are
// measured in the same loops (bench/peer.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { evaluate, loadFixtures } from '../src/eval/fixtures.ts';
import { replayRows } from './bulk-insert.ts';
import { projectRoot, runChild, runScript, startServerChild, type ServerChild } from './children.ts';
import { measureLatency, measureThroughput, post } from './http-load.ts';
import { floor, operations, requestsOf, type GraphQLRequest, type Operation } from './operations.ts';
import { summarizeProfiles } from './profile.ts';
import { markdown, type BenchReport, type OperationFigures, type PeerReport, type SeedFigures, type ServerFigures } from './report.ts';
import { cpuDuring, type CpuTarget } from './cpu.ts';
import { peers, startPeer, type Peer, type PeerServers } from './peer.ts';
import { postgraphileOperations, postgraphileRequestsOf } from './postgraphile-operations.ts';
import { countStatements } from './statements.ts';
import { benchEngines } from './engines.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    large: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '1' },
    requests: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '50' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    // Seconds the whole run may take; the large seed is skipped when it would overrun (0: no limit).
    budget: { type: 'string', default: '600' },
    // `postgres`: compare the engines instead (bench/engines.ts).
    db: { type: 'string', default: 'sqlite' },
    // `postgraphile`: also measure PostGraphile and newsgraph on a PostgreSQL copy of the rows.
    peer: { type: 'string' },
  },
});
if (values.peer !== undefined && !peers.includes(values.peer as Peer)) throw new Error(`--peer: expected one of ${peers.join(', ')}, got ${values.peer}`);
// The PostgreSQL server of --db postgres and --peer (they create and drop their own databases on it).
const postgresUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const config = {
  articles: Number(values.articles), large: Number(values.large), seed: Number(values.seed),
  requests: Number(values.requests), warmup: Number(values.warmup), duration: Number(values.duration),
  connections: Number(values.connections), budget: Number(values.budget),
};
// Enough for a representative profile; seeding is slow enough that more only costs time.
const profiledArticles = Math.min(300, config.articles);

// Search ranks and cuts snippets with each engine's own functions (FTS5's bm25() and snippet(),
// PostgreSQL's ts_rank and ts_headline), so across engines only its total count must agree.
const acrossEngines = (key: Operation['key'], data: unknown): unknown =>
  (key === 'search' ? (data as { search: { totalCount: number } }).search.totalCount : data);

type ServerName = 'graphql' | 'handwritten' | 'newsgraphPostgres' | 'postgraphile';
interface Measured {
  name: ServerName;
  server: ServerChild;
  requestsOf: (op: Operation) => GraphQLRequest[];
  /** The PostgreSQL database whose backends work for this server. */
  postgres?: CpuTarget['postgres'];
}

interface SeedChildResult {
  articles: number; rejected: number; seedSeconds: number; extractSeconds: number | null; dbWriteSeconds: number | null; maxRssMb: number;
}

const started = performance.now();
const log = (message: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const work = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-'));
const outDir = path.join(projectRoot, 'bench', 'out');

async function corpus(name: string, articles: number): Promise<string> {
  const dir = path.join(work, name);
  await runScript('scripts/corpus.ts', ['--articles', String(articles), '--out', dir, '--seed', String(config.seed)]);
  return path.join(dir, 'articles');
}

async function seed(name: string, articlesDir: string, extract: boolean, nodeFlags: string[] = []): Promise<SeedChildResult & { file: string }> {
  const file = path.join(work, `${name}.db`);
  const result = await runChild<SeedChildResult>('bench/seed-child.ts', [`file:${file}`, articlesDir, ...(extract ? ['--extract'] : [])], { nodeFlags });
  if (result.rejected) throw new Error(`${result.rejected} generated articles were rejected by seeding`);
  return { ...result, file };
}

const seedFigures = (r: SeedChildResult): SeedFigures => ({
  articles: r.articles, seconds: r.seedSeconds, articlesPerSecond: r.articles / r.seedSeconds, maxRssMb: r.maxRssMb,
});

if (values.db === 'postgres') {
  try {
    const table = await benchEngines({
      ...config, work, corpus, log,
      postgresUrl,
    });
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'engines.md'), `${table}\n`);
    console.log(table);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  process.exit(0);
}

try {
  log(`generating ${config.articles} articles`);
  const mainArticles = await corpus('main', config.articles);
  log('seeding them (then timing extraction and the database writes apart)');
  const main = await seed('main', mainArticles, true);
  const extractSeconds = main.extractSeconds ?? 0;
  log(`seeded ${main.articles} articles in ${main.seedSeconds.toFixed(1)} s; replaying the rows as a bulk insert`);
  const bulk = await replayRows(main.file, path.join(work, 'bulk.db'));
  const url = `file:${main.file}`;
  log('scoring extraction against the generated gold files');
  const quality = evaluate(loadFixtures(pathToFileURL(`${path.dirname(mainArticles)}/`))).summary;

  log('counting SQL statements per operation');
  const statements = await countStatements(url);

  log('starting the GraphQL server and the hand-written server');
  const graphql = await startServerChild('bench/graphql-server.ts', [url]);
  const handwritten = await startServerChild('bench/handwritten-server.ts', [main.file]);
  let peer: PeerServers | null = null;
  let responsesMatch = true;
  const figures: Record<string, OperationFigures> = {};
  let floorFigures: BenchReport['floor'];
  const serverPeakRssMb = { graphql: 0, handwritten: 0 };
  let peerReport: PeerReport | null = null;
  try {
    if (values.peer) peer = await startPeer(main.file, postgresUrl, log);
    // Every server measured, in the order the loops alternate between them; PostGraphile gets its own queries.
    const servers: Measured[] = [
      { name: 'graphql', server: graphql, requestsOf },
      { name: 'handwritten', server: handwritten, requestsOf },
    ];
    if (peer) {
      const postgres = { adminUrl: peer.adminUrl, database: peer.database };
      servers.push(
        { name: 'newsgraphPostgres', server: peer.newsgraphPostgres, requestsOf, postgres },
        { name: 'postgraphile', server: peer.postgraphile, requestsOf: postgraphileRequestsOf, postgres },
      );
    }
    const agreement: PeerReport['agreement'] = {};
    for (const op of operations) {
      const peerRequests = peer ? postgraphileRequestsOf(op) : [];
      const agrees = { newsgraphPostgres: true, postgraphile: true as boolean | null };
      for (const [i, request] of requestsOf(op).entries()) {
        const [a, b] = await Promise.all([post(graphql.url, request), post(handwritten.url, request)]);
        if (!isDeepStrictEqual(a, b)) {
          responsesMatch = false;
          console.error(`responses differ for ${op.key} ${JSON.stringify(request.variables)}:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
        }
        if (!peer) continue;
        const onPostgres = await post(peer.newsgraphPostgres.url, request);
        if (!isDeepStrictEqual(acrossEngines(op.key, a), acrossEngines(op.key, onPostgres))) {
          agrees.newsgraphPostgres = false;
          console.error(`newsgraph on PostgreSQL answers differently for ${op.key} ${JSON.stringify(request.variables)}:\n${JSON.stringify(a)}\n${JSON.stringify(onPostgres)}`);
        }
        const peerRequest = peerRequests[i] as GraphQLRequest;
        const shaped = postgraphileOperations[op.key].asNewsgraph(await post(peer.postgraphile.url, peerRequest));
        if (shaped === null) agrees.postgraphile = null;
        else if (!isDeepStrictEqual(a, shaped)) {
          agrees.postgraphile = false;
          console.error(`PostGraphile answers differently for ${op.key} ${JSON.stringify(peerRequest.variables)}:\n${JSON.stringify(a)}\n${JSON.stringify(shaped)}`);
        }
      }
      agreement[op.key] = agrees;
    }

    log(`latency: ${config.warmup} warm-up + ${config.requests} sequential requests per operation and server`);
    const latency = (m: Measured, requests: GraphQLRequest[]) => measureLatency(m.server.url, requests, config.warmup, config.requests);
    // Requests per second, and CPU milliseconds per request of the server's process (and of its PostgreSQL backends).
    const throughput = async (m: Measured, requests: GraphQLRequest[]) => {
      const { result, cpuSeconds } = await cpuDuring({ pid: m.server.pid, postgres: m.postgres },
        () => measureThroughput(m.server.url, requests, config.connections, config.duration));
      return { rps: result.requestsPerSecond, cpuMsPerRequest: (cpuSeconds * 1000) / result.requests };
    };
    // The floor is a GraphQL server's own: the hand-written server answers only the operations.
    const floorServers = servers.filter((m) => m.name !== 'handwritten');
    const measured: Record<string, Partial<Record<ServerName, ServerFigures>>> = {};
    const of = (key: string, name: ServerName) => {
      const f = measured[key]?.[name];
      if (!f) throw new Error(`no figures for ${name} on ${key}`);
      return f;
    };
    const measureLatencies = async (key: string, targets: Measured[], requestsFor: (m: Measured) => GraphQLRequest[]) => {
      const row: Partial<Record<ServerName, ServerFigures>> = {};
      for (const m of targets) row[m.name] = { latency: await latency(m, requestsFor(m)), rps: 0, cpuMsPerRequest: 0 };
      measured[key] = row;
    };
    await measureLatencies('floor', floorServers, () => [floor]);
    for (const op of operations) await measureLatencies(op.key, servers, (m) => m.requestsOf(op));
    log(`throughput: autocannon, ${config.connections} connections, ${config.duration} s per run`);
    for (const m of floorServers) Object.assign(of('floor', m.name), await throughput(m, [floor]));
    for (const op of operations) {
      for (const m of servers) Object.assign(of(op.key, m.name), await throughput(m, m.requestsOf(op)));
    }

    floorFigures = { latency: of('floor', 'graphql').latency, rps: of('floor', 'graphql').rps };
    for (const op of operations) {
      figures[op.key] = {
        label: op.label,
        graphql: of(op.key, 'graphql').latency,
        handwritten: of(op.key, 'handwritten').latency,
        graphqlRps: of(op.key, 'graphql').rps,
        handwrittenRps: of(op.key, 'handwritten').rps,
      };
    }
    if (peer) {
      peerReport = {
        peer: values.peer as Peer,
        copy: peer.copy,
        servers: measured,
        agreement,
        peakRssMb: { newsgraphPostgres: await peer.newsgraphPostgres.peakRssMb(), postgraphile: await peer.postgraphile.peakRssMb() },
      };
    }
  } finally {
    serverPeakRssMb.graphql = await graphql.peakRssMb();
    serverPeakRssMb.handwritten = await handwritten.peakRssMb();
    await Promise.all([graphql.stop(), handwritten.stop(), peer?.stop()]);
  }

  log('profiling the GraphQL server under load');
  const serverProfiles = path.join(outDir, 'profiles', 'server');
  await rm(serverProfiles, { recursive: true, force: true });
  const profiled = await startServerChild('bench/graphql-server.ts', [url], { nodeFlags: ['--cpu-prof', '--cpu-prof-dir', serverProfiles] });
  try {
    for (const op of operations) await measureThroughput(profiled.url, requestsOf(op), config.connections, 3);
  } finally {
    await profiled.stop();
  }
  log(`profiling a seed of ${profiledArticles} articles`);
  const seedProfiles = path.join(outDir, 'profiles', 'seed');
  await rm(seedProfiles, { recursive: true, force: true });
  await seed('profiled', await corpus('profiled', profiledArticles), false, ['--cpu-prof', '--cpu-prof-dir', seedProfiles]);

  let largeSeed: SeedFigures | null = null;
  let largeSeedSkipped: string | null = null;
  const elapsed = (performance.now() - started) / 1000;
  const projected = (config.large / main.articles) * main.seedSeconds * 1.2;
  if (config.large > 0 && config.budget > 0 && elapsed + projected > config.budget) {
    largeSeedSkipped = `seeding ${config.large} articles would take about ${(projected / 60).toFixed(0)} min at ${(main.articles / main.seedSeconds).toFixed(0)} articles/s, past the ${(config.budget / 60).toFixed(0)}-minute budget (--budget 0 lifts it)`;
    log(`skipping the large seed: ${largeSeedSkipped}`);
  } else if (config.large > 0) {
    log(`generating and seeding ${config.large} articles for peak memory`);
    const large = await seed('large', await corpus('large', config.large), false);
    largeSeed = seedFigures(large);
    await rm(path.join(work, 'large'), { recursive: true, force: true });
  }

  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    node: process.versions.node,
    corpus: { articles: config.articles, seed: config.seed },
    seed: {
      ...seedFigures(main), extractSeconds, dbWriteSeconds: main.dbWriteSeconds ?? 0,
      bulkInsertSeconds: bulk.seconds, bulkInsertRows: bulk.rows,
    },
    largeSeed,
    largeSeedSkipped,
    peer: peerReport,
    floor: floorFigures,
    operations: figures,
    responsesMatch,
    quality,
    statements,
    serverPeakRssMb,
    profiles: { server: await summarizeProfiles(serverProfiles), seed: await summarizeProfiles(seedProfiles) },
    seconds: (performance.now() - started) / 1000,
  };
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = markdown(report);
  await writeFile(path.join(outDir, 'report.md'), `${table}\n`);
  console.log(table);
} finally {
  await rm(work, { recursive: true, force: true });
}
