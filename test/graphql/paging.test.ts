// "Mentioned in" connections page in the database: one row per article-entity pair, a keyset
// cursor, and statements and rows that do not grow with the corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerOfDatabase } from '../../src/db/client.ts';
import { undatedSortDate } from '../../src/ingest/dates.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase, multiplyMeetings } from './fixture.ts';
import { executeOperation, query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
const statements: string[] = [];
const parameters = new Map<string, unknown[]>();
beforeAll(async () => {
  testDb = await createFixtureDatabase({
    onQuery: (sql, params) => {
      statements.push(sql);
      parameters.set(sql, JSON.parse(params) as unknown[]);
    },
  });
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

/** Adds `count` articles, each mentioning Beijing and Xi Jinping: one a day from 2026-01-02, the first undated. */
async function addArticles(count: number, from: number): Promise<void> {
  const db = testDb.db;
  const beijing = await db.place.findUniqueOrThrow({ where: { slug: 'beijing' } });
  const xi = await db.person.findUniqueOrThrow({ where: { slug: 'xi-jinping' } });
  for (let i = from; i < from + count; i += 1) {
    const body = 'Xi Jinping spoke in Beijing.';
    const publishedOn = i === 0 ? null : new Date(Date.UTC(2026, 0, 1 + i));
    const article = await db.article.create({
      data: { slug: `extra-${i}`, fileName: `extra-${i}.txt`, contentHash: `extra-${i}`, title: `Extra ${i}`, publishedOn, body },
    });
    const sentence = await db.sentence.create({
      data: { articleId: article.id, index: 0, paragraphIndex: 0, start: 0, end: body.length, text: body },
    });
    await db.mention.createMany({
      data: [
        { articleId: article.id, sentenceId: sentence.id, start: 0, end: 10, text: 'Xi Jinping', entityType: 'person', personId: xi.id },
        { articleId: article.id, sentenceId: sentence.id, start: 20, end: 27, text: 'Beijing', entityType: 'place', placeId: beijing.id },
      ],
    });
    await db.articlePerson.create({ data: { articleId: article.id, personId: xi.id, publishedOn: publishedOn ?? undatedSortDate, firstMention: 0 } });
    await db.articlePlace.create({ data: { articleId: article.id, placeId: beijing.id, publishedOn: publishedOn ?? undatedSortDate, firstMention: 20 } });
  }
}

type Articles = { place: { articles: Page<{ slug: string }> }; person: { articles: Page<{ slug: string }> } };
const firstArticles = `{
  place(name: "Beijing") { articles(first: 1) { totalCount edges { node { slug } } } }
  person(name: "Xi") { articles(first: 2) { totalCount edges { node { slug } } } }
}`;

async function measure<T>(document: string, variables: Record<string, unknown> = {}) {
  statements.length = 0;
  const data = await query<T>(yoga, document, variables);
  return { data, statements: [...statements] };
}

/** The statements that read the article-entity pairs. */
const pairReads = (sql: string[]) => sql.filter((s) => /FROM [`"]?((main|public)[`"]?\.)?[`"]?Article(Person|Place|Organization)\b/.test(s));

describe('"mentioned in" connections', () => {
  it('take the same statements, each reading one page, with ten times the articles', async () => {
    await addArticles(5, 0);
    const small = await measure<Articles>(firstArticles);
    await addArticles(50, 5);
    const large = await measure<Articles>(firstArticles);

    expect(small.data.place.articles.totalCount).toBe(5 + 1);
    expect(large.data.place.articles.totalCount).toBe(55 + 1);
    expect(large.data.place.articles.edges.map((e) => e.node.slug)).toEqual(['extra-54']);
    expect(large.data.person.articles.edges.map((e) => e.node.slug)).toEqual(['extra-54', 'extra-53']);
    expect(large.statements.length).toBe(small.statements.length);
    // Rows read stay flat: the page query asks the database for one page (LIMIT), not every pair.
    const pageReads = pairReads(large.statements).filter((s) => !/COUNT\(/i.test(s));
    expect(pageReads.length).toBeGreaterThan(0);
    for (const sql of pageReads) expect(sql).toMatch(/LIMIT/i);
    if (providerOfDatabase(testDb.db) === 'sqlite') {
      // ...and reads it straight off the pair index, in order: no sort of every pair first.
      for (const sql of pageReads) {
        const params = sql.match(/\?/g)?.map(() => 1) ?? [];
        const plan = await testDb.db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
        expect(plan.map((step) => step.detail).join('; ')).not.toMatch(/TEMP B-TREE/);
      }
    }
  });

  it('page newest first with cursors, undated articles last, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    type PlaceArticles = { place: { articles: Page<{ slug: string; publishedOn: string | null }> } };
    for (;;) {
      const { data }: { data: PlaceArticles } = await measure<PlaceArticles>(
        'query($after: String) { place(name: "Beijing") { articles(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug publishedOn } } } } }',
        { after },
      );
      const page: PlaceArticles['place']['articles'] = data.place.articles;
      seen.push(...page.edges.map((e) => e.node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(56);
    expect(new Set(seen).size).toBe(56);
    expect(seen.slice(0, 2)).toEqual(['extra-54', 'extra-53']);
    expect(seen.slice(-2)).toEqual(['fixture-001', 'extra-0']);
  });

  it('list an article\'s entities in reading order, paged', async () => {
    const { data } = await measure<{ article: { people: Page<{ name: string }>; places: Page<{ name: string }> } }>(
      '{ article(slug: "fixture-001") { people(first: 2) { totalCount edges { node { name } } } places { totalCount edges { node { name } } } } }',
    );
    expect(data.article.people.edges.map((e) => e.node.name)).toEqual(['Xi Jinping', 'Mikhail Mishustin']);
    expect(data.article.people.totalCount).toBe(3);
    expect(data.article.places.edges.map((e) => e.node.name)).toEqual(['Beijing', 'Great Hall of the People', 'Hangzhou']);
  });

  it('answer four levels deep, or refuse a first: 100 at every level by the cost limit, never with a database error', async () => {
    const depth4 = (first: number) => `{ places(first: ${first}) { edges { node { articles(first: ${first}) { edges { node {
      people(first: ${first}) { edges { node { articles(first: ${first}) { totalCount edges { node { slug } } } } } } } } } } } } }`;
    const refused = await executeOperation(yoga, depth4(100));
    expect(refused.errors?.map((e) => e.message).join(' ')).toMatch(/cost limit/i);
    type Depth4 = { places: Page<{ articles: Page<{ people: Page<{ articles: Page<{ slug: string }> }> }> }> };
    const answered = await executeOperation<Depth4>(yoga, depth4(3));
    expect(answered.errors).toBeUndefined();
    const deepest = answered.data?.places.edges.flatMap((p) => p.node.articles.edges.flatMap((a) =>
      a.node.people.edges.flatMap((person) => person.node.articles.edges.map((e) => e.node.slug)))) ?? [];
    expect(deepest.length).toBeGreaterThan(0);
    expect(deepest.length).toBeLessThanOrEqual(3 ** 4);
  });
});

describe("a person's organizations and an organization's people", () => {
  type Titled = { person: { organizations: Page<{ name: string }> }; organization: { people: Page<{ name: string }> } };
  const titled = `{
    person(name: "Xi") { organizations { totalCount edges { node { name } } } }
    organization(name: "CPC Central Committee") { people { totalCount edges { node { name } } } }
  }`;

  it('follow roles as articles add and remove them (the Role triggers keep the pairs)', async () => {
    const before = await query<Titled>(yoga, titled);
    expect(before.person.organizations.edges.map((e) => e.node.name)).toEqual(['CPC Central Committee']);
    expect(before.organization.people.edges.map((e) => e.node.name)).toEqual(['Xi Jinping']);

    const xi = await testDb.db.person.findUniqueOrThrow({ where: { slug: 'xi-jinping' }, include: { roles: true } });
    const role = xi.roles.find((r) => r.organizationId !== null);
    if (!role) throw new Error('fixture: Xi has no role in an organization');
    await testDb.db.role.delete({ where: { id: role.id } });
    const without = await query<Titled>(yoga, titled);
    expect(without.person.organizations.totalCount).toBe(0);
    expect(without.organization.people.totalCount).toBe(0);

    const { id: _id, ...restored } = role;
    await testDb.db.role.create({ data: restored });
    await testDb.db.role.create({ data: { ...restored, title: 'chairman' } });
    const again = await query<Titled>(yoga, titled);
    expect(again.person.organizations.totalCount).toBe(1);
    expect(again.organization.people.edges.map((e) => e.node.name)).toEqual(['Xi Jinping']);
  });
});

describe("a place's meetings", () => {
  type PlaceMeetings = { beijing: { meetings: Page<{ summary: string }> }; hall: { meetings: Page<{ summary: string }> } };
  const placeMeetings = `{
    beijing: place(name: "Beijing") { meetings(first: 1) { totalCount edges { node { summary } } } }
    hall: place(name: "Great Hall of the People") { meetings { totalCount edges { node { summary } } } }
  }`;

  it('follow a meeting moved to another location (the Meeting triggers keep the pairs), located or hosted', async () => {
    const before = await query<PlaceMeetings>(yoga, placeMeetings);
    expect(before.beijing.meetings.edges.map((e) => e.node.summary)).toEqual(['Xi Jinping met Mikhail Mishustin']);
    expect(before.hall.meetings.totalCount).toBe(1);

    const moscow = await testDb.db.place.findUniqueOrThrow({ where: { slug: 'moscow' } });
    const meeting = await testDb.db.meeting.findFirstOrThrow({ where: { summary: 'Xi Jinping met Mikhail Mishustin' } });
    await testDb.db.meeting.update({ where: { id: meeting.id }, data: { locationId: moscow.id } });
    const after = await query<PlaceMeetings>(yoga, placeMeetings);
    expect(after.beijing.meetings.totalCount).toBe(before.beijing.meetings.totalCount - 1);
    expect(after.hall.meetings.edges.map((e) => e.node.summary)).toEqual(['Xi Jinping met Mikhail Mishustin']);
  });
});

/**
 * Each page statement (not a count) reading one of `tables`, with its plan's steps on the engine in
 * use and, on PostgreSQL, the rows its scan of that table read.
 */
async function pagePlans(sql: string[], tables: string[]): Promise<Array<{ table: string; steps: string[]; rowsRead: number | null }>> {
  const plans = [];
  for (const statement of sql) {
    const table = new RegExp(`FROM [\`"]?(?:(?:main|public)[\`"]?\\.)?[\`"]?(${tables.join('|')})\\b`).exec(statement)?.[1];
    if (!table || /COUNT\(/i.test(statement)) continue;
    const params = parameters.get(statement) ?? [];
    if (providerOfDatabase(testDb.db) === 'sqlite') {
      const plan = await testDb.db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${statement}`, ...params);
      plans.push({ table, steps: plan.map((step) => step.detail), rowsRead: null });
      continue;
    }
    // The fixture's tables are a few pages long, so PostgreSQL would rightly scan and sort them;
    // with only plain index scans allowed, the plan shows whether an index delivers the order.
    type Node = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Actual Rows': number; Plans?: Node[] };
    const flatten = (node: Node): Node[] => [node, ...(node.Plans ?? []).flatMap(flatten)];
    const explained = await testDb.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      await tx.$executeRawUnsafe('SET LOCAL enable_bitmapscan = off');
      return tx.$queryRawUnsafe<Array<{ 'QUERY PLAN': unknown }>>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`, ...params);
    });
    const json = explained[0]?.['QUERY PLAN'];
    const [{ Plan }] = (typeof json === 'string' ? JSON.parse(json) : json) as [{ Plan: Node }];
    const nodes = flatten(Plan);
    const scan = nodes.find((node) => node['Relation Name'] === table);
    plans.push({
      table,
      steps: nodes.map((node) => `${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim()),
      rowsRead: scan?.['Actual Rows'] ?? null,
    });
  }
  return plans;
}

describe("a person's and an organization's meetings", () => {
  type Meetings = Page<{ summary: string; dateText: string | null }>;
  type EntityMeetings = { person: { meetings: Meetings }; organization: { meetings: Meetings } };
  const first = 4;
  const entityMeetings = `query($after: String) {
    person(name: "Xi") { meetings(first: ${first}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { summary dateText } } } }
    organization(name: "CPC") { meetings(first: ${first}) { edges { node { summary dateText } } } }
  }`;


  it('read each page off the (entity, meetingDate, meetingId) index: first + 1 entries, nothing sorted', async () => {
    await multiplyMeetings(testDb.db, 10);
    statements.length = 0;
    const data = await query<EntityMeetings>(yoga, entityMeetings, { after: null });
    expect(data.person.meetings.edges.map((e) => e.node.dateText)).toEqual(Array(first).fill('2025-11-04'));
    expect(data.organization.meetings.edges.map((e) => e.node.dateText)).toEqual(Array(first).fill('2025-05'));

    const plans = await pagePlans([...statements], ['MeetingParticipant', 'MeetingOrganization']);
    expect(plans.map((plan) => plan.table).sort()).toEqual(['MeetingOrganization', 'MeetingParticipant']);
    for (const { table, steps, rowsRead } of plans) {
      const index = table === 'MeetingParticipant' ? 'MeetingParticipant_personId_meetingDate_meetingId_idx'
        : 'MeetingOrganization_organizationId_meetingDate_meetingId_idx';
      expect(steps.join('; ')).toContain(index);
      expect(steps.join('; ')).not.toMatch(/TEMP B-TREE|\bSort\b/);
      if (providerOfDatabase(testDb.db) === 'postgresql') expect(rowsRead).toBe(first + 1);
    }
  });

  it('page newest first, undated last, ties by newest meeting, without gaps or repeats', async () => {
    const seen: Array<string | null> = [];
    let after: string | null = null;
    for (;;) {
      const { person }: EntityMeetings = await query<EntityMeetings>(yoga, entityMeetings, { after });
      seen.push(...person.meetings.edges.map((e) => e.node.dateText));
      if (!person.meetings.pageInfo.hasNextPage) break;
      after = person.meetings.pageInfo.endCursor;
    }
    // Xi's three meetings of the fixture (4 November, May, undated), each stored ten times.
    expect(seen).toEqual([...Array(10).fill('2025-11-04'), ...Array(10).fill('2025-05'), ...Array(10).fill(null)]);
  });
});

describe('meetings in a date range', () => {
  it('page newest first off the date index, without sorting the whole range', async () => {
    await multiplyMeetings(testDb.db, 10);
    statements.length = 0;
    const data = await query<{ meetings: Page<{ dateText: string }> }>(
      yoga, '{ meetings(filter: { dateFrom: "2025", dateTo: "2025" }, first: 2) { edges { node { dateText } } } }',
    );
    expect(data.meetings.edges.map((e) => e.node.dateText)).toEqual(['2025-11-04', '2025-11-04']);
    const plans = await pagePlans([...statements], ['Meeting']);
    expect(plans).toHaveLength(1);
    const steps = plans[0]?.steps.join('; ');
    expect(steps).toContain('Meeting_date_idx');
    // SQLite's date index ends in the rowid, so it yields ties newest id first; PostgreSQL may
    // order ties within one date (an incremental sort), never the whole range.
    expect(steps).not.toMatch(/TEMP B-TREE|(^|; )Sort\b/);
  });

  it('still list undated meetings last when no date bound excludes them', async () => {
    type Dates = { first: Page<{ dateText: string | null }>; last: Page<{ dateText: string | null }> };
    const data = await query<Dates>(yoga, '{ first: meetings(first: 1) { edges { node { dateText } } } last: meetings(last: 2) { edges { node { dateText } } } }');
    expect(data.first.edges.map((e) => e.node.dateText)).toEqual(['2025-11-04']);
    expect(data.last.edges.map((e) => e.node.dateText)).toEqual([null, null]);
  });
});
