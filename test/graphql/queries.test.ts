// Root fields, filters, ordering, pagination, lookups and relations, on the hand-written fixture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';
import { nodes, query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

type Named = { name: string };

async function meetingSummaries(args: string): Promise<string[]> {
  const data = await query<{ meetings: Page<{ summary: string }> }>(
    yoga, `{ meetings(${args || 'first: 20'}) { totalCount edges { node { summary } } } }`,
  );
  expect(data.meetings.totalCount).toBe(data.meetings.edges.length);
  return nodes(data.meetings).map((m) => m.summary);
}

const m1 = 'Xi Jinping met Mikhail Mishustin';
const m2 = 'Li Qiang and Mikhail Mishustin co-chaired the 30th regular meeting';
const m3 = 'Vladimir Putin hosted Xi Jinping';
const m4 = 'Xi Jinping and Vladimir Putin plan to meet again';

describe('meetings', () => {
  it('lists meetings newest first, undated last, with dates to their precision', async () => {
    const data = await query<{ meetings: Page<{ summary: string; date: string | null; dateText: string | null; datePrecision: string; status: string }> }>(
      yoga, '{ meetings { totalCount edges { node { summary date dateText datePrecision status } } } }',
    );
    expect(nodes(data.meetings)).toEqual([
      { summary: m1, date: '2025-11-04', dateText: '2025-11-04', datePrecision: 'DAY', status: 'HELD' },
      { summary: m2, date: '2025-11-03', dateText: '2025-11-03', datePrecision: 'DAY', status: 'HELD' },
      { summary: m3, date: '2025-05-01', dateText: '2025-05', datePrecision: 'MONTH', status: 'HELD' },
      { summary: m4, date: null, dateText: null, datePrecision: 'UNKNOWN', status: 'SCHEDULED' },
    ]);
    expect(data.meetings.totalCount).toBe(4);
  });

  it('orders oldest first on request, still with undated meetings last', async () => {
    expect(await meetingSummaries('orderBy: { field: DATE, direction: ASC }')).toEqual([m3, m2, m1, m4]);
  });

  it('filters by participant, under any alias and case', async () => {
    expect(await meetingSummaries('filter: { participant: "XI" }')).toEqual([m1, m3, m4]);
    expect(await meetingSummaries('filter: { participant: "Premier Li" }')).toEqual([m2]);
  });

  it('filters by organization', async () => {
    expect(await meetingSummaries('filter: { organization: "cpc" }')).toEqual([m3]);
    expect(await meetingSummaries('filter: { organization: "Russian government" }')).toEqual([m2]);
  });

  it('filters by location: the place, its venue, the region containing it, or its country', async () => {
    expect(await meetingSummaries('filter: { location: "Beijing" }')).toEqual([m1]);
    expect(await meetingSummaries('filter: { location: "great hall of the people" }')).toEqual([m1]);
    expect(await meetingSummaries('filter: { location: "Zhejiang province" }')).toEqual([m2]);
    expect(await meetingSummaries('filter: { location: "Russian Federation" }')).toEqual([m3]);
  });

  it('filters by date range and status', async () => {
    expect(await meetingSummaries('filter: { dateFrom: "2025-11-01" }')).toEqual([m1, m2]);
    expect(await meetingSummaries('filter: { dateFrom: "2025-05-01", dateTo: "2025-11-03" }')).toEqual([m2, m3]);
    expect(await meetingSummaries('filter: { status: SCHEDULED }')).toEqual([m4]);
    expect(await meetingSummaries('filter: { participant: "xi", status: HELD }')).toEqual([m1, m3]);
  });

  it('rejects a malformed date', async () => {
    const result = await query<unknown>(yoga, '{ meetings(filter: { dateFrom: "2025-02-30" }) { totalCount } }').catch((e: Error) => e);
    expect(String(result)).toContain('not a calendar date');
  });

  it('pages with cursors, across the undated meeting, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: { meetings: Page<{ summary: string }> } = await query(
        yoga, 'query($after: String) { meetings(first: 3, after: $after) { totalCount edges { node { summary } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...nodes(data.meetings).map((m) => m.summary));
      expect(data.meetings.totalCount).toBe(4);
      if (!data.meetings.pageInfo.hasNextPage) break;
      after = data.meetings.pageInfo.endCursor;
    }
    expect(seen).toEqual([m1, m2, m3, m4]);
    const last = await query<{ meetings: Page<{ summary: string }> }>(yoga, '{ meetings(last: 2) { totalCount edges { node { summary } } } }');
    expect(nodes(last.meetings).map((m) => m.summary)).toEqual([m3, m4]);
  });

  it('relates participants, organizations, location, venue and sources with their evidence', async () => {
    const data = await query<{
      meetings: Page<{
        summary: string; location: Named | null; venue: Named | null;
        participants: Page<Named>; organizations: Page<Named & { acronym: string | null }>;
        sources: Page<{ summary: string; start: number; end: number; article: { slug: string }; sentence: { text: string } }>;
      }>;
    }>(yoga, `{ meetings(first: 2) { edges { node {
      summary location { name } venue { name }
      participants { totalCount edges { node { name } } }
      organizations { totalCount edges { node { name acronym } } }
      sources { totalCount edges { node { summary start end article { slug } sentence { text } } } }
    } } } }`);
    const [first, second] = nodes(data.meetings);
    expect(first?.location?.name).toBe('Beijing');
    expect(first?.venue?.name).toBe('Great Hall of the People');
    expect(nodes(first!.participants).map((p) => p.name)).toEqual(['Mikhail Mishustin', 'Xi Jinping']);
    expect(first?.participants.totalCount).toBe(2);
    expect(first?.organizations.totalCount).toBe(0);
    expect(nodes(second!.organizations)).toEqual([{ name: 'Government of Russia', acronym: null }]);
    const [source] = nodes(first!.sources);
    expect(source?.article.slug).toBe('fixture-001');
    expect(source?.sentence.text).toBe('President Xi Jinping met with Russian Prime Minister Mikhail Mishustin in Beijing on Tuesday.');
    expect(source!.end - source!.start).toBe(source!.sentence.text.length);
  });
});

