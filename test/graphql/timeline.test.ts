// meetingTimeline: counts by month agree with the meetings themselves, partial dates are kept
// apart by precision, and filters narrow the counts as they narrow `meetings`.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';
import { nodes, query, yogaFor, type Page, type Yoga } from './support.ts';

let testDb: TestDatabase;
let yoga: Yoga;
beforeAll(async () => {
  testDb = await createFixtureDatabase();
  yoga = yogaFor(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

const timeline = `query($filter: MeetingFilter) {
  meetingTimeline(filter: $filter) { months { month count dayCount monthCount } years { year count } undated }
}`;
type Timeline = {
  meetingTimeline: {
    months: Array<{ month: string; count: number; dayCount: number; monthCount: number }>;
    years: Array<{ year: string; count: number }>;
    undated: number;
  };
};

it('counts meetings per month by precision, with undated ones apart', async () => {
  const { meetingTimeline } = await query<Timeline>(yoga, timeline);
  expect(meetingTimeline).toEqual({
    months: [
      { month: '2025-05', count: 1, dayCount: 0, monthCount: 1 },
      { month: '2025-11', count: 2, dayCount: 2, monthCount: 0 },
    ],
    years: [],
    undated: 1,
  });
});

it('agrees with the dates of the meetings the API lists', async () => {
  const { meetings } = await query<{ meetings: Page<{ dateText: string | null }> }>(yoga, '{ meetings(first: 100) { totalCount edges { cursor node { dateText } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }');
  const expected = new Map<string, number>();
  for (const { dateText } of nodes(meetings)) {
    const key = dateText ? dateText.slice(0, 7) : 'undated';
    expected.set(key, (expected.get(key) ?? 0) + 1);
  }
  const { meetingTimeline } = await query<Timeline>(yoga, timeline);
  const counted = new Map<string, number>(meetingTimeline.months.map((m) => [m.month, m.count]));
  counted.set('undated', meetingTimeline.undated);
  expect(counted).toEqual(expected);
});

it('lists the meetings behind each count with the datePrecision filter', async () => {
  const count = async (filter: object) =>
    (await query<{ meetings: { totalCount: number } }>(yoga, 'query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }', { f: filter })).meetings.totalCount;
  expect(await count({ datePrecision: ['UNKNOWN'] })).toBe(1);
  expect(await count({ dateFrom: '2025-05-01', dateTo: '2025-05-31', datePrecision: ['DAY', 'MONTH'] })).toBe(1);
  expect(await count({ datePrecision: ['YEAR'] })).toBe(0);
});

it('narrows by participant and status as meetings does', async () => {
  const putin = await query<Timeline>(yoga, timeline, { filter: { participant: 'Putin' } });
  expect(putin.meetingTimeline.months).toEqual([{ month: '2025-05', count: 1, dayCount: 0, monthCount: 1 }]);
  expect(putin.meetingTimeline.undated).toBe(1);
  const scheduled = await query<Timeline>(yoga, timeline, { filter: { status: 'SCHEDULED' } });
  expect(scheduled.meetingTimeline).toEqual({ months: [], years: [], undated: 1 });
});

it('counts a meeting known only to the year in that year, not in a month', async () => {
  const meeting = await testDb.db.meeting.create({
    data: { summary: 'They met in 2024', date: new Date('2024-01-01T00:00:00Z'), datePrecision: 'year', status: 'held' },
  });
  try {
    const { meetingTimeline } = await query<Timeline>(yoga, timeline);
    expect(meetingTimeline.years).toEqual([{ year: '2024', count: 1 }]);
    expect(meetingTimeline.months.map((m) => m.month)).toEqual(['2025-05', '2025-11']);
  } finally {
    await testDb.db.meeting.delete({ where: { id: meeting.id } });
  }
});
