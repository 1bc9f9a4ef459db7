// What is stored must not depend on the order articles arrive in: that is what lets several
// writers seed one database at once and leave the rows one serial seed leaves. Here one process
// ingests the same articles (the seed articles and the dev sets: real reports sharing many
// people, places and meetings) in three orders, on whichever engine the suite runs.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/paths.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';
import { storedRows } from './stored-rows.ts';

const corpusDirs = [
  path.join(projectRoot, 'seed', 'articles'),
  ...['dev', 'dev2', 'dev3', 'dev4'].map((d) => path.join(projectRoot, 'test', 'fixtures', d, 'articles')),
];
const open: TestDatabase[] = [];
afterAll(() => Promise.all(open.map((db) => db.close())));

async function articles(): Promise<Array<{ name: string; text: string }>> {
  const files = (await Promise.all(corpusDirs.map(async (dir) =>
    (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f))))).flat().sort();
  return Promise.all(files.map(async (file) => ({ name: path.basename(file), text: await readFile(file, 'utf8') })));
}

async function ingestInOrder(list: Array<{ name: string; text: string }>) {
  const testDb = await createTestDatabase({ seedDir: null });
  open.push(testDb);
  const ingestor = await Ingestor.create(testDb.db);
  for (const { name, text } of list) await ingestor.ingest(name, text);
  return storedRows(testDb.db);
}

it('stores the same rows whatever order the articles arrive in', async () => {
  const all = await articles();
  const interleaved = [...all.filter((_, i) => i % 2 === 1).reverse(), ...all.filter((_, i) => i % 2 === 0)];
  const forward = await ingestInOrder(all);
  expect(forward.articles.length).toBeGreaterThan(50);
  expect(forward.meetings.length).toBeGreaterThan(50);
  for (const order of [[...all].reverse(), interleaved]) {
    const other = await ingestInOrder(order);
    for (const kind of ['articles', 'people', 'organizations', 'places', 'meetings', 'mentions'] as const) {
      expect(other[kind], kind).toEqual(forward[kind]);
    }
  }
}, 600_000);
