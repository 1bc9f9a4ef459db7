// `npm run bench -- --db postgres`: the same operations on SQLite and on PostgreSQL, side by
// side, with seed throughput for 1 and 4 concurrent ingest workers (`seed-child.ts` processes
// on disjoint quarters of one corpus) and API throughput with 1 and 2 replicas
// (`graphql-server.ts` processes on one database, the load split between them). Figures are
// printed, never asserted. PostgreSQL is the server DATABASE_URL names (default: the local one);
// its databases are named newsgraph_bench_* and dropped at the end.
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { applyMigrations } from '../src/db/migrate.ts';
import { createDatabase, dropDatabase, uniqueDatabaseName, withDatabaseName } from '../src/db/postgresql-admin.ts';
import { runChild, startServerChild, type ServerChild } from './children.ts';
import { measureLatency, measureThroughput, type Latency } from './http-load.ts';
import { operations, requestsOf } from './operations.ts';

export interface EnginesConfig {
  articles: number;
  requests: number;
  warmup: number;
  duration: number;
  connections: number;
  postgresUrl: string;
  work: string;
  corpus: (name: string, articles: number) => Promise<string>;
  log: (message: string) => void;
}

type Engine = 'sqlite' | 'postgresql';
interface EngineFigures {
  seed1: number;
  /** null on SQLite: one writer at a time, so parallel workers only queue (and time out). */
  seed4: number | null;
  latency: Record<string, Latency>;
  rps1: Record<string, number>;
  rps2: Record<string, number>;
}

interface SeedChildResult { articles: number; rejected: number; seedSeconds: number }

/** Splits the corpus into `parts` directories, round robin. */
async function split(dir: string, parts: number, into: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const dirs = Array.from({ length: parts }, (_, i) => path.join(into, `part-${i}`));
  for (const d of dirs) await mkdir(d, { recursive: true });
  await Promise.all(files.map((f, i) => copyFile(path.join(dir, f), path.join(dirs[i % parts] as string, f))));
  return dirs;
}

/** Articles per second, wall clock, of `dirs.length` seed processes running at once. */
async function seedWorkers(url: string, dirs: string[]): Promise<number> {
  const started = performance.now();
  const results = await Promise.all(dirs.map((dir) => runChild<SeedChildResult>('bench/seed-child.ts', [url, dir])));
  const seconds = (performance.now() - started) / 1000;
  const articles = results.reduce((sum, r) => sum + r.articles, 0);
  const rejected = results.reduce((sum, r) => sum + r.rejected, 0);
  if (rejected) throw new Error(`${rejected} articles were rejected by seeding`);
  return articles / seconds;
}

async function throughput(replicas: ServerChild[], key: string, connections: number, seconds: number): Promise<number> {
  const op = operations.find((o) => o.key === key);
  if (!op) throw new Error(`unknown operation ${key}`);
  // The load balancer's part: the connections split evenly across the replicas.
  const runs = await Promise.all(replicas.map((r) =>
    measureThroughput(r.url, requestsOf(op), Math.max(1, Math.round(connections / replicas.length)), seconds)));
  return runs.reduce((sum, r) => sum + r.requestsPerSecond, 0);
}

async function measureEngine(engine: Engine, config: EnginesConfig, corpusDir: string, quarters: string[]): Promise<EngineFigures> {
  const databases: string[] = [];
  // A migrated database, as an operator would set one up before starting workers.
  const database = async (name: string) => {
    let url = `file:${path.join(config.work, `${name}.db`)}`;
    if (engine === 'postgresql') {
      const db = uniqueDatabaseName(`bench_${name}`);
      await createDatabase(config.postgresUrl, db);
      databases.push(db);
      url = withDatabaseName(config.postgresUrl, db);
    }
    await applyMigrations(url);
    return url;
  };
  try {
    config.log(`${engine}: seeding ${config.articles} articles with 1 worker`);
    const main = await database('one');
    const seed1 = await seedWorkers(main, [corpusDir]);
    let seed4: number | null = null;
    if (engine === 'postgresql') {
      config.log(`${engine}: seeding them again with 4 workers on disjoint quarters`);
      seed4 = await seedWorkers(await database('four'), quarters);
    }

    const first = await startServerChild('bench/graphql-server.ts', [main]);
    const replicas = [first];
    try {
      const latency: Record<string, Latency> = {};
      const rps1: Record<string, number> = {};
      const rps2: Record<string, number> = {};
      for (const op of operations) {
        config.log(`${engine}: ${op.key} latency and throughput with 1 replica`);
        latency[op.key] = await measureLatency(first.url, requestsOf(op), config.warmup, config.requests);
        rps1[op.key] = await throughput(replicas, op.key, config.connections, config.duration);
      }
      replicas.push(await startServerChild('bench/graphql-server.ts', [main]));
      for (const op of operations) {
        config.log(`${engine}: ${op.key} throughput with 2 replicas`);
        rps2[op.key] = await throughput(replicas, op.key, config.connections, config.duration);
      }
      return { seed1, seed4, latency, rps1, rps2 };
    } finally {
      await Promise.all(replicas.map((r) => r.stop()));
    }
  } finally {
    for (const db of databases) await dropDatabase(config.postgresUrl, db);
  }
}

function table(figures: Record<Engine, EngineFigures>, config: EnginesConfig): string {
  const { sqlite, postgresql } = figures;
  const n = (x: number) => x.toFixed(1);
  const rows = [
    `| measure (${config.articles} articles) | SQLite | PostgreSQL |`,
    '| --- | --- | --- |',
    `| seed, 1 worker | ${n(sqlite.seed1)} articles/s | ${n(postgresql.seed1)} articles/s |`,
    `| seed, 4 workers (disjoint quarters) | ${sqlite.seed4 === null ? 'one writer at a time' : `${n(sqlite.seed4)} articles/s`} | ${postgresql.seed4 === null ? '' : `${n(postgresql.seed4)} articles/s`} |`,
  ];
  for (const op of operations) {
    const l = (f: EngineFigures) => `${n(f.latency[op.key]?.p50 ?? Number.NaN)} / ${n(f.latency[op.key]?.p99 ?? Number.NaN)} ms`;
    rows.push(`| ${op.label}, p50 / p99 | ${l(sqlite)} | ${l(postgresql)} |`);
  }
  for (const op of operations) {
    const r = (f: EngineFigures) => `${n(f.rps1[op.key] ?? Number.NaN)} / ${n(f.rps2[op.key] ?? Number.NaN)} req/s`;
    rows.push(`| ${op.label}, throughput with 1 / 2 replicas (${config.connections} connections) | ${r(sqlite)} | ${r(postgresql)} |`);
  }
  return rows.join('\n');
}

export async function benchEngines(config: EnginesConfig): Promise<string> {
  if (!config.postgresUrl.startsWith('postgres')) throw new Error('--db postgres needs a postgresql:// DATABASE_URL');
  config.log(`generating ${config.articles} articles`);
  const corpusDir = await config.corpus('engines', config.articles);
  const quarters = await split(corpusDir, 4, path.join(config.work, 'quarters'));
  const figures = {
    sqlite: await measureEngine('sqlite', config, corpusDir, quarters),
    postgresql: await measureEngine('postgresql', config, corpusDir, quarters),
  };
  return table(figures, config);
}
