// npm run bench [-- --articles N --large N --requests N --duration S] [--db postgres]
// Builds a generated corpus, seeds it, and measures newsgraph against hand-written baselines in
// the same run (so machine noise cancels in the ratios); writes bench/out/report.json and
// report.md and prints the table. Not part of `npm test`: figures are printed, never asserted.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { evaluate, loadFixtures } from '../src/eval/fixtures.ts';
import { replayRows } from './bulk-insert.ts';
import { projectRoot, runChild, runScript, startServerChild, type ServerChild } from './children.ts';
import { measureLatency, measureThroughput, post } from './http-load.ts';
import { floor, operations, requestsOf } from './operations.ts';
import { summarizeProfiles } from './profile.ts';
import { markdown, type BenchReport, type OperationFigures, type SeedFigures } from './report.ts';
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
  },
});
const config = {
  articles: Number(values.articles), large: Number(values.large), seed: Number(values.seed),
  requests: Number(values.requests), warmup: Number(values.warmup), duration: Number(values.duration),
  connections: Number(values.connections), budget: Number(values.budget),
};
// Enough for a representative profile; seeding is slow enough that more only costs time.
const profiledArticles = Math.min(300, config.articles);

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
      postgresUrl: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
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
  let responsesMatch = true;
  const figures: Record<string, OperationFigures> = {};
  let floorFigures: BenchReport['floor'];
  const serverPeakRssMb = { graphql: 0, handwritten: 0 };
  try {
    for (const op of operations) {
      for (const request of requestsOf(op)) {
        const [a, b] = await Promise.all([post(graphql.url, request), post(handwritten.url, request)]);
        if (!isDeepStrictEqual(a, b)) {
          responsesMatch = false;
          console.error(`responses differ for ${op.key} ${JSON.stringify(request.variables)}:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
        }
      }
    }
    log(`latency: ${config.warmup} warm-up + ${config.requests} sequential requests per operation and server`);
    const latency = (server: ServerChild, requests: typeof floor[]) => measureLatency(server.url, requests, config.warmup, config.requests);
    const throughput = async (server: ServerChild, requests: typeof floor[]) =>
      (await measureThroughput(server.url, requests, config.connections, config.duration)).requestsPerSecond;
    const floorLatency = await latency(graphql, [floor]);
    for (const op of operations) {
      figures[op.key] = {
        label: op.label,
        graphql: await latency(graphql, requestsOf(op)),
        handwritten: await latency(handwritten, requestsOf(op)),
        graphqlRps: 0,
        handwrittenRps: 0,
      };
    }
    log(`throughput: autocannon, ${config.connections} connections, ${config.duration} s per run`);
    floorFigures = { latency: floorLatency, rps: await throughput(graphql, [floor]) };
    for (const op of operations) {
      const f = figures[op.key] as OperationFigures;
      f.graphqlRps = await throughput(graphql, requestsOf(op));
      f.handwrittenRps = await throughput(handwritten, requestsOf(op));
    }
  } finally {
    serverPeakRssMb.graphql = await graphql.peakRssMb();
    serverPeakRssMb.handwritten = await handwritten.peakRssMb();
    await Promise.all([graphql.stop(), handwritten.stop()]);
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
