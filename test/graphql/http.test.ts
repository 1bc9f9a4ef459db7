// The server over a real port: GraphQL, health and readiness.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../src/graphql/server.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';

let testDb: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  server = await startServer({ db: testDb.db, port: 0 });
});
afterAll(async () => {
  await server.close();
  await testDb.close();
});

it('serves GraphQL, health and readiness over HTTP', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ person(name: "xi") { name meetings { totalCount } } }' }),
  });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { person: { name: 'Xi Jinping', meetings: { totalCount: 3 } } } });

  const origin = new URL(server.url).origin;
  expect((await fetch(`${origin}/health`)).status).toBe(200);
  expect((await fetch(`${origin}/ready`)).status).toBe(200);
  expect((await fetch(`${origin}/elsewhere`)).status).toBe(404);
});

it('serves the GraphiQL page from the server itself', async () => {
  const response = await fetch(server.url, { headers: { accept: 'text/html' } });
  const html = await response.text();
  expect(response.status).toBe(200);
  expect(html).toContain('newsgraph');
  // Every script and stylesheet is inline or on this server: no CDN.
  expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
});
