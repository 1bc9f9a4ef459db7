// A meeting's participant and organization rows keep a copy of its date (meetingDate, which a
// person's and an organization's meetings are paged by): it follows the date as reports of the
// meeting arrive and leave.
import { afterAll, expect, it } from 'vitest';
import { undatedSortDate } from '../../src/ingest/dates.ts';
import { Ingestor } from '../../src/ingest/ingestor.ts';
import { createTestDatabase } from '../../src/testing/test-database.ts';

const testDb = await createTestDatabase({ seedDir: null });
afterAll(() => testDb.close());

const article = (title: string, body: string) => ` date 2025-05-20 Title: ${title}\n\nMOSCOW (Xinhua) -- ${body}\n`;
const talks = (when: string) =>
  `Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov at a meeting of the Shanghai Cooperation Organisation in Moscow ${when}.`;

/** Each meeting's date, and the dates its participant and organization rows keep. */
async function storedDates() {
  const meetings = await testDb.db.meeting.findMany({ include: { participants: true, organizations: true }, orderBy: { id: 'asc' } });
  return meetings.map((m) => ({
    date: m.date?.toISOString().slice(0, 10) ?? null,
    participants: m.participants.map((p) => p.meetingDate.getTime()),
    organizations: m.organizations.map((o) => o.meetingDate.getTime()),
    expected: (m.date ?? undatedSortDate).getTime(),
  }));
}

function expectOneMeetingDated(stored: Awaited<ReturnType<typeof storedDates>>, date: string) {
  expect(stored.map((m) => m.date)).toEqual([date]);
  const [meeting] = stored;
  expect(meeting?.participants).toEqual([meeting?.expected, meeting?.expected]);
  expect(meeting?.organizations).toEqual([meeting?.expected]);
}

it('follows the meeting\'s date when a second report regroups it with a more precise date, and when that report leaves', async () => {
  const ingestor = await Ingestor.create(testDb.db);
  await ingestor.ingest('a.txt', article('Ministers meet', `${talks('in April')} The two sides discussed trade.`));
  expectOneMeetingDated(await storedDates(), '2025-04-01');

  await ingestor.ingest('b.txt', article('Ministers held talks', `${talks('on April 8')} They discussed energy.`));
  expectOneMeetingDated(await storedDates(), '2025-04-08');

  const replaced = await ingestor.ingest('b.txt', article('Ministers speak', 'Chinese Foreign Minister Wang Yi spoke about energy in Moscow.'));
  expect(replaced.status).toBe('replaced');
  expectOneMeetingDated(await storedDates(), '2025-04-01');
});
