// A connection's totalCount is read only when selected, and then only for the parents on the page:
// no statement aggregates a whole table, so none costs more as the corpus grows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerOfDatabase } from '../../src/db/client.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase, multiplyMeetings } from './fixture.ts';
import { query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
const statements: string[] = [];
beforeAll(async () => {
  testDb = await createFixtureDatabase({ onQuery: (sql) => statements.push(sql) });
  yoga = yogaFor(testDb.db);
});
afterAll(() => testDb.close());

// The benchmark's "a person's meetings with participants", with and without the counts.
const personMeetings = (counts: boolean) => `{
  person(name: "Xi") { name meetings(first: 2) { ${counts ? 'totalCount' : ''} edges { node { summary
    participants(first: 10) { ${counts ? 'totalCount' : ''} edges { node { name } } } } } } }
}`;
type PersonMeetings = { person: { meetings: Page<{ participants: Page<{ name: string }> }> } };

async function measure(document: string) {
  statements.length = 0;
  const data = await query<PersonMeetings>(yoga, document);
  return { data, statements: [...statements] };
}

const counting = (sql: string[]) => sql.filter((s) => /COUNT\(/i.test(s));

/** The steps of each statement's SQLite plan that read a whole table or index, or build an aggregate of one. */
async function wholeTableSteps(sql: string[]): Promise<string[]> {
  const steps: string[] = [];
  for (const statement of sql) {
    const params = statement.match(/\?/g)?.map(() => 1) ?? [];
    const plan = await testDb.db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${statement}`, ...params);
    steps.push(...plan.map((step) => step.detail).filter((detail) => /^(SCAN|MATERIALIZE)\b/.test(detail)));
  }
  return steps;
}

describe('totalCount', () => {
  it('is not read when no totalCount is selected', async () => {
    const { data, statements: sql } = await measure(personMeetings(false));
    expect(data.person.meetings.edges).toHaveLength(2);
    expect(counting(sql)).toEqual([]);
  });

  it('is counted for the page\'s parents only, in statements that stay the same with ten times the meetings', async () => {
    const small = await measure(personMeetings(true));
    await multiplyMeetings(testDb.db, 10);
    const large = await measure(personMeetings(true));

    expect(small.data.person.meetings.totalCount).toBe(3);
    expect(large.data.person.meetings.totalCount).toBe(30);
    expect(large.data.person.meetings.edges.map((e) => e.node.participants.totalCount))
      .toEqual(large.data.person.meetings.edges.map((e) => e.node.participants.edges.length));
    expect(large.statements.length).toBe(small.statements.length);
    // One count per connection, each restricted to the parents it counts for.
    const counts = counting(large.statements);
    expect(counts).toHaveLength(2);
    for (const sql of counts) expect(sql).toMatch(/WHERE [^()]*\b(personId|meetingId)[`"]? IN \(/);
    if (providerOfDatabase(testDb.db) === 'sqlite') {
      // Rows read stay flat: every table is reached through an index seek, none scanned or aggregated whole.
      expect(await wholeTableSteps(large.statements)).toEqual([]);
    }
  });
});
