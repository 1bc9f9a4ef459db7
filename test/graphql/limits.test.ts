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

  describe(`node limit (${limits.maxNodes} nodes: page sizes multiplied down the tree)`, () => {
    const refusal = (result: { errors?: Array<{ message: string }> }) => errorMessages(result);

    it('admits 100 × 100 (meetings with their participants)', async () => {
      const result = await executeOperation(yoga, '{ meetings(first: 100) { edges { node { summary participants(first: 100) { edges { node { name } } } } } } }');
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeDefined();
    });

    it('refuses 100 × 100 × 100 × 100 with a message naming the limit and the cost, not "Syntax Error"', async () => {
      const result = await executeOperation(yoga, `{ people(first: 100) { edges { node { metWith(first: 100) { edges { node {
        meetings(first: 100) { edges { node { participants(first: 100) { edges { node { name } } } } } } } } } } } } }`);
      expect(result.data).toBeUndefined();
      expect(refusal(result)).toContain(`limit of ${limits.maxNodes} nodes`);
      expect(refusal(result)).toContain('101010100');
      expect(refusal(result)).not.toMatch(/syntax error/i);
    });

    it('counts page sizes passed as variables, with the clamp applied', async () => {
      const document = `query($n: Int) { people(first: $n) { edges { node { metWith(first: $n) { edges { node {
        meetings(first: $n) { edges { node { summary } } } } } } } } } }`;
      const refused = await executeOperation(yoga, document, { n: 500 });
      // 100 + 100² + 100³: the clamp to 100 applies before multiplying.
      expect(refusal(refused)).toContain('1010100');
      const admitted = await executeOperation(yoga, document, { n: 30 });
      expect(admitted.errors).toBeUndefined();
    });

    it('counts the default page size when first and last are omitted', async () => {
      const result = await executeOperation(yoga, `{ people { edges { node { metWith { edges { node {
        meetings { edges { node { participants { edges { node { name } } } } } } } } } } } } }`);
      // 20 + 20² + 20³ + 20⁴ = 168,420 nodes.
      expect(refusal(result)).toContain('168420');
    });

    it('counts connections inside fragments', async () => {
      const result = await executeOperation(yoga, `query { people(first: 100) { ...P } }
        fragment P on QueryPeopleConnection { edges { node { metWith(first: 100) { edges { node { meetings(first: 100) { totalCount } } } } } } }`);
      expect(refusal(result)).toContain('1010100');
    });

    it('answers refusals with 400 under application/graphql-response+json', async () => {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: 'query($n: Int) { people(first: $n) { edges { node { metWith(first: $n) { edges { node { meetings(first: $n) { totalCount } } } } } } } }', variables: { n: 100 } }),
      });
      expect(response.status).toBe(400);
    });
  });

  it(`caps nodes(ids:) at ${limits.maxNodeIds} ids`, async () => {
    const ids = Array.from({ length: limits.maxNodeIds + 1 }, (_, i) => Buffer.from(`Person:${i + 1}`).toString('base64'));
    const refused = await executeOperation(yoga, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(refused.data).toBeUndefined();
    expect(errorMessages(refused)).toContain(`at most ${limits.maxNodeIds} ids`);
    const admitted = await executeOperation<{ nodes: unknown[] }>(yoga, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 3) });
    expect(admitted.data?.nodes).toHaveLength(3);
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
