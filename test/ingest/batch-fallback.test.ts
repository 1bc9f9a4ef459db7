// A batch of articles is one transaction; when one article of it cannot be stored, the batch
// leaves nothing behind and is ingested again one article per transaction: the others are
// stored, and the failure is reported against that article alone, with nothing of it stored.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { createTestDatabase, defaultSeedDir } from '../../src/testing/test-database.ts';

const failing = vi.hoisted(() => ({ fileName: '' }));
vi.mock('../../src/ingest/store-facts.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ingest/store-facts.ts')>();
  return {
    storeFacts: async (...args: Parameters<typeof original.storeFacts>) => {
      await original.storeFacts(...args);
      if (args[1].article.fileName === failing.fileName) throw new Error(`simulated failure storing ${failing.fileName}`);
    },
  };
});

const testDb = await createTestDatabase({ seedDir: null });
afterAll(() => testDb.close());

it('stores the rest of a batch when one article fails, and nothing of that one', async () => {
  const names = (await readdir(defaultSeedDir)).filter((f) => f.endsWith('.txt')).sort();
  const articles = await Promise.all(names.map(async (fileName) => {
    const text = await readFile(path.join(defaultSeedDir, fileName), 'utf8');
    return { fileName, text, facts: extractArticle(fileName, text) };
  }));
  failing.fileName = names[2] ?? '';
  const ingestor = await Ingestor.create(testDb.db);

  const results = await ingestor.ingestBatch(articles);

  expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  expect(String((results[2] as PromiseRejectedResult).reason)).toContain(`simulated failure storing ${names[2]}`);
  const stored = await testDb.db.article.findMany({ select: { fileName: true, _count: { select: { sentences: true } } } });
  expect(stored.map((a) => a.fileName).sort()).toEqual(names.filter((n) => n !== names[2]));
  expect(stored.every((a) => a._count.sentences > 0)).toBe(true);

  // The same batch once the article can be stored: the four are unchanged, the fifth ingested.
  failing.fileName = '';
  const again = await ingestor.ingestBatch(articles);
  expect(again.map((r) => (r.status === 'fulfilled' ? r.value.status : 'rejected'))).toEqual(['unchanged', 'unchanged', 'ingested', 'unchanged', 'unchanged']);
});
