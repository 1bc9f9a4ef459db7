// Each attack of issue 11 against a real server (a child process on an ephemeral loopback port,
// seeded from seed/articles): refused or answered correctly, within a generous time bound, while
// /health keeps answering. `npm run bench:abuse` prints the precise timings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attacks, send, type Attack, type RawResponse } from '../../bench/attacks.ts';
import { limits } from '../../src/graphql/limits.ts';
import { startServerProcess, type ServerProcess } from '../../src/testing/server-process.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

/** Far above what each attack now takes (milliseconds), far below what it took before (seconds to hours). */
const boundMs = 5_000;

let testDb: TestDatabase;
let server: ServerProcess;
beforeAll(async () => {
  testDb = await createTestDatabase();
  // The server migrates on start; an open connection here would hold the lock it needs.
  await testDb.db.$disconnect();
  server = await startServerProcess({ databaseUrl: testDb.url });
});
afterAll(async () => {
  await server?.close();
  await testDb?.close();
});

const errors = (response: RawResponse) => (JSON.parse(response.text) as { errors?: Array<{ message: string }> }).errors ?? [];

function compressedGraphiQL(r: RawResponse) {
  expect(r.status).toBe(200);
  expect(r.headers['content-encoding']).toMatch(/^(br|gzip)$/);
  expect(r.wireBytes).toBeLessThan(2 * 1024 * 1024);
  expect(r.text).toContain('<title>newsgraph</title>');
}

/** Attacks that are several requests, by their number of requests. */
const requestsOf: Record<string, number> = { 'GraphiQL page, 50 requests': 50 };

/** What each attack must now get. */
const expectations: Record<string, (response: RawResponse) => void> = {
  'search, 400 words': (r) => expect(errors(r)[0]?.message).toMatch(`at most ${limits.maxSearchLength} are accepted`),
  'search, 1,000 words': (r) => expect(errors(r)[0]?.message).toMatch(`at most ${limits.maxSearchLength} are accepted`),
  'search, 100 KB query': (r) => expect(errors(r)[0]?.message).toMatch(`at most ${limits.maxSearchLength} are accepted`),
  'page sizes by variable, n = 50': (r) => {
    expect(r.status).toBe(400);
    expect(errors(r)[0]?.message).toMatch(`Query cost limit of ${limits.maxNodes} nodes exceeded`);
  },
  'page sizes by variable, n = 100': (r) => {
    expect(r.status).toBe(400);
    expect(errors(r)[0]?.message).toMatch(`Query cost limit of ${limits.maxNodes} nodes exceeded`);
  },
  'nodes(ids:) with 50,000 ids': (r) => {
    expect(r.status).toBe(400);
    expect(errors(r)[0]?.message).toBe(`nodes(ids:) accepts at most ${limits.maxNodeIds} ids; this request has 50000.`);
  },
  'GraphiQL page, gzip accepted': compressedGraphiQL,
  'GraphiQL page, 50 requests': compressedGraphiQL,
  'meetings(first:100) × participants(first:100)': (r) => {
    expect(r.status).toBe(200);
    expect(errors(r)).toEqual([]);
  },
  'articles(filter:{source}) with 100k characters': (r) =>
    expect(errors(r)[0]?.message).toBe(`filter.source is 100000 characters long; at most ${limits.maxNameLength} are accepted.`),
  'request without a query ({})': (r) => {
    expect(r.status).toBe(400);
    expect(errors(r)[0]?.message).toMatch(/^Must provide a query string/);
  },
};

async function healthMs(): Promise<number> {
  const started = performance.now();
  const response = await send(`${server.origin}/health`, { method: 'GET', timeoutMs: boundMs });
  expect(response.status).toBe(200);
  return performance.now() - started;
}

describe.each(attacks.map((attack): [string, Attack] => [attack.name, attack]))('%s', (name, attack) => {
  it('is answered as expected, in time, while /health keeps answering', async () => {
    const started = performance.now();
    const pending = attack.run(server.url, boundMs);
    // /health asked while the attack is being served must not wait for it.
    const duringMs = await healthMs();
    const response = await pending;
    const elapsedMs = performance.now() - started;
    const expectation = expectations[name];
    if (!expectation) throw new Error(`no expectation for attack "${name}"`);
    expectation(response);
    // An attack of many requests is bounded per request: 50 GraphiQL pages, 5 s each at most.
    expect(elapsedMs).toBeLessThan(boundMs * (requestsOf[name] ?? 1));
    expect(duringMs).toBeLessThan(1_000);
    expect(await healthMs()).toBeLessThan(1_000);
  });
});

it('CORS: an unknown origin gets no Access-Control headers from the real server', async () => {
  const response = await send(server.url, {
    method: 'OPTIONS',
    headers: { origin: 'null', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
  });
  expect(response.headers['access-control-allow-origin']).toBeUndefined();
  expect(response.headers['access-control-allow-credentials']).toBeUndefined();
});
