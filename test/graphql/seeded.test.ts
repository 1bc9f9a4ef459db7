// The API over the seed articles, ingested by the real pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';
import { nodes, query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
beforeAll(async () => {
  testDb = await createTestDatabase();
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

type Named = { id: string; name: string };

describe('seeded data', () => {
  it('lists every root collection with consistent counts', async () => {
    const data = await query<Record<'articles' | 'people' | 'organizations' | 'places' | 'meetings', Page<{ id: string }>>>(yoga, `{
      articles(first: 100) { totalCount edges { node { id } } }
      people(first: 100) { totalCount edges { node { id } } }
      organizations(first: 100) { totalCount edges { node { id } } }
      places(first: 100) { totalCount edges { node { id } } }
      meetings(first: 100) { totalCount edges { node { id } } }
    }`);
    expect(data.articles.totalCount).toBe(5);
    for (const [field, page] of Object.entries(data)) {
      expect(page.edges.length, field).toBe(Math.min(page.totalCount, 100));
      expect(page.totalCount, field).toBeGreaterThan(0);
    }
  });

  it('finds every person again by each of their aliases', async () => {
    const data = await query<{ people: Page<Named & { aliases: Page<{ name: string }> }> }>(
      yoga, '{ people(first: 100) { edges { node { id name aliases { edges { node { name } } } } } } }',
    );
    const [first] = nodes(data.people);
    expect(first).toBeDefined();
    for (const alias of nodes(first!.aliases)) {
      const found = await query<{ person: Named | null }>(yoga, 'query($name: String!) { person(name: $name) { id name } }', { name: alias.name.toUpperCase() });
      // An ambiguous alias may name a more-mentioned person; the full name must not.
      if (alias.name === first!.name) expect(found.person?.id).toBe(first!.id);
      expect(found.person).not.toBeNull();
    }
  });

  it('resolves "xi" to Xi Jinping', async () => {
    const data = await query<{ person: Named | null }>(yoga, '{ person(name: "xi") { id name } }');
    expect(data.person?.name).toBe('Xi Jinping');
  });

  it("lists Xi Jinping's meeting with Mikhail Mishustin on 2025-11-04 at the Great Hall of the People", async () => {
    const data = await query<{
      person: { meetings: Page<{ dateText: string | null; status: string; venue: { name: string } | null; participants: Page<{ name: string }>; sources: Page<{ article: { slug: string }; sentence: { text: string } }> }> };
    }>(yoga, `{ person(name: "Xi Jinping") { meetings(first: 100) { edges { node {
      dateText status venue { name } participants { edges { node { name } } }
      sources { edges { node { article { slug } sentence { text } } } }
    } } } } }`);
    const meeting = nodes(data.person.meetings).find((m) => nodes(m.participants).some((p) => p.name === 'Mikhail Mishustin'));
    expect(meeting).toMatchObject({ dateText: '2025-11-04', status: 'HELD', venue: { name: 'Great Hall of the People' } });
    const [source] = nodes(meeting!.sources);
    expect(source?.article.slug).toBe('001-eeb6f145542a736b');
    expect(source?.sentence.text).toContain('Mishustin');
  });

  it('finds the meeting by participant, location and date filters', async () => {
    const data = await query<{ meetings: Page<{ participants: Page<{ name: string }> }> }>(yoga, `{
      meetings(filter: { participant: "Mishustin", location: "Beijing", dateFrom: "2025-11-04", dateTo: "2025-11-04" }) {
        totalCount edges { node { participants { edges { node { name } } } } }
      }
    }`);
    expect(nodes(data.meetings).map((m) => nodes(m.participants).map((p) => p.name))).toContainEqual(
      expect.arrayContaining(['Xi Jinping', 'Mikhail Mishustin']),
    );
  });

  it('says Xi Jinping met Mikhail Mishustin', async () => {
    const data = await query<{ person: { metWith: Page<{ meetingCount: number; person: { name: string } }> } }>(
      yoga, '{ person(name: "xi") { metWith(first: 100) { edges { node { meetingCount person { name } } } } } }',
    );
    const counterpart = nodes(data.person.metWith).find((c) => c.person.name === 'Mikhail Mishustin');
    expect(counterpart?.meetingCount).toBeGreaterThanOrEqual(1);
  });

  it('searches the seed articles', async () => {
    const data = await query<{ search: Page<{ __typename: string; name?: string; slug?: string }> }>(
      yoga, '{ search(query: "Mishustin") { totalCount edges { node { __typename ... on Person { name } ... on Article { slug } } } } }',
    );
    const found = nodes(data.search);
    expect(found).toContainEqual({ __typename: 'Person', name: 'Mikhail Mishustin' });
    expect(found).toContainEqual({ __typename: 'Article', slug: '001-eeb6f145542a736b' });
  });
});
