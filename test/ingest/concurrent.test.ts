// Two processes writing one database (a seed beside a running server): what one stored must
// be found, not duplicated, by the other.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { createTestDatabase, defaultSeedDir } from '../../src/testing/test-database.ts';

const testDb = await createTestDatabase({ seedDir: null });
afterAll(() => testDb.close());

it('ingests with an index that is missing entities another ingestor stored', async () => {
  const server = await Ingestor.create(testDb.db);
  const seed = await Ingestor.create(testDb.db);
  const read = (file: string) => readFile(path.join(defaultSeedDir, file), 'utf8');

  expect((await seed.ingest('003_806834c5e432ab03.txt', await read('003_806834c5e432ab03.txt'))).status).toBe('ingested');
  // The server's index predates the seed's entities (Zhao Leji, Xi Jinping, the CPC …).
  expect((await server.ingest('002_dbdd5dc0d68218a3.txt', await read('002_dbdd5dc0d68218a3.txt'))).status).toBe('ingested');

  const zhao = await testDb.db.person.findMany({ where: { name: 'Zhao Leji' }, include: { mentions: true } });
  expect(zhao).toHaveLength(1);
  expect(new Set(zhao[0]?.mentions.map((m) => m.articleId)).size).toBe(2);
});
