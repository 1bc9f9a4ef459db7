// Writers that scale: four `newsgraph seed` processes ingesting disjoint quarters of one
// corpus at once all finish and leave exactly the rows one serial seed leaves: articles, people,
// organizations, places, meetings and mentions (PostgreSQL, the engine for many writers; SQLite
// takes one writer at a time, and order-independence.test.ts checks its rows do not depend on
// the order articles arrive in).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl } from '../../src/db/client.ts';
import { projectRoot } from '../../src/db/paths.ts';
import { providerOf } from '../../src/db/provider.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';
import { storedRows } from './stored-rows.ts';

const run = promisify(execFile);
const corpusDirs = [
  path.join(projectRoot, 'seed', 'articles'),
  ...['dev', 'dev2', 'dev3', 'dev4'].map((d) => path.join(projectRoot, 'test', 'fixtures', d, 'articles')),
];
let work: string;
const open: TestDatabase[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsgraph-concurrent-'));
});
afterAll(async () => {
  await Promise.all(open.map((db) => db.close()));
  await rm(work, { recursive: true, force: true });
});

/** The corpus in one directory, and split round robin into four. */
async function corpus(): Promise<{ all: string; quarters: string[] }> {
  const files = (await Promise.all(corpusDirs.map(async (dir) =>
    (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f))))).flat().sort();
  const all = path.join(work, 'all');
  const quarters = [0, 1, 2, 3].map((i) => path.join(work, `quarter-${i}`));
  for (const dir of [all, ...quarters]) await mkdir(dir, { recursive: true });
  await Promise.all(files.map(async (file, i) => {
    await copyFile(file, path.join(all, path.basename(file)));
    await copyFile(file, path.join(quarters[i % 4] as string, path.basename(file)));
  }));
  return { all, quarters };
}

function seed(url: string, dir: string) {
  return run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'seed', dir], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: url } });
}

describe.runIf(providerOf(databaseUrl()) === 'postgresql')('four seed processes at once', () => {
  it('all finish, leaving exactly the rows of one serial seed', async () => {
    const { all, quarters } = await corpus();
    const serial = await createTestDatabase({ seedDir: null });
    const parallel = await createTestDatabase({ seedDir: null });
    open.push(serial, parallel);

    await seed(serial.url, all);
    const outputs = await Promise.all(quarters.map((dir) => seed(parallel.url, dir)));
    for (const { stdout } of outputs) expect(stdout).toMatch(/ 0 rejected/);

    const expected = await storedRows(serial.db);
    const actual = await storedRows(parallel.db);
    expect(expected.articles.length).toBeGreaterThan(50);
    expect(expected.meetings.length).toBeGreaterThan(20);
    for (const kind of ['articles', 'people', 'organizations', 'places', 'meetings', 'mentions'] as const) {
      expect(actual[kind], kind).toEqual(expected[kind]);
    }
  }, 600_000);
});
