// A failure in the middle of ingesting an article must leave the database as it was: the
// article's facts are written in one transaction.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { createTestDatabase, defaultSeedDir } from '../../src/testing/test-database.ts';

const failAfterWriting = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/ingest/store-facts.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/store-facts.ts')>();
  return {
    storeFacts: async (...args: Parameters<typeof original.storeFacts>) => {
      await original.storeFacts(...args);
      if (failAfterWriting.on) throw new Error('simulated failure after every fact was written');
    },
  };
});

const testDb = await createTestDatabase();
afterAll(() => testDb.close());

async function snapshot() {
  const { db } = testDb;
  return {
    articles: await db.article.findMany({ orderBy: { id: 'asc' } }),
    people: await db.person.count(),
    mentions: await db.mention.count(),
    meetings: await db.meeting.count(),
    roles: await db.role.count(),
  };
}

it('stores nothing of a new article whose ingestion fails', async () => {
  const before = await snapshot();
  const ingestor = await Ingestor.create(testDb.db);
  const text = (await readFile(path.join(defaultSeedDir, '001_eeb6f145542a736b.txt'), 'utf8'))
    .replace('Mishustin', 'Mikhail Mishustin and Sergei Ryabkov');
  failAfterWriting.on = true;
  await expect(ingestor.ingest('new_article.txt', text)).rejects.toThrow(/simulated failure/);
  failAfterWriting.on = false;
  expect(await snapshot()).toEqual(before);
});

it('keeps the previous version of an article whose replacement fails', async () => {
  const before = await snapshot();
  const ingestor = await Ingestor.create(testDb.db);
  const file = '002_dbdd5dc0d68218a3.txt';
  const text = `${await readFile(path.join(defaultSeedDir, file), 'utf8')}\n\nZhao later met Russian Deputy Prime Minister Alexei Overchuk.\n`;
  failAfterWriting.on = true;
  await expect(ingestor.ingest(file, text)).rejects.toThrow(/simulated failure/);
  failAfterWriting.on = false;
  expect(await snapshot()).toEqual(before);
  // The same ingestor still works afterwards: its entity index was not polluted.
  expect((await ingestor.ingest(file, text)).status).toBe('replaced');
  expect(await testDb.db.person.findFirst({ where: { name: 'Alexei Overchuk' } })).not.toBeNull();
});
