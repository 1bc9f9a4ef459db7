// Article identity (issue 11, item 12): an article is its file's path relative to the seed root
// (or the name given to ingestArticle); slugs are unique by construction, so names that slugify
// alike never replace each other's facts, and re-seeding nested folders changes nothing.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { seedDirectory } from '../../src/ingest/seed.ts';
import { createTestDatabase, defaultSeedDir, type TestDatabase } from '../../src/testing/test-database.ts';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((close) => close()));
});

async function emptyDatabase(): Promise<TestDatabase> {
  const testDb = await createTestDatabase({ seedDir: null });
  cleanup.push(() => testDb.close());
  return testDb;
}

const seedText = (n: number) => readFile(path.join(defaultSeedDir, (['000_f735a4070e9f9490', '001_eeb6f145542a736b', '002_dbdd5dc0d68218a3'] as const)[n] + '.txt'), 'utf8');

it('ingests files whose names slugify alike as separate articles with distinct slugs', async () => {
  const { db } = await emptyDatabase();
  const ingestor = await Ingestor.create(db);
  const names = ['Talks Report.txt', 'talks-report.txt', 'TALKS_REPORT.txt'];
  const results = [];
  for (const [i, name] of names.entries()) results.push(await ingestor.ingest(name, await seedText(i)));
  expect(results.map((r) => r.status)).toEqual(['ingested', 'ingested', 'ingested']);
  const articles = await db.article.findMany({ select: { fileName: true, slug: true }, orderBy: { id: 'asc' } });
  expect(articles.map((a) => a.fileName)).toEqual(names);
  expect(articles[0]?.slug).toBe('talks-report');
  expect(new Set(articles.map((a) => a.slug)).size).toBe(3);
  // Each keeps its own facts: the third did not replace the first.
  expect(await db.sentence.groupBy({ by: ['articleId'] })).toHaveLength(3);

  // A changed file replaces its own article, found by its name, not another with its slug.
  const changed = await ingestor.ingest('talks-report.txt', `${await seedText(1)}\n\nXi Jinping also met Vladimir Putin.\n`);
  expect(changed.status).toBe('replaced');
  expect(changed.slug).toBe(articles[1]?.slug);
});

it('seeds two report.txt in different folders as two articles, and re-seeding changes nothing', async () => {
  const { db } = await emptyDatabase();
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-nested-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  for (const [i, folder] of ['xinhua', 'tass'].entries()) {
    await mkdir(path.join(dir, folder));
    await writeFile(path.join(dir, folder, 'report.txt'), await seedText(i));
  }
  const first = await seedDirectory(db, dir);
  expect(first.ingested).toHaveLength(2);
  const articles = await db.article.findMany({ select: { fileName: true, slug: true }, orderBy: { fileName: 'asc' } });
  expect(articles).toEqual([{ fileName: 'tass/report.txt', slug: 'tass-report' }, { fileName: 'xinhua/report.txt', slug: 'xinhua-report' }]);
  const again = await seedDirectory(db, dir);
  expect({ ingested: again.ingested.length, replaced: again.replaced.length, unchanged: again.unchanged.length }).toEqual({ ingested: 0, replaced: 0, unchanged: 2 });
});
