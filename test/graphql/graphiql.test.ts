// GraphiQL in headless Chromium: the page loads with no network beyond this server, runs its
// default query and shows the result.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer } from '../../src/graphql/server.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';

let testDb: TestDatabase;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  server = await startServer({ db: testDb.db, port: 0 });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-first-run',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await testDb?.close();
});

it('runs the default query in GraphiQL and shows the result, without leaving localhost', async () => {
  const page = await browser.newPage();
  const { origin } = new URL(server.url);
  const requests: string[] = [];
  const blocked: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(server.url);
  await page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
  // The response editor renders spaces as no-break spaces.
  const shownText = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
  await expect.poll(shownText, { timeout: 30_000 }).toContain('"name": "Xi Jinping"');
  const shown = await shownText();
  expect(shown).toContain('Great Hall of the People');
  expect(shown).toContain('2025-11-04');

  expect(blocked).toEqual([]);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(requests.some((url) => url.startsWith(server.url))).toBe(true);
  expect(pageErrors).toEqual([]);
});
