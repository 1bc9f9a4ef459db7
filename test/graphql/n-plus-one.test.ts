// SQL statements per operation depend on the query's shape, not on how many rows it returns.
import { afterEach, describe, expect, it } from 'vitest';
import { providerOfDatabase } from '../../src/db/client.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase, multiplyMeetings } from './fixture.ts';
import { nodes, query, yogaFor, type Page } from './support.ts';

const meetingsParticipantsOrganizations = `{
  meetings(first: 100) { totalCount edges { node {
    summary
    participants { totalCount edges { node { name organizations { totalCount edges { node { name } } } } } }
  } } }
}`;

const peopleMetWith = `{
  people(first: 100) { edges { node {
    name
    metWith { totalCount edges { node { meetingCount person { name country { name } } meetings { edges { node { dateText venue { name } } } } } } }
  } } }
}`;

type MeetingsResult = {
  meetings: Page<{ participants: Page<{ organizations: Page<{ name: string }> }> }>;
};

const open: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

/** Runs `document` and returns its data with the number of SQL statements it took. */
async function measure<T>(testDb: TestDatabase, statements: string[], document: string) {
  const yoga = yogaFor(testDb.db);
  statements.length = 0;
  const data = await query<T>(yoga, document);
  return { data, statements: statements.length };
}

async function measured(create: (onQuery: (sql: string) => void) => Promise<TestDatabase>) {
  const statements: string[] = [];
  const testDb = await create((sql) => statements.push(sql));
  open.push(testDb);
  return { testDb, statements };
}

const participantRows = (data: MeetingsResult) =>
  nodes(data.meetings).reduce((sum, meeting) => sum + meeting.participants.edges.length, 0);

describe('SQL statements per operation', () => {
  it('stay the same for meetings → participants → organizations with ten times the meetings (fixture)', async () => {
    const { testDb, statements } = await measured((onQuery) => createFixtureDatabase({ onQuery }));
    const small = await measure<MeetingsResult>(testDb, statements, meetingsParticipantsOrganizations);
    await multiplyMeetings(testDb.db, 10);
    const large = await measure<MeetingsResult>(testDb, statements, meetingsParticipantsOrganizations);

    expect(small.data.meetings.totalCount).toBe(4);
    expect(large.data.meetings.totalCount).toBe(40);
    expect(participantRows(large.data)).toBe(10 * participantRows(small.data));
    // SQLite: meetings, totalCount, participants, their counts for the page's meetings, people,
    // their organizations (one PersonOrganization page per level), the organizations and their
    // counts. PostgreSQL loads the relations in the meetings' own statement (relationJoins):
    // meetings with everything below them, totalCount and the two levels of counts.
    expect(small.statements).toBe(providerOfDatabase(testDb.db) === 'postgresql' ? 4 : 8);
    expect(large.statements).toBe(small.statements);
  });

  it('stay the same for people → metWith → people and meetings with ten times the meetings', async () => {
    const { testDb, statements } = await measured((onQuery) => createFixtureDatabase({ onQuery }));
    const small = await measure<{ people: Page<{ metWith: Page<{ meetingCount: number }> }> }>(testDb, statements, peopleMetWith);
    await multiplyMeetings(testDb.db, 10);
    const large = await measure<{ people: Page<{ metWith: Page<{ meetingCount: number }> }> }>(testDb, statements, peopleMetWith);

    const counts = (data: typeof small.data) => nodes(data.people).flatMap((p) => nodes(p.metWith).map((c) => c.meetingCount));
    expect(counts(large.data)).toEqual(counts(small.data).map((n) => n * 10));
    expect(large.statements).toBe(small.statements);
  });

  it('stay the same on the seeded database with ten times the meetings', async () => {
    const { testDb, statements } = await measured((onQuery) => createTestDatabase({ onQuery }));
    const small = await measure<MeetingsResult>(testDb, statements, meetingsParticipantsOrganizations);
    await multiplyMeetings(testDb.db, 10);
    const large = await measure<MeetingsResult>(testDb, statements, meetingsParticipantsOrganizations);

    expect(small.data.meetings.totalCount).toBeGreaterThan(0);
    expect(large.data.meetings.totalCount).toBe(10 * small.data.meetings.totalCount);
    expect(participantRows(large.data)).toBeGreaterThan(participantRows(small.data));
    expect(large.statements).toBe(small.statements);
  });
});
