// The typed example client against a real server on the seeded test database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GraphQLResponseError } from '../../client/client.ts';
import { runExamples } from '../../client/examples.ts';
import { ArticlesPage } from '../../client/operations.ts';
import { startServer } from '../../src/graphql/server.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

let testDb: TestDatabase;
let open: { url: string; close(): Promise<void> };
let persistedOnly: { url: string; close(): Promise<void> };

beforeAll(async () => {
  testDb = await createTestDatabase();
  open = await startServer({ db: testDb.db, port: 0 });
  persistedOnly = await startServer({ db: testDb.db, port: 0, persistedOnly: true });
});
afterAll(async () => {
  await open.close();
  await persistedOnly.close();
  await testDb.close();
});

function expectSeedAnswers(result: Awaited<ReturnType<typeof runExamples>>) {
  expect(result.person?.name).toBe('Xi Jinping');
  const meetings = result.person?.meetings.edges.map((e) => e.node) ?? [];
  const withMishustin = meetings.find((m) => m.participants.edges.some((p) => p.node.name === 'Mikhail Mishustin'));
  expect(withMishustin?.dateText).toBe('2025-11-04');
  expect(result.sources?.sources?.edges.length).toBeGreaterThan(0);
  for (const { node } of result.sources?.sources?.edges ?? []) {
    expect(node.sentence.text.length).toBeGreaterThan(0);
    expect(node.article.slug).toMatch(/^\d{3}-/);
  }
  expect(result.search.edges.some((e) => e.node.__typename === 'Person' && e.node.name === 'Xi Jinping')).toBe(true);
  expect(result.articles).toHaveLength(5);
  const dates = result.articles.map((a) => a.publishedOn);
  expect(dates).toEqual([...dates].sort().reverse());
}

describe('typed client', () => {
  it('runs the example operations with query text', async () => {
    expectSeedAnswers(await runExamples(createClient({ url: open.url })));
  });

  it('runs them by hash alone against the persisted manifest', async () => {
    expectSeedAnswers(await runExamples(createClient({ url: open.url, persisted: true })));
  });

  it('with persisted-only serving, accepts known hashes and refuses other operations', async () => {
    expectSeedAnswers(await runExamples(createClient({ url: persistedOnly.url, persisted: true })));
    const execute = createClient({ url: persistedOnly.url });
    await expect(execute(ArticlesPage, { first: 1 })).rejects.toThrow(GraphQLResponseError);
    await expect(execute(ArticlesPage, { first: 1 })).rejects.toThrow(/Only persisted operations are accepted/);
  });

  it('reports an unknown hash as an error', async () => {
    const response = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    });
    const payload = (await response.json()) as { errors?: Array<{ message: string }> };
    expect(payload.errors?.[0]?.message).toMatch(/PersistedQueryNotFound/);
  });
});
