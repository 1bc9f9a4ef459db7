// Writers that scale: four `newsgraph seed` processes ingesting disjoint quarters of one
// corpus at once all finish, and store every article and every mention one serial seed stores
// (PostgreSQL, the engine for many writers; SQLite takes one writer at a time). Entity and
// meeting rows are compared and the differences printed, not asserted: resolution depends on
// the order articles arrive in (README, Status and limits).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrl, type Database } from '../../src/db/client.ts';
import { projectRoot } from '../../src/db/paths.ts';
import { providerOf } from '../../src/db/provider.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

const run = promisify(execFile);
const corpusDirs = [
  path.join(projectRoot, 'seed', 'articles'),
  ...['dev', 'dev2', 'dev3', 'dev4'].map((d) => path.join(projectRoot, 'test', 'fixtures', d, 'articles')),
];
let work: string;
const open: TestDatabase[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsgraph-concurrent-'));
});
afterAll(async () => {
  await Promise.all(open.map((db) => db.close()));
  await rm(work, { recursive: true, force: true });
});

/** The corpus in one directory, and split round robin into four. */
async function corpus(): Promise<{ all: string; quarters: string[] }> {
  const files = (await Promise.all(corpusDirs.map(async (dir) =>
    (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f))))).flat().sort();
  const all = path.join(work, 'all');
  const quarters = [0, 1, 2, 3].map((i) => path.join(work, `quarter-${i}`));
  for (const dir of [all, ...quarters]) await mkdir(dir, { recursive: true });
  await Promise.all(files.map(async (file, i) => {
    await copyFile(file, path.join(all, path.basename(file)));
    await copyFile(file, path.join(quarters[i % 4] as string, path.basename(file)));
  }));
  return { all, quarters };
}

function seed(url: string, dir: string) {
  return run(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'seed', dir], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: url } });
}

/** Every stored row, by natural keys instead of IDs, sorted. */
async function rows(db: Database) {
  const sorted = (list: string[]) => list.sort();
  const people = await db.person.findMany({ include: { aliases: true, country: true } });
  const organizations = await db.organization.findMany({ include: { aliases: true, parent: true, country: true } });
  const places = await db.place.findMany({ include: { aliases: true, country: true, parent: true } });
  const meetings = await db.meeting.findMany({
    include: {
      location: true, venue: true, participants: { include: { person: true } }, organizations: { include: { organization: true } },
      sources: { include: { article: true } },
    },
  });
  const mentions = await db.mention.findMany({ include: { article: true, person: true, organization: true, place: true } });
  return {
    articles: sorted((await db.article.findMany()).map((a) => `${a.slug} ${a.contentHash}`)),
    people: sorted(people.map((p) => `${p.slug} | ${p.name} | ${p.country?.slug} | ${sorted(p.aliases.map((a) => a.normalized)).join(',')}`)),
    organizations: sorted(organizations.map((o) =>
      `${o.slug} | ${o.name} | ${o.acronym} | ${o.parent?.slug} | ${o.country?.slug} | ${sorted(o.aliases.map((a) => a.normalized)).join(',')}`)),
    places: sorted(places.map((p) =>
      `${p.slug} | ${p.name} | ${p.kind} | ${p.country?.slug} | ${p.parent?.slug} | ${sorted(p.aliases.map((a) => a.normalized)).join(',')}`)),
    meetings: sorted(meetings.map((m) => [
      m.name, m.date?.toISOString(), m.datePrecision, m.status, m.location?.slug, m.venue?.slug,
      sorted(m.participants.map((p) => p.person.slug)).join(','), sorted(m.organizations.map((o) => o.organization.slug)).join(','),
      sorted(m.sources.map((s) => `${s.article.slug}@${s.start}`)).join(','),
    ].join(' | '))),
    mentions: sorted(mentions.map((m) =>
      `${m.article.slug} ${m.start}-${m.end} ${m.entityType} ${m.person?.slug ?? m.organization?.slug ?? m.place?.slug}`)),
  };
}

describe.runIf(providerOf(databaseUrl()) === 'postgresql')('four seed processes at once', () => {
  it('all finish, with every article and mention of one serial seed', async () => {
    const { all, quarters } = await corpus();
    const serial = await createTestDatabase({ seedDir: null });
    const parallel = await createTestDatabase({ seedDir: null });
    open.push(serial, parallel);

    await seed(serial.url, all);
    const outputs = await Promise.all(quarters.map((dir) => seed(parallel.url, dir)));
    for (const { stdout } of outputs) expect(stdout).toMatch(/ 0 rejected/);

    const expected = await rows(serial.db);
    const actual = await rows(parallel.db);
    expect(expected.articles.length).toBeGreaterThan(50);
    expect(expected.meetings.length).toBeGreaterThan(20);
    expect(actual.articles).toEqual(expected.articles);
    expect(actual.mentions.length).toBe(expected.mentions.length);
    const differing = (['people', 'organizations', 'places', 'meetings', 'mentions'] as const).map((kind) => ({
      kind, serial: expected[kind].length, parallel: actual[kind].length,
      differ: actual[kind].filter((r) => !expected[kind].includes(r)).length,
    }));
    console.log(`rows of 4 parallel seeds vs 1 serial seed: ${JSON.stringify(differing)}`);
  });
});
