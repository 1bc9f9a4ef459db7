// How fast the explorer shows a person's network (top 50 neighbours) and the timeline on a
// large database, measured in Debian's Chromium, and how heavy its JavaScript is. Prints
// figures; asserts nothing.
//   npm run bench:explore -- [--db FILE] [--articles 10000] [--runs 7]
// Without --db it generates the corpus and seeds bench/out/explore-<articles>.db once.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { createPrismaClient } from '../src/db/client.ts';
import { scriptWeight } from '../src/explorer/assets.ts';
import { loadNetwork } from '../src/graphql/services/network.ts';
import { startServer } from '../src/graphql/server.ts';
import { projectRoot, runScript } from './children.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    articles: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
  },
});
const runs = Number(values.runs);
const outDir = path.join(projectRoot, 'bench', 'out');
await mkdir(outDir, { recursive: true });
const dbFile = path.resolve(values.db ?? path.join(outDir, `explore-${values.articles}.db`));

if (!existsSync(dbFile)) {
  const corpus = path.join(outDir, `explore-corpus-${values.articles}`);
  console.log(`generating ${values.articles} articles and seeding ${dbFile} (a few minutes)…`);
  await runScript('scripts/corpus.ts', ['--articles', String(values.articles), '--out', corpus]);
  process.env.DATABASE_URL = `file:${dbFile}`;
  await runScript('src/cli.ts', ['seed', corpus]);
}

const db = createPrismaClient({ url: `file:${dbFile}` });
const server = await startServer({ db, port: 0 });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const [articles, meetings, people] = await Promise.all([db.article.count(), db.meeting.count(), db.person.count()]);
  // Two networks: around the person in the most meetings (the most rows to read), and the
  // fullest two-hop network among the ten busiest people (50 neighbours when the corpus has them).
  const busiest = await db.meetingParticipant.groupBy({
    by: ['personId'], _count: { _all: true }, orderBy: { _count: { personId: 'desc' } }, take: 10,
  });
  if (!busiest[0]) throw new Error(`${dbFile} has no meetings`);
  const sizes = await Promise.all(busiest.map(async ({ personId }) =>
    ({ personId, size: (await loadNetwork(db, { around: personId, depth: 2, limit: 51 })).nodes.length })));
  const fullest = sizes.reduce((best, next) => (next.size > best.size ? next : best));
  const globalId = (id: number) => Buffer.from(`Person:${id}`).toString('base64');
  const nameOf = async (id: number) => (await db.person.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;
  const heaviest = { id: globalId(busiest[0].personId), name: await nameOf(busiest[0].personId), meetings: busiest[0]._count._all };
  const widest = { id: globalId(fullest.personId), name: await nameOf(fullest.personId) };

  /** Milliseconds from navigation start until `ready` holds in the page, as the page measures them. */
  async function timeView(page: Page, hash: string, ready: string): Promise<number> {
    // From a blank page, so each load is a whole page load (a hash change alone would not be).
    await page.goto('about:blank');
    await page.goto(`${origin}/explore${hash}`);
    await page.waitForSelector(ready, { timeout: 60_000 });
    return page.evaluate(() => performance.now());
  }

  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const started = performance.now();
  await page.goto(`${origin}/explore`);
  await page.waitForSelector('main[data-route]');
  const firstLoad = performance.now() - started;

  const views = {
    [`network of ${heaviest.name} (${heaviest.meetings} meetings), 1 hop`]: {
      hash: `#/network/${encodeURIComponent(heaviest.id)}`, ready: '.network-canvas[data-drawn]',
    },
    [`network of ${widest.name}, 2 hops`]: { hash: `#/network/${encodeURIComponent(widest.id)}?depth=2`, ready: '.network-canvas[data-drawn]' },
    timeline: { hash: '#/timeline', ready: 'main[data-route="#/timeline"] svg.timeline-chart' },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(views).map((name) => [name, []]));
  // One untimed load of each first: the server's and the browser's caches are warm after it.
  for (let run = -1; run < runs; run += 1) {
    for (const [name, view] of Object.entries(views)) {
      const ms = await timeView(page, view.hash, view.ready);
      if (run >= 0) times[name]!.push(ms);
    }
  }
  const neighbours: Record<string, number> = {};
  for (const [name, view] of Object.entries(views)) {
    if (!name.startsWith('network')) continue;
    await page.goto('about:blank');
    await page.goto(`${origin}/explore${view.hash}`);
    neighbours[name] = Number(await (await page.waitForSelector(view.ready)).getAttribute('data-drawn')) - 1;
  }
  // The fullest network as a picture (docs/explorer-network.png is one of these).
  await page.setViewportSize({ width: 1100, height: 1080 });
  await page.goto('about:blank');
  await page.goto(`${origin}/explore${views[Object.keys(views)[1]!]!.hash}`);
  await page.waitForSelector('.network-canvas[data-drawn]');
  await page.screenshot({ path: path.join(outDir, 'explore-network.png') });

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const max = (xs: number[]) => Math.max(...xs);
  const weight = await scriptWeight();
  console.log(`database: ${dbFile}: ${articles} articles, ${meetings} meetings, ${people} people`);
  console.log(`first page load (builds the bundle): ${firstLoad.toFixed(0)} ms`);
  for (const [name, xs] of Object.entries(times)) {
    const drawnPeople = neighbours[name] === undefined ? '' : ` (${neighbours[name]} neighbours)`;
    console.log(`${name}${drawnPeople}: navigation to drawn, median ${median(xs).toFixed(0)} ms, max ${max(xs).toFixed(0)} ms over ${xs.length} loads (target < 1000 ms)`);
  }
  console.log(`page JavaScript: ${(weight.bytes / 1024).toFixed(0)} KB, ${(weight.gzipped / 1024).toFixed(0)} KB gzipped (target < 500 KB gzipped)`);
} finally {
  await browser.close();
  await server.close();
  await db.$disconnect();
}