describe('articles', () => {
  const slugs = async (args: string) => {
    const data = await query<{ articles: Page<{ slug: string }> }>(yoga, `{ articles${args ? `(${args})` : ''} { totalCount edges { node { slug } } } }`);
    expect(data.articles.totalCount).toBe(data.articles.edges.length);
    return nodes(data.articles).map((a) => a.slug);
  };

  it('lists articles newest first, or by title', async () => {
    expect(await slugs('')).toEqual(['fixture-001', 'fixture-002']);
    expect(await slugs('orderBy: { field: PUBLISHED_ON, direction: ASC }')).toEqual(['fixture-002', 'fixture-001']);
    expect(await slugs('orderBy: { field: TITLE, direction: ASC }')).toEqual(['fixture-002', 'fixture-001']);
  });

  it('filters by publication date, source and what they mention', async () => {
    expect(await slugs('filter: { publishedFrom: "2025-06-01" }')).toEqual(['fixture-001']);
    expect(await slugs('filter: { publishedTo: "2025-05-09" }')).toEqual(['fixture-002']);
    expect(await slugs('filter: { source: "xinhua" }')).toEqual(['fixture-001']);
    expect(await slugs('filter: { source: "TASS" }')).toEqual(['fixture-002']);
    expect(await slugs('filter: { mentionsPerson: "putin" }')).toEqual(['fixture-002']);
    expect(await slugs('filter: { mentionsPerson: "Xi" }')).toEqual(['fixture-001', 'fixture-002']);
    expect(await slugs('filter: { mentionsOrganization: "CPC Central Committee" }')).toEqual(['fixture-001']);
  });

  it('looks an article up by slug, with its metadata', async () => {
    const data = await query<{ article: { title: string; publishedOn: string; source: string; dateline: string; datelinePlace: Named; fileName: string } | null; missing: null }>(
      yoga, '{ article(slug: "fixture-001") { title publishedOn source dateline datelinePlace { name } fileName } missing: article(slug: "nope") { title } }',
    );
    expect(data.article).toEqual({
      title: 'Xi calls for better synergy with Russia', publishedOn: '2025-11-05', source: 'Xinhua',
      dateline: 'BEIJING', datelinePlace: { name: 'Beijing' }, fileName: 'fixture-001.txt',
    });
    expect(data.missing).toBeNull();
  });

  it('relates people, organizations, places and meetings in reading order, and mentions with spans', async () => {
    const data = await query<{
      article: {
        body: string; people: Page<Named>; organizations: Page<Named>; places: Page<Named>; meetings: Page<{ summary: string }>;
        mentions: Page<{ text: string; start: number; end: number; entityType: string; sentence: { text: string }; place: Named | null }>;
      };
    }>(yoga, `{ article(slug: "fixture-001") {
      body
      people { totalCount edges { node { name } } }
      organizations { totalCount edges { node { name } } }
      places { totalCount edges { node { name } } }
      meetings { totalCount edges { node { summary } } }
      mentions(entityType: PLACE) { totalCount edges { node { text start end entityType sentence { text } place { name } } } }
    } }`);
    const { article } = data;
    expect(nodes(article.people).map((p) => p.name)).toEqual(['Xi Jinping', 'Mikhail Mishustin', 'Li Qiang']);
    expect(nodes(article.organizations).map((o) => o.name)).toEqual(['CPC Central Committee']);
    expect(nodes(article.places).map((p) => p.name)).toEqual(['Beijing', 'Great Hall of the People', 'Hangzhou']);
    expect(nodes(article.meetings).map((m) => m.summary)).toEqual([m1, m2]);
    expect(article.mentions.totalCount).toBe(3);
    for (const mention of nodes(article.mentions)) {
      expect(mention.entityType).toBe('PLACE');
      expect(article.body.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.sentence.text).toContain(mention.text);
      expect(mention.place?.name).toBe(mention.text);
    }
  });
});

