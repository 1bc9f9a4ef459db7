// Limits a client cannot exceed, and errors that reveal nothing about the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/client.ts';
import { withDatabaseName } from '../../src/db/postgresql-admin.ts';
import { limits } from '../../src/graphql/limits.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';
import { executeOperation, query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  await testDb.db.place.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({ slug: `town-${i}`, name: `Town ${String(i).padStart(3, '0')}`, kind: 'city' as const })),
  });
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

const errorMessages = (result: { errors?: Array<{ message: string }> }) => (result.errors ?? []).map((e) => e.message).join('\n');

describe('query limits', () => {
  it('clamps `first` to 100', async () => {
    const data = await query<{ places: Page<{ name: string }> }>(yoga, '{ places(first: 500) { totalCount edges { node { name } } pageInfo { hasNextPage } } }');
    expect(data.places.totalCount).toBe(127);
    expect(data.places.edges).toHaveLength(100);
    expect(data.places.pageInfo.hasNextPage).toBe(true);
  });

  it('rejects a negative page size', async () => {
    const result = await executeOperation(yoga, '{ places(first: -1) { totalCount } }');
    expect(errorMessages(result)).toMatch(/first/);
  });

  it(`rejects queries nested deeper than ${limits.maxDepth} levels`, async () => {
    const deep = `{ person(name: "xi") { country { country { country { country { country { country { country {
      country { country { country { country { country { country { country { country { name } } } } } } } } } } } } } } } } }`;
    const result = await executeOperation(yoga, deep);
    expect(result.data).toBeUndefined();
    expect(errorMessages(result)).toMatch(/depth limit/i);
    const allowed = await executeOperation(yoga, '{ person(name: "xi") { country { country { name } } } }');
    expect(result.errors).toBeDefined();
    expect(allowed.errors).toBeUndefined();
  });

  it(`rejects more than ${limits.maxAliases} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: person(name: "xi") { name }`).join(' ')} }`;
    const rejected = await executeOperation(yoga, aliases(limits.maxAliases + 1));
    expect(errorMessages(rejected)).toMatch(/aliases limit/i);
    const allowed = await executeOperation<Record<string, { name: string }>>(yoga, aliases(limits.maxAliases));
    expect(allowed.data?.a0?.name).toBe('Xi Jinping');
  });

  it(`rejects queries costing more than ${limits.maxCost}`, async () => {
    // Within the depth and alias limits, but asking for up to 100 × 100 × 100 meetings.
    const costly = `{ people(first: 100) { edges { node { metWith(first: 100) { edges { node {
      meetings(first: 100) { edges { node { summary } } } } } } } } } }`;
    const cheaper = costly.replace(/first: 100/g, 'first: 3');
    const result = await executeOperation(yoga, costly);
    expect(errorMessages(result)).toMatch(/cost limit/i);
    expect((await executeOperation(yoga, cheaper)).errors).toBeUndefined();
  });

  it(`refuses request bodies over ${limits.maxBodyBytes} bytes, and bodies of unknown length`, async () => {
    const big = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(limits.maxBodyBytes) } }),
    });
    expect(big.status).toBe(413);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ query: '{ __typename }' })));
        controller.close();
      },
    });
    const chunked = await yoga.fetch('http://localhost/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });
});

describe('errors', () => {
  it('masks unexpected failures: no message, path to the server or stack trace', async () => {
    // A database that cannot be opened (a directory; a database that does not exist): every
    // resolver that touches it fails.
    const broken = createPrismaClient({
      url: testDb.url.startsWith('file:')
        ? `file:${testDb.url.replace(/^file:/, '').replace(/test\.db$/, '')}`
        : withDatabaseName(testDb.url, 'newsgraph_missing'),
    });
    const brokenYoga = yogaFor(broken);
    const result = await executeOperation(brokenYoga, '{ people { totalCount } }');
    expect(result.errors?.map((e) => e.message)).toEqual(['Unexpected error.']);
    const serialized = JSON.stringify(result);
    expect(serialized).not.toMatch(/sqlite|postgres|prisma|newsgraph_|\/tmp|at \w+ \(/i);
    const ready = await brokenYoga.fetch('http://localhost/ready');
    expect(ready.status).toBe(503);
    await broken.$disconnect();
  });

  it('reports invalid queries as validation errors, not server errors', async () => {
    const result = await executeOperation(yoga, '{ meetings { nope } }');
    expect(errorMessages(result)).toContain('Cannot query field "nope" on type "QueryMeetingsConnection"');
    expect(errorMessages(result)).not.toContain('Unexpected error');
  });
});
