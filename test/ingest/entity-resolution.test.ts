// Entities are resolved across articles by their canonical names, never by a shared surname.
import { afterAll, expect, it } from 'vitest';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { createTestDatabase } from '../../src/testing/test-database.ts';

const open: Array<{ close(): Promise<void> }> = [];
afterAll(() => Promise.all(open.map((db) => db.close())));

const article = (title: string, body: string) => ` date 2025-03-04 Title: ${title}\n\nBEIJING, March 4 (Xinhua) -- ${body}\n`;

const articles = [
  ['a.txt', article('Vice premier inspects port',
    'Chinese Vice Premier Zhang Guoqing inspected the port of Tianjin on Monday. Zhang called for faster upgrades.')],
  ['b.txt', article('General meets delegation',
    'Zhang Youxia, vice chairman of the Central Military Commission, met a Pakistani delegation in Beijing on Monday. Zhang said ties were strong.')],
] as const;

it.each([['in file order', [...articles]], ['in reverse', [...articles].reverse()]])('keeps two people who share a surname apart, %s', async (_, order) => {
  const testDb = await createTestDatabase({ seedDir: null });
  open.push(testDb);
  const ingestor = await Ingestor.create(testDb.db);
  for (const [name, text] of order) await ingestor.ingest(name, text);
  const people = await testDb.db.person.findMany({ where: { name: { startsWith: 'Zhang' } }, include: { mentions: { include: { article: true } } } });
  expect(people.map((p) => p.name).sort()).toEqual(['Zhang Guoqing', 'Zhang Youxia']);
  for (const person of people) expect(new Set(person.mentions.map((m) => m.article.fileName)).size).toBe(1);
});