describe('people', () => {
  const names = async (args: string) => {
    const data = await query<{ people: Page<Named> }>(yoga, `{ people${args ? `(${args})` : ''} { totalCount edges { node { name } } } }`);
    expect(data.people.totalCount).toBe(data.people.edges.length);
    return nodes(data.people).map((p) => p.name);
  };

  it('lists people by name, either way', async () => {
    expect(await names('')).toEqual(['Li Qiang', 'Mikhail Mishustin', 'Vladimir Putin', 'Xi Jinping']);
    expect(await names('orderBy: { direction: DESC }')).toEqual(['Xi Jinping', 'Vladimir Putin', 'Mikhail Mishustin', 'Li Qiang']);
  });

  it('filters by country, organization and name', async () => {
    expect(await names('filter: { country: "Russia" }')).toEqual(['Mikhail Mishustin', 'Vladimir Putin']);
    expect(await names('filter: { country: "people\'s republic of china" }')).toEqual(['Li Qiang', 'Xi Jinping']);
    expect(await names('filter: { organization: "Government of Russia" }')).toEqual(['Mikhail Mishustin']);
    expect(await names('filter: { organization: "CPC Central Committee", country: "China" }')).toEqual(['Xi Jinping']);
    expect(await names('filter: { name: "putin" }')).toEqual(['Vladimir Putin']);
  });

  it('looks a person up by any alias, ignoring case and punctuation', async () => {
    for (const name of ['xi', 'XI JINPING', 'Xi-Jinping', 'President Xi', 'xi jinping']) {
      const data = await query<{ person: Named | null }>(yoga, 'query($name: String!) { person(name: $name) { name } }', { name });
      expect(data.person?.name, name).toBe('Xi Jinping');
    }
    const none = await query<{ person: Named | null }>(yoga, '{ person(name: "Nobody") { name } }');
    expect(none.person).toBeNull();
  });

  it('relates aliases, roles, organizations, meetings, articles and mentions', async () => {
    const data = await query<{
      person: {
        country: Named; aliases: Page<{ name: string; normalized: string }>;
        roles: Page<{ title: string; organization: Named | null; country: Named | null; article: { slug: string }; sentence: { text: string } }>;
        organizations: Page<Named>; meetings: Page<{ summary: string }>; articles: Page<{ slug: string }>;
        mentions: Page<{ text: string; article: { slug: string } }>;
      };
    }>(yoga, `{ person(name: "xi") {
      country { name }
      aliases { totalCount edges { node { name normalized } } }
      roles { totalCount edges { node { title organization { name } country { name } article { slug } sentence { text } } } }
      organizations { totalCount edges { node { name } } }
      meetings { totalCount edges { node { summary } } }
      articles { totalCount edges { node { slug } } }
      mentions { totalCount edges { node { text article { slug } } } }
    } }`);
    const { person } = data;
    expect(person.country.name).toBe('China');
    expect(nodes(person.aliases)).toEqual([
      { name: 'Xi Jinping', normalized: 'xi jinping' }, { name: 'Xi', normalized: 'xi' }, { name: 'President Xi', normalized: 'president xi' },
    ]);
    expect(nodes(person.roles).map((r) => [r.title, r.organization?.name ?? null, r.country?.name ?? null])).toEqual([
      ['President', null, 'China'], ['general secretary', 'CPC Central Committee', null],
    ]);
    expect(nodes(person.roles)[1]?.sentence.text).toContain('general secretary of the CPC Central Committee');
    expect(nodes(person.organizations).map((o) => o.name)).toEqual(['CPC Central Committee']);
    expect(nodes(person.meetings).map((m) => m.summary)).toEqual([m1, m3, m4]);
    expect(person.meetings.totalCount).toBe(3);
    expect(nodes(person.articles).map((a) => a.slug)).toEqual(['fixture-001', 'fixture-002']);
    expect(person.mentions.totalCount).toBe(3);
    expect(nodes(person.mentions).map((m) => [m.text, m.article.slug])).toEqual([
      ['Xi Jinping', 'fixture-001'], ['Xi', 'fixture-001'], ['Xi Jinping', 'fixture-002'],
    ]);
  });

  it('says whom a person met, how often and at which meetings', async () => {
    const data = await query<{ person: { metWith: Page<{ meetingCount: number; person: Named; meetings: Page<{ summary: string }> }> } }>(
      yoga, `{ person(name: "Xi Jinping") { metWith { totalCount edges { node {
        meetingCount person { name } meetings { totalCount edges { node { summary } } }
      } } } } }`,
    );
    expect(data.person.metWith.totalCount).toBe(2);
    expect(nodes(data.person.metWith).map((c) => ({
      name: c.person.name, count: c.meetingCount, total: c.meetings.totalCount, meetings: nodes(c.meetings).map((m) => m.summary),
    }))).toEqual([
      { name: 'Vladimir Putin', count: 2, total: 2, meetings: [m3, m4] },
      { name: 'Mikhail Mishustin', count: 1, total: 1, meetings: [m1] },
    ]);
  });
});

