// Answers a GraphQL user expects (issue 11, items 6–9): null for ids of missing rows, names
// as articles write them, partial dates as filter bounds, and text filters taken literally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../src/graphql/limits.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';
import { executeOperation, nodes, query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');

describe('ids of rows that do not exist', () => {
  it('node(id:) answers null, without an error', async () => {
    const result = await executeOperation<{ node: unknown }>(yoga, 'query($id: ID!) { node(id: $id) { id } }', { id: globalId('Person', 999_999) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toBeNull();
  });

  it('nodes(ids:) answers null for the missing one and the others as usual', async () => {
    const xi = await testDb.db.person.findFirstOrThrow({ where: { name: 'Xi Jinping' } });
    const data = await query<{ nodes: Array<{ name?: string } | null> }>(
      yoga, 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { name } } }', { ids: [globalId('Person', xi.id), globalId('Meeting', 999_999)] },
    );
    expect(data.nodes).toEqual([{ name: 'Xi Jinping' }, null]);
  });
});

describe('names as articles write them, with a title', () => {
  it.each([
    ['President Xi Jinping', 'Xi Jinping'],
    ['Russian Prime Minister Mikhail Mishustin', 'Mikhail Mishustin'],
    ['Chinese Premier Li Qiang', 'Li Qiang'],
  ])('person(name: %j) is %s', async (name, expected) => {
    const data = await query<{ person: { name: string } | null }>(yoga, 'query($name: String!) { person(name: $name) { name } }', { name });
    expect(data.person?.name).toBe(expected);
  });

  it('still answers null for a name with no entity in it', async () => {
    const data = await query<{ person: unknown }>(yoga, '{ person(name: "Secretary-General Nobody Known") { name } }');
    expect(data.person).toBeNull();
  });

  it('finds places and organizations the same way', async () => {
    const data = await query<{ place: { name: string } | null; organization: { name: string } | null }>(
      yoga, '{ place(name: "the Chinese capital Beijing") { name } organization(name: "the ruling Communist Party of China") { name } }',
    );
    expect(data.place?.name).toBe('Beijing');
    expect(data.organization?.name).toBe('Communist Party of China');
  });

  it(`refuses names longer than ${limits.maxNameLength} characters, naming the argument`, async () => {
    const result = await executeOperation(yoga, 'query($name: String!) { person(name: $name) { name } }', { name: 'Xi '.repeat(10_000) });
    expect(result.errors?.[0]?.message).toMatch(/^name is 30000 characters long/);
  });
});

describe('partial dates as filter bounds', () => {
  const meetingDates = async (filter: Record<string, string>) => {
    const data = await query<{ meetings: Page<{ dateText: string | null }> }>(
      yoga, 'query($filter: MeetingFilter) { meetings(filter: $filter, orderBy: { direction: ASC }) { edges { node { dateText } } } }', { filter },
    );
    return nodes(data.meetings).map((m) => m.dateText);
  };

  it('a month bounds from its first day and to its last day', async () => {
    expect(await meetingDates({ dateFrom: '2025-05', dateTo: '2025-05' })).toEqual(['2025-05']);
    expect(await meetingDates({ dateFrom: '2025-06' })).toEqual(['2025-11-03', '2025-11-04']);
  });

  it('a year bounds the same way, and full dates work as before', async () => {
    expect(await meetingDates({ dateFrom: '2025', dateTo: '2025' })).toEqual(['2025-05', '2025-11-03', '2025-11-04']);
    expect(await meetingDates({ dateTo: '2025-11-03' })).toEqual(['2025-05', '2025-11-03']);
  });

  it('articles take partial publication dates too', async () => {
    const data = await query<{ articles: { totalCount: number } }>(yoga, '{ articles(filter: { publishedFrom: "2025-11", publishedTo: "2025" }) { totalCount } }');
    expect(data.articles.totalCount).toBe(1);
  });

  it('refuses what is not a date, saying which forms are accepted', async () => {
    const result = await executeOperation(yoga, '{ meetings(filter: { dateFrom: "2025-13" }) { totalCount } }');
    expect(result.errors?.[0]?.message).toMatch(/2025-13 is not a calendar date: expected YYYY-MM-DD, YYYY-MM or YYYY/);
  });
});

describe('article source filter', () => {
  const sourced = async (source: string) =>
    (await query<{ articles: { totalCount: number } }>(yoga, 'query($s: String) { articles(filter: { source: $s }) { totalCount } }', { s: source })).articles.totalCount;

  it('takes % and _ literally', async () => {
    expect(await sourced('%')).toBe(0);
    expect(await sourced('_')).toBe(0);
    expect(await sourced('x%a')).toBe(0);
  });

  it('still matches part of the name, ignoring case', async () => {
    expect(await sourced('xin')).toBe(1);
    expect(await sourced('TASS')).toBe(1);
  });

  it(`refuses a source longer than ${limits.maxNameLength} characters, naming the field`, async () => {
    const result = await executeOperation(yoga, 'query($s: String) { articles(filter: { source: $s }) { totalCount } }', { s: 'x'.repeat(100_000) });
    expect(result.errors?.[0]?.message).toBe(`filter.source is 100000 characters long; at most ${limits.maxNameLength} are accepted.`);
  });
});
