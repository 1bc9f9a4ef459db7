// Meeting summaries and evidence as stored (issue 11, item 11): one line generated from the
// resolved facts, and evidence covering the sentence that reports the meeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingSummary } from '../../src/ingest/meeting-summary.ts';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.ts';

type Facts = Partial<Parameters<typeof meetingSummary>[0]>;

const meeting = (over: Facts) => meetingSummary({
  participants: [], organizations: [], name: null, status: 'held', date: null, location: null, venue: null, ...over,
});

describe('meetingSummary', () => {
  it.each<[Facts, string]>([
    [{ participants: ['Xi Jinping', 'Mikhail Mishustin'], location: 'Beijing', date: '2025-11-04' }, 'Xi Jinping met Mikhail Mishustin in Beijing on 4 November 2025'],
    [{ participants: ['Xi Jinping', 'Vladimir Putin'], location: 'Moscow', date: '2025-05' }, 'Xi Jinping met Vladimir Putin in Moscow in May 2025'],
    [{ participants: ['Wang Yi', 'Sergey Lavrov'], status: 'scheduled', date: '2026' }, 'Wang Yi will meet Sergey Lavrov in 2026'],
    [{ participants: ['Zhao Leji', 'Vyacheslav Volodin', 'Sergey Mironov'], venue: 'Great Hall of the People' }, 'Zhao Leji met Vyacheslav Volodin and Sergey Mironov at Great Hall of the People'],
    [{ participants: ['Vyacheslav Volodin'], name: 'Shanghai Cooperation Organization summit', status: 'scheduled', location: 'Tianjin' }, 'Vyacheslav Volodin will attend the Shanghai Cooperation Organization summit in Tianjin'],
    [{ organizations: ['Ministry of Foreign Affairs of China', 'Ministry of Foreign Affairs of Russia'], date: '2025-03-02' }, 'Ministry of Foreign Affairs of China met Ministry of Foreign Affairs of Russia on 2 March 2025'],
    [{ organizations: ['Central Committee of the Communist Party of China'], name: 'fourth plenary session of the 20th Central Committee' }, 'Central Committee of the Communist Party of China held the fourth plenary session of the 20th Central Committee'],
    [{ name: 'China-Russia Expo', status: 'scheduled' }, 'The China-Russia Expo will be held'],
    [{}, 'A meeting was held'],
  ])('%j → %s', (facts, expected) => {
    expect(meeting(facts)).toBe(expected);
  });
});

describe('stored meeting reports', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(() => testDb.close());

  it('carry the generated summary, and evidence spanning the whole sentence', async () => {
    const sources = await testDb.db.meetingSource.findMany({ include: { sentence: true, meeting: true } });
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(source.summary).not.toMatch(/\n/);
      expect([source.start, source.end]).toEqual([source.sentence.start, source.sentence.end]);
    }
    expect(sources.map((s) => s.summary)).toContain('Xi Jinping met Mikhail Mishustin in Beijing on 4 November 2025');
  });

  it('gives two meetings reported in one sentence summaries of their own', async () => {
    const sources = await testDb.db.meetingSource.findMany({ include: { sentence: true } });
    const bySentence = new Map<number, typeof sources>();
    for (const source of sources) bySentence.set(source.sentenceId, [...(bySentence.get(source.sentenceId) ?? []), source]);
    const shared = [...bySentence.values()].filter((group) => group.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const group of shared) expect(new Set(group.map((s) => s.summary)).size).toBe(group.length);
    expect(sources.map((s) => s.summary)).toEqual(expect.arrayContaining([
      'Xi Jinping met Vladimir Putin in Moscow in May 2025',
      'Xi Jinping met Vladimir Putin in Beijing on 3 September 2025',
    ]));
  });
});
