// network, sharedMeetings and meetingTimeline over the hand-written fixture: Xi met Mishustin
// (2025-11-04) and Putin (2025-05, month only; and one scheduled, undated); Li met Mishustin
// (2025-11-03).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNetwork } from '../../src/graphql/services/network.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase, multiplyMeetings } from './fixture.ts';
import { executeOperation, query, yogaFor, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
let statements = 0;
const ids: Record<string, string> = {};
beforeAll(async () => {
  testDb = await createFixtureDatabase({ onQuery: () => (statements += 1) });
  yoga = yogaFor(testDb.db);
  for (const name of ['Xi', 'Putin', 'Mishustin', 'Li Qiang']) {
    ids[name] = (await query<{ person: { id: string } }>(yoga, 'query($n: String!) { person(name: $n) { id } }', { n: name })).person.id;
  }
});
afterAll(async () => {
  await testDb?.close();
});

const network = `query($around: ID!, $depth: Int, $limit: Int, $filter: NetworkFilter) {
  network(around: $around, depth: $depth, limit: $limit, filter: $filter) {
    center { name }
    truncated
    nodes { depth meetingCount person { name } }
    edges { meetingCount source { name } target { name } meetings(first: 1) { totalCount pageInfo { hasNextPage } edges { node { dateText } } } }
  }
}`;

interface NetworkResult {
  network: {
    center: { name: string };
    truncated: boolean;
    nodes: Array<{ depth: number; meetingCount: number; person: { name: string } }>;
    edges: Array<{
      meetingCount: number; source: { name: string }; target: { name: string };
      meetings: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Array<{ node: { dateText: string | null } }> };
    }>;
  } | null;
}

const pairs = (result: NetworkResult) =>
  result.network?.edges.map((e) => `${[e.source.name, e.target.name].sort().join(' – ')}: ${e.meetingCount}`);

