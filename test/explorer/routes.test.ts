// /explore is served by the API's own server: the page, its bundled script and stylesheet,
// each with a Content-Security-Policy that allows no inline or foreign script.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createYoga } from '../../src/graphql/yoga.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

let testDb: TestDatabase;
let yoga: ReturnType<typeof createYoga>;
beforeAll(async () => {
  testDb = await createTestDatabase({ seedDir: null });
  yoga = createYoga({ db: testDb.db });
});
afterAll(async () => {
  await testDb?.close();
});

const get = (path: string, init: RequestInit = {}) => yoga.fetch(`http://localhost${path}`, init);

it('serves the page with a CSP that forbids inline and foreign scripts, and no inline script in it', async () => {
  const response = await get('/explore');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag, content] of scripts) {
    expect(tag).toMatch(/src="\/explore\/app\.js"/);
    expect(content?.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

it('serves the bundled script and stylesheet with validators, and 304 when unchanged', async () => {
  const script = await get('/explore/app.js');
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  const body = new Uint8Array(await script.arrayBuffer());
  // The typed client and Cytoscape are in it: nothing is loaded from elsewhere.
  const text = new TextDecoder().decode(body);
  expect(text).toContain('/graphql');
  expect(text).not.toMatch(/https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\/[^"'\s]*\.(js|css|mjs)/i);
  expect(gzipSync(body).byteLength).toBeLessThan(500 * 1024);

  const etag = script.headers.get('etag') ?? '';
  expect(etag).toMatch(/^".+"$/);
  const again = await get('/explore/app.js', { headers: { 'if-none-match': etag } });
  expect(again.status).toBe(304);

  const css = await get('/explore/app.css');
  expect(css.status).toBe(200);
  expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
});

it('answers 404 for other paths under /explore and 405 for other methods, leaving /graphql alone', async () => {
  const traversal = await get('/explore/..%2F..%2Fpackage.json');
  expect(traversal.status).toBe(404);
  expect(await traversal.text()).not.toContain('"dependencies"');
  expect((await get('/explore/secret.ts')).status).toBe(404);
  expect((await get('/explore', { method: 'POST', body: 'x', headers: { 'content-length': '1' } })).status).toBe(405);
  const graphql = await yoga.fetch('http://localhost/graphql', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
});
