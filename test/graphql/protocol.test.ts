// HTTP behaviour a GraphQL-over-HTTP client expects (issue 11, items 4, 10 and 14): status codes
// for bad requests, persisted-only mode that says so, CORS only for allowed origins and never
// with credentials, and compressed, cacheable responses.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifest } from '../../src/graphql/persisted-operations.ts';
import { createYoga } from '../../src/graphql/yoga.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';
import { yogaFor, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

const graphqlResponse = 'application/graphql-response+json';

function post(server: Yoga, body: unknown, headers: Record<string, string> = {}) {
  return server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: graphqlResponse, ...headers },
    body: JSON.stringify(body),
  });
}

const firstMessage = async (response: Response) => ((await response.json()) as { errors?: Array<{ message: string }> }).errors?.[0]?.message;

describe('status codes (GraphQL over HTTP)', () => {
  it('answers a request without a query with 400 and says what is missing', async () => {
    const response = await post(yoga, {});
    expect(response.status).toBe(400);
    const message = await firstMessage(response);
    expect(message).toMatch(/query/i);
    expect(message).not.toMatch(/PersistedQuery/);
  });

  it('answers validation errors with 400 under application/graphql-response+json, 200 under application/json', async () => {
    expect((await post(yoga, { query: '{ meetings { nope } }' })).status).toBe(400);
    expect((await post(yoga, { query: '{ meetings { nope } }' }, { accept: 'application/json' })).status).toBe(200);
  });

  it('answers limit refusals with 400 under application/graphql-response+json', async () => {
    const deep = `{ person(name: "xi") { country { country { country { country { country { country { country {
      country { country { country { country { country { country { country { country { name } } } } } } } } } } } } } } } } }`;
    expect((await post(yoga, { query: deep })).status).toBe(400);
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: person(name: "xi") { name }`).join(' ')} }`;
    expect((await post(yoga, { query: aliases })).status).toBe(400);
  });

  it('in persisted-only mode, refuses a plain query saying that only persisted operations run', async () => {
    const persistedOnly = createYoga({ db: testDb.db, persisted: { manifest: loadManifest(), allowArbitrary: false } });
    const response = await post(persistedOnly, { query: '{ __typename }' });
    expect(response.status).toBe(400);
    expect(await firstMessage(response)).toMatch(/only persisted operations/i);
    const empty = await post(persistedOnly, {});
    expect(empty.status).toBe(400);
    expect(await firstMessage(empty)).toMatch(/sha256Hash/);
  });
});

describe('CORS', () => {
  const preflight = (server: Yoga, origin: string) =>
    server.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('is off by default: no origin, not even "null", is allowed', async () => {
    for (const origin of ['https://evil.example', 'null']) {
      for (const response of [await preflight(yoga, origin), await post(yoga, { query: '{ __typename }' }, { origin })]) {
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
    }
  });

  it('allows exactly the origins in the allow-list, never with credentials', async () => {
    const allowing = createYoga({ db: testDb.db, corsOrigins: ['https://app.example', 'https://other.example'] });
    const allowed = await preflight(allowing, 'https://app.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    for (const origin of ['https://evil.example', 'null']) {
      const refused = await preflight(allowing, origin);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('compression and caching', () => {
  const graphiql = (headers: Record<string, string>) => yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html', ...headers } });

  it('serves GraphiQL compressed, with brotli or gzip as the client accepts', async () => {
    const plain = await graphiql({});
    const page = await plain.text();
    expect(page).toContain('<title>newsgraph</title>');
    const brotli = await graphiql({ 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const brotliBytes = Buffer.from(await brotli.arrayBuffer());
    expect(brotliBytes.length).toBeLessThan(page.length / 4);
    expect(brotliDecompressSync(brotliBytes).toString()).toBe(page);
    const gzip = await graphiql({ 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(page);
  });

  it('lets browsers cache GraphiQL and revalidate it for a 304', async () => {
    const first = await graphiql({ 'accept-encoding': 'gzip' });
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await graphiql({ 'accept-encoding': 'gzip', 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
  });

  it('compresses large GraphQL responses', async () => {
    const response = await post(yoga, { query: '{ __schema { types { name description } } }' }, { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()) as { data: { __schema: { types: unknown[] } } };
    expect(body.data.__schema.types.length).toBeGreaterThan(50);
    const small = await post(yoga, { query: '{ __typename }' }, { 'accept-encoding': 'gzip' });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