describe('network', () => {
  it('gives the people a person met, most met first, and the pairs among them weighted by shared meetings', async () => {
    const result = await query<NetworkResult>(yoga, network, { around: ids.Xi });
    expect(result.network?.center.name).toBe('Xi Jinping');
    expect(result.network?.nodes).toEqual([
      { depth: 0, meetingCount: 0, person: { name: 'Xi Jinping' } },
      { depth: 1, meetingCount: 2, person: { name: 'Vladimir Putin' } },
      { depth: 1, meetingCount: 1, person: { name: 'Mikhail Mishustin' } },
    ]);
    expect(pairs(result)).toEqual(['Vladimir Putin – Xi Jinping: 2', 'Mikhail Mishustin – Xi Jinping: 1']);
    const edge = result.network?.edges[0]?.meetings;
    expect(edge).toEqual({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { dateText: '2025-05' } }] });
    expect(result.network?.truncated).toBe(false);
  });

  it('reaches a second hop with depth 2, and includes pairs between neighbours', async () => {
    const result = await query<NetworkResult>(yoga, network, { around: ids.Putin, depth: 2 });
    expect(result.network?.nodes.map((n) => [n.person.name, n.depth])).toEqual([
      ['Vladimir Putin', 0], ['Xi Jinping', 1], ['Mikhail Mishustin', 2],
    ]);
    const wider = await query<NetworkResult>(yoga, network, { around: ids.Xi, depth: 2 });
    expect(wider.network?.nodes.map((n) => n.person.name)).toContain('Li Qiang');
    expect(pairs(wider)).toContain('Li Qiang – Mikhail Mishustin: 1');
  });

  it('keeps to the limit and says when it left people out', async () => {
    const result = await query<NetworkResult>(yoga, network, { around: ids.Xi, limit: 2 });
    expect(result.network?.nodes.map((n) => n.person.name)).toEqual(['Xi Jinping', 'Vladimir Putin']);
    expect(result.network?.truncated).toBe(true);
  });

  it('reads at most the most recent meetings it may scan, and says so', async () => {
    const xi = await testDb.db.person.findFirstOrThrow({ where: { name: 'Xi Jinping' } });
    const whole = await loadNetwork(testDb.db, { around: xi.id, depth: 1, limit: 51 });
    expect(whole.truncated).toBe(false);
    // Xi's most recent meeting is with Mishustin (2025-11-04); Putin's are older.
    const one = await loadNetwork(testDb.db, { around: xi.id, depth: 1, limit: 51, maxMeetingsScanned: 1 });
    expect(one.truncated).toBe(true);
    expect(one.nodes.map((n) => n.personId)).toEqual([xi.id, (await testDb.db.person.findFirstOrThrow({ where: { name: 'Mikhail Mishustin' } })).id]);
  });

  it('counts only meetings matching the filter', async () => {
    const held = await query<NetworkResult>(yoga, network, { around: ids.Xi, filter: { status: 'HELD' } });
    expect(pairs(held)).toEqual(['Mikhail Mishustin – Xi Jinping: 1', 'Vladimir Putin – Xi Jinping: 1']);
    const autumn = await query<NetworkResult>(yoga, network, { around: ids.Xi, filter: { dateFrom: '2025-06-01', dateTo: '2025-12-31' } });
    expect(pairs(autumn)).toEqual(['Mikhail Mishustin – Xi Jinping: 1']);
  });

  it('is null for an unknown person and refuses a depth beyond 2, naming the argument', async () => {
    const unknown = await query<NetworkResult>(yoga, network, { around: Buffer.from('Person:99999').toString('base64') });
    expect(unknown.network).toBeNull();
    const deep = await executeOperation(yoga, network, { around: ids.Xi, depth: 3 });
    expect(deep.errors?.[0]?.message).toBe('network: depth must be between 1 and 2, not 3');
    const notPerson = await executeOperation(yoga, network, { around: Buffer.from('Meeting:1').toString('base64') });
    expect(notPerson.errors?.[0]?.message).toMatch(/Person/);
  });

  it('adds the organizations of the network\'s meetings when asked, linked to the people who met with them', async () => {
    const withOrganizations = `query($around: ID!, $n: Int) { network(around: $around, depth: 2, organizations: $n) {
      organizations { meetingCount organization { name } }
      affiliations { meetingCount person { name } organization { name } }
    } }`;
    type Result = { network: {
      organizations: Array<{ meetingCount: number; organization: { name: string } }>;
      affiliations: Array<{ meetingCount: number; person: { name: string }; organization: { name: string } }>;
    } };
    const none = await query<Result>(yoga, withOrganizations, { around: ids.Xi });
    expect(none.network.organizations).toEqual([]);
    expect(none.network.affiliations).toEqual([]);
    const result = await query<Result>(yoga, withOrganizations, { around: ids.Xi, n: 5 });
    expect(result.network.organizations.map((o) => [o.organization.name, o.meetingCount]).sort()).toEqual([
      ['Communist Party of China', 1], ['Government of Russia', 1],
    ]);
    expect(result.network.affiliations.map((a) => `${a.person.name} @ ${a.organization.name}: ${a.meetingCount}`).sort()).toEqual([
      'Li Qiang @ Government of Russia: 1', 'Mikhail Mishustin @ Government of Russia: 1',
      'Vladimir Putin @ Communist Party of China: 1', 'Xi Jinping @ Communist Party of China: 1',
    ]);
    const one = await query<Result>(yoga, withOrganizations, { around: ids.Xi, n: 1 });
    expect(one.network.organizations).toHaveLength(1);
    expect(new Set(one.network.affiliations.map((a) => a.organization.name))).toEqual(new Set([one.network.organizations[0]!.organization.name]));
  });

  it('is covered by the cost limit', async () => {
    // 100 edges × 100 meetings × 100 participants: within the depth limit, far over the cost limit.
    const costly = `query($around: ID!) { network(around: $around, depth: 2, limit: 100) { edges { meetings(first: 100) { edges { node {
      participants(first: 100) { edges { node { name } } } } } } } } }`;
    const result = await executeOperation(yoga, costly, { around: ids.Xi });
    expect(result.errors?.[0]?.message).toMatch(/cost limit/i);
  });

  it('runs the same number of SQL statements however many meetings there are', async () => {
    const count = async () => {
      statements = 0;
      await query(yoga, network, { around: ids.Xi, depth: 2 });
      return statements;
    };
    const before = await count();
    await multiplyMeetings(testDb.db, 3);
    expect(await count()).toBe(before);
    const result = await query<NetworkResult>(yoga, network, { around: ids.Xi });
    expect(pairs(result)).toEqual(['Vladimir Putin – Xi Jinping: 6', 'Mikhail Mishustin – Xi Jinping: 3']);
  });
});

describe('sharedMeetings', () => {
  const shared = `query($people: [ID!]!, $filter: NetworkFilter) {
    sharedMeetings(people: $people, filter: $filter, first: 100) { totalCount edges { node { summary participants { edges { node { name } } } } } }
  }`;
  type Shared = { sharedMeetings: { totalCount: number; edges: Array<{ node: { summary: string; participants: { edges: Array<{ node: { name: string } }> } } }> } };

  it('lists the meetings every given person took part in', async () => {
    const result = await query<Shared>(yoga, shared, { people: [ids.Xi, ids.Mishustin] });
    expect(result.sharedMeetings.totalCount).toBeGreaterThan(0);
    for (const { node } of result.sharedMeetings.edges) {
      expect(node.participants.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['Xi Jinping', 'Mikhail Mishustin']));
    }
    const none = await query<Shared>(yoga, shared, { people: [ids.Putin, ids['Li Qiang']] });
    expect(none.sharedMeetings.totalCount).toBe(0);
  });

  it('refuses more than 10 people', async () => {
    const result = await executeOperation(yoga, shared, { people: Array.from({ length: 11 }, () => ids.Xi) });
    expect(result.errors?.[0]?.message).toBe('sharedMeetings: people must name 1 to 10 people, not 11');
  });
});