describe('organizations', () => {
  it('lists and filters organizations', async () => {
    const data = await query<{ all: Page<Named>; organs: Page<Named>; russian: Page<Named>; byAcronym: Page<Named> }>(yoga, `{
      all: organizations { totalCount edges { node { name } } }
      organs: organizations(filter: { parent: "CPC" }) { totalCount edges { node { name } } }
      russian: organizations(filter: { country: "Russia" }) { totalCount edges { node { name } } }
      byAcronym: organizations(filter: { name: "cpc" }, orderBy: { direction: DESC }) { totalCount edges { node { name } } }
    }`);
    // Names compare by code point, as SQLite does: "CPC" sorts before "Communist".
    expect(nodes(data.all).map((o) => o.name)).toEqual(['CPC Central Committee', 'Communist Party of China', 'Government of Russia']);
    expect(nodes(data.organs).map((o) => o.name)).toEqual(['CPC Central Committee']);
    expect(nodes(data.russian).map((o) => o.name)).toEqual(['Government of Russia']);
    expect(nodes(data.byAcronym).map((o) => o.name)).toEqual(['Communist Party of China']);
  });

  it('looks an organization up by acronym, with parent, children, people, meetings and articles', async () => {
    const data = await query<{
      cpc: { name: string; acronym: string; country: Named; children: Page<Named>; meetings: Page<{ summary: string }>; aliases: Page<Named> };
      committee: { parent: Named; people: Page<Named>; articles: Page<{ slug: string }> };
    }>(yoga, `{
      cpc: organization(name: "CPC") { name acronym country { name } children { totalCount edges { node { name } } }
        meetings { totalCount edges { node { summary } } } aliases { totalCount edges { node { name } } } }
      committee: organization(name: "cpc central committee") { parent { name } people { totalCount edges { node { name } } }
        articles { totalCount edges { node { slug } } } }
    }`);
    expect(data.cpc).toMatchObject({ name: 'Communist Party of China', acronym: 'CPC', country: { name: 'China' } });
    expect(nodes(data.cpc.children).map((o) => o.name)).toEqual(['CPC Central Committee']);
    expect(nodes(data.cpc.meetings).map((m) => m.summary)).toEqual([m3]);
    expect(nodes(data.cpc.aliases).map((a) => a.name)).toEqual(['Communist Party of China', 'CPC']);
    expect(data.committee.parent.name).toBe('Communist Party of China');
    expect(nodes(data.committee.people).map((p) => p.name)).toEqual(['Xi Jinping']);
    expect(nodes(data.committee.articles).map((a) => a.slug)).toEqual(['fixture-001']);
  });
});

