// Full-text search over articles and entity names, kept in sync by triggers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';
import { limits } from '../../src/graphql/limits.ts';
import { searchWords } from '../../src/graphql/services/search-words.ts';
import { executeOperation, query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

type Hit = { cursor: string; score: number; snippet: string; node: { __typename: string; name?: string; title?: string; summary?: string } };
type SearchPage = Omit<Page<never>, 'edges'> & { edges: Hit[] };

async function search(text: string, extra = ''): Promise<SearchPage> {
  const data = await query<{ search: SearchPage }>(
    yoga,
    `query($q: String!) { search(query: $q${extra}) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
      edges { cursor score snippet node { __typename
        ... on Person { name } ... on Organization { name } ... on Place { name } ... on Article { title } ... on Meeting { summary } } } } }`,
    { q: text },
  );
  return data.search;
}

const label = (hit: Hit) => `${hit.node.__typename}:${hit.node.name ?? hit.node.title ?? hit.node.summary}`;

describe('search', () => {
  it('finds people, meetings and articles by name, best match first, with snippets', async () => {
    const result = await search('Mishustin');
    expect(result.edges.map(label)).toEqual([
      'Person:Mikhail Mishustin',
      'Meeting:Xi Jinping met Mikhail Mishustin',
      'Meeting:Li Qiang and Mikhail Mishustin co-chaired the 30th regular meeting',
      'Article:Xi calls for better synergy with Russia',
    ]);
    expect(result.totalCount).toBe(4);
    const scores = result.edges.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of result.edges) expect(hit.snippet).toContain('«Mishustin»');
  });

  it('ignores case and diacritics and finds aliases and acronyms', async () => {
    expect((await search('CPC')).edges.map(label)).toEqual(expect.arrayContaining(['Organization:Communist Party of China']));
    expect((await search('russian federation')).edges.map(label)).toEqual(['Place:Russia']);
    expect((await search('GREAT HALL')).edges.map(label)).toContain('Place:Great Hall of the People');
    expect((await search('Míshustín')).totalCount).toBe(4);
  });

  it('requires every word', async () => {
    expect((await search('Putin Moscow')).edges.map(label)).toEqual(['Article:Putin hosts Xi in Moscow']);
  });

  it('narrows to the requested kinds', async () => {
    const result = await search('Mishustin', ', types: [ARTICLE, PERSON]');
    expect(result.edges.map(label)).toEqual(['Person:Mikhail Mishustin', 'Article:Xi calls for better synergy with Russia']);
  });

  it('pages through results', async () => {
    const first = await search('Mishustin', ', first: 3');
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const data = await query<{ search: { edges: Hit[]; totalCount: number } }>(
      yoga, 'query($after: String) { search(query: "Mishustin", after: $after) { totalCount edges { score snippet node { __typename } } } }',
      { after: first.pageInfo.endCursor },
    );
    expect(data.search.edges.map((hit) => hit.node.__typename)).toEqual(['Article']);
    expect(data.search.totalCount).toBe(4);
  });

  it('treats search syntax as plain words and finds nothing in nothing', async () => {
    expect((await search('"xi" AND (NEAR')).totalCount).toBe(0);
    expect((await search('  ')).totalCount).toBe(0);
    expect((await search('Beijing"')).edges.map(label)).toContain('Place:Beijing');
  });

  it('follows writes: renamed, added and deleted entities', async () => {
    const person = await testDb.db.person.create({ data: { slug: 'sergei-lavrov', name: 'Sergei Lavrov' } });
    expect((await search('Lavrov')).edges.map(label)).toEqual(['Person:Sergei Lavrov']);
    await testDb.db.person.update({ where: { id: person.id }, data: { name: 'Sergey Lavrov' } });
    expect((await search('Sergey')).edges.map(label)).toEqual(['Person:Sergey Lavrov']);
    expect((await search('Sergei')).totalCount).toBe(0);
    await testDb.db.person.delete({ where: { id: person.id } });
    expect((await search('Lavrov')).totalCount).toBe(0);
  });

  it('counts a repeated word once, so the plan grows with distinct words, not with repeats', async () => {
    // FTS5 scores every phrase against every other occurrence: 100 × "the" took seconds.
    expect(searchWords('the THE thé the')).toEqual(['the']);
    const once = await search('Mishustin');
    const repeated = await search(Array.from({ length: 20 }, () => 'mishustin MISHUSTIN').join(' '));
    expect(repeated.edges.map(label)).toEqual(once.edges.map(label));
  });

  const refusal = async (text: string) =>
    (await executeOperation(yoga, 'query($q: String!) { search(query: $q) { totalCount } }', { q: text })).errors?.[0]?.message;

  it(`refuses queries longer than ${limits.maxSearchLength} characters, naming the argument`, async () => {
    expect(await refusal('x'.repeat(limits.maxSearchLength + 1))).toBe(
      `query is ${limits.maxSearchLength + 1} characters long; at most ${limits.maxSearchLength} are accepted.`,
    );
  });

  it(`refuses queries of more than ${limits.maxSearchTerms} distinct words`, async () => {
    const words = Array.from({ length: limits.maxSearchTerms + 1 }, (_, i) => `w${i}`).join(' ');
    expect(await refusal(words)).toBe(`query has ${limits.maxSearchTerms + 1} distinct words; at most ${limits.maxSearchTerms} are accepted.`);
    expect(await refusal(words.split(' ').slice(1).join(' '))).toBeUndefined();
  });
});
