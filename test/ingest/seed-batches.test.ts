// Seeding writes several articles per transaction while worker threads extract the next ones;
// neither may change what is stored or reported: the same rows, the same outcomes in file
// order, the same reasons for rejected files, as one article per transaction extracted inline.
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import { projectRoot } from '../../src/db/paths.ts';
import { seedDirectory } from '../../src/ingest/seed.ts';
import { createTestDatabase, defaultSeedDir, type TestDatabase } from '../../src/testing/test-database.ts';

const open: TestDatabase[] = [];
let dir: string;
afterAll(async () => {
  await Promise.all(open.map((t) => t.close()));
  await rm(dir, { recursive: true, force: true });
});

/** The seed articles and a dev set, a duplicate, and files to reject at each stage. */
async function corpus(): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-batches-'));
  const sources = [defaultSeedDir, path.join(projectRoot, 'test', 'fixtures', 'dev', 'articles')];
  for (const source of sources) {
    for (const name of (await readdir(source)).filter((f) => f.endsWith('.txt'))) await copyFile(path.join(source, name), path.join(dir, name));
  }
  await copyFile(path.join(defaultSeedDir, '001_eeb6f145542a736b.txt'), path.join(dir, 'copy-of-001.txt'));
  await writeFile(path.join(dir, 'empty.txt'), '');
  // Read fine, then refused by extraction (in the worker thread when there is one).
  await writeFile(path.join(dir, 'caption-only.txt'), 'Photo taken on May 5, 2025 shows the venue of the talks in Beijing, capital of China. (Xinhua/Li Xin)\n');
  return dir;
}

/** Every stored row that matters, by natural keys, in id order (ids follow the write order). */
async function rows(db: Database) {
  const articles = await db.article.findMany({ orderBy: { id: 'asc' }, select: { id: true, slug: true, contentHash: true } });
  const mentions = await db.mention.findMany({
    orderBy: { id: 'asc' }, select: { articleId: true, start: true, end: true, personId: true, organizationId: true, placeId: true },
  });
  const meetings = await db.meeting.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, name: true, date: true, status: true, participants: { select: { personId: true }, orderBy: { personId: 'asc' } }, sources: { select: { articleId: true, start: true } } },
  });
  const people = await db.person.findMany({ orderBy: { id: 'asc' }, select: { id: true, slug: true, aliases: { select: { normalized: true }, orderBy: { normalized: 'asc' } } } });
  return { articles, mentions, meetings, people };
}

it('stores and reports the same with batches and worker threads as one article at a time', async () => {
  const articles = await corpus();
  const serial = await createTestDatabase({ seedDir: null });
  const batched = await createTestDatabase({ seedDir: null });
  open.push(serial, batched);

  const one = await seedDirectory(serial.db, articles, undefined, { workers: 0, batchSize: 1 });
  const many = await seedDirectory(batched.db, articles, undefined, { workers: 1, batchSize: 7 });

  expect(one.ingested.length).toBeGreaterThan(15);
  expect(one.unchanged.map((f) => path.basename(f))).toEqual(['copy-of-001.txt']);
  expect(Object.fromEntries(one.rejected.map((r) => [path.basename(r.file), r.reason]))).toEqual({
    'caption-only.txt': 'caption-only.txt: no article text', 'empty.txt': 'empty file',
  });
  expect(many).toEqual(one);
  expect(await rows(batched.db)).toEqual(await rows(serial.db));

  // Run again, everything is unchanged and nothing is written.
  const before = await rows(batched.db);
  const again = await seedDirectory(batched.db, articles, undefined, { workers: 1, batchSize: 7 });
  expect(again.unchanged).toHaveLength(one.ingested.length + one.unchanged.length);
  expect(again.rejected).toEqual(one.rejected);
  expect(await rows(batched.db)).toEqual(before);
}, 240_000); // two worker threads start, each loading the gazetteers