describe('places', () => {
  it('lists and filters places', async () => {
    const data = await query<{ cities: Page<Named>; chinese: Page<Named> }>(yoga, `{
      cities: places(filter: { kind: CITY }) { totalCount edges { node { name } } }
      chinese: places(filter: { country: "China" }, orderBy: { field: NAME, direction: ASC }) { totalCount edges { node { name } } }
    }`);
    expect(nodes(data.cities).map((p) => p.name)).toEqual(['Beijing', 'Hangzhou', 'Moscow']);
    expect(nodes(data.chinese).map((p) => p.name)).toEqual(['Beijing', 'Great Hall of the People', 'Hangzhou', 'Zhejiang']);
  });

  it('looks a place up by alias, with its meetings (located or hosted there) and articles', async () => {
    const data = await query<{
      venue: { kind: string; parent: Named; country: Named; meetings: Page<{ summary: string }> };
      city: { meetings: Page<{ summary: string }>; articles: Page<{ slug: string }>; children: Page<Named> };
      region: { children: Page<Named> };
    }>(yoga, `{
      venue: place(name: "great hall of the people") { kind parent { name } country { name } meetings { totalCount edges { node { summary } } } }
      city: place(name: "BEIJING") { meetings { totalCount edges { node { summary } } } articles { totalCount edges { node { slug } } }
        children { totalCount edges { node { name } } } }
      region: place(name: "Zhejiang province") { children { totalCount edges { node { name } } } }
    }`);
    expect(data.venue).toMatchObject({ kind: 'VENUE', parent: { name: 'Beijing' }, country: { name: 'China' } });
    expect(nodes(data.venue.meetings).map((m) => m.summary)).toEqual([m1]);
    expect(nodes(data.city.meetings).map((m) => m.summary)).toEqual([m1]);
    expect(data.city.meetings.totalCount).toBe(1);
    expect(nodes(data.city.articles).map((a) => a.slug)).toEqual(['fixture-001']);
    expect(nodes(data.city.children).map((p) => p.name)).toEqual(['Great Hall of the People']);
    expect(nodes(data.region.children).map((p) => p.name)).toEqual(['Hangzhou']);
  });
});

describe('global IDs', () => {
  it('refetches any node by its ID, singly and in order', async () => {
    const ids = await query<{ person: { id: string }; meetings: Page<{ id: string }>; article: { id: string } }>(
      yoga, '{ person(name: "putin") { id } meetings(first: 1) { edges { node { id } } } article(slug: "fixture-002") { id } }',
    );
    const meetingId = nodes(ids.meetings)[0]!.id;
    const data = await query<{ node: Named & { __typename: string }; nodes: Array<{ __typename: string; summary?: string; slug?: string; name?: string }> }>(
      yoga,
      `query($id: ID!, $ids: [ID!]!) {
        node(id: $id) { __typename ... on Person { name } }
        nodes(ids: $ids) { __typename ... on Meeting { summary } ... on Article { slug } ... on Person { name } }
      }`,
      { id: ids.person.id, ids: [meetingId, ids.article.id, ids.person.id] },
    );
    expect(data.node).toEqual({ __typename: 'Person', name: 'Vladimir Putin' });
    expect(data.nodes).toEqual([
      { __typename: 'Meeting', summary: m1 }, { __typename: 'Article', slug: 'fixture-002' }, { __typename: 'Person', name: 'Vladimir Putin' },
    ]);
    expect(new Set([ids.person.id, meetingId, ids.article.id]).size).toBe(3);
  });
});

describe('connections', () => {
  const lookups: Record<string, string> = {
    Article: 'article(slug: "fixture-001")', Person: 'person(name: "xi")', Organization: 'organization(name: "cpc")',
    Place: 'place(name: "beijing")', Meeting: 'meetings(first: 1) { edges { node',
  };

  it.each([
    ['only totalCount', 'totalCount'],
    ['only cursors', 'edges { cursor } pageInfo { hasNextPage }'],
  ])('answer %s on every relation of every entity', async (_case, selection) => {
    for (const [type, lookup] of Object.entries(lookups)) {
      const introspection = await query<{ __type: { fields: Array<{ name: string; type: { name: string | null; ofType: { name: string } | null } }> } }>(
        yoga, `{ __type(name: "${type}") { fields { name type { name ofType { name } } } } }`,
      );
      const connections = introspection.__type.fields
        .filter((f) => (f.type.name ?? f.type.ofType?.name ?? '').endsWith('Connection'))
        .map((f) => f.name);
      expect(connections.length, type).toBeGreaterThan(2);
      const closing = lookup.includes('edges') ? ' } }' : '';
      const document = `{ ${lookup} { ${connections.map((name) => `${name} { ${selection} }`).join(' ')} }${closing} }`;
      await expect(query(yoga, document), `${type}: ${document}`).resolves.toBeDefined();
    }
  });
});
