// Stateless replicas: two API servers on one database keep answering while a third process
// seeds it, and both see what it stored. Also seeding beside a running server: the seed must
// neither fail on a lock (SQLite) nor disturb the servers.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/paths.ts';
import { startServerProcess, type ServerProcess } from '../../src/testing/server-process.ts';
import { createTestDatabase, defaultSeedDir, type TestDatabase } from '../../src/testing/test-database.ts';

let testDb: TestDatabase;
const children: ChildProcess[] = [];
const servers: ServerProcess[] = [];
let moreArticles: string;
const seedFiles = (await readdir(defaultSeedDir)).filter((f) => f.endsWith('.txt')).sort();
// The servers start from the first two seed articles; the seeder adds the rest.
const served = seedFiles.slice(0, 2);

beforeAll(async () => {
  const first = await mkdtemp(path.join(tmpdir(), 'newsgraph-replicas-'));
  moreArticles = await mkdtemp(path.join(tmpdir(), 'newsgraph-replicas-more-'));
  for (const f of served) await copyFile(path.join(defaultSeedDir, f), path.join(first, f));
  for (const f of seedFiles.slice(2)) await copyFile(path.join(defaultSeedDir, f), path.join(moreArticles, f));
  testDb = await createTestDatabase({ seedDir: first });
  await rm(first, { recursive: true, force: true });
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? once(c, 'exit') : undefined)));
  await testDb.close();
  await rm(moreArticles, { recursive: true, force: true });
});

function newsgraph(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: projectRoot, env: { ...process.env, DATABASE_URL: testDb.url }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** A replica: `serve` in a child process on an ephemeral port; its GraphQL URL once it listens. */
async function replica(): Promise<string> {
  const server = await startServerProcess({ databaseUrl: testDb.url });
  servers.push(server);
  return server.url;
}

async function articleCount(url: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount } }' }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data?: { articles: { totalCount: number } }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data?.articles.totalCount ?? -1;
}

describe('two replicas and an ingest worker on one database', () => {
  it('serve throughout a seed run by a third process, and both see its articles', async () => {
    const replicas = await Promise.all([replica(), replica()]);
    for (const url of replicas) expect(await articleCount(url)).toBe(served.length);

    const seeder = newsgraph(['seed', moreArticles]);
    let seedOutput = '';
    seeder.stdout?.on('data', (chunk: Buffer) => (seedOutput += chunk.toString()));
    seeder.stderr?.on('data', (chunk: Buffer) => (seedOutput += chunk.toString()));
    const seeded = once(seeder, 'exit');
    // Both replicas keep answering while the seed writes; counts only grow.
    const seen: number[][] = [[], []];
    let done = false;
    void seeded.then(() => (done = true));
    while (!done) {
      const counts = await Promise.all(replicas.map(articleCount));
      counts.forEach((count, i) => seen[i]?.push(count));
    }
    const [code] = await seeded;
    expect(seedOutput).toContain(`${seedFiles.length - served.length} ingested, 0 unchanged, 0 replaced, 0 rejected`);
    expect(code).toBe(0);
    for (const counts of seen) expect(counts).toEqual([...counts].sort((a, b) => a - b));
    for (const url of replicas) expect(await articleCount(url)).toBe(seedFiles.length);
  });
});
