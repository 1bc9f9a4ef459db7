import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURES, evaluate, loadArticleDir, loadFixtures, type Fixture } from '../../src/eval/fixtures.ts';
import { rates, scoreArticle } from '../../src/eval/score.ts';
import type { GoldArticle, GoldMeeting } from '../../src/extract/gold.ts';

// Quality floors: each guards a figure already reached (see the README's extraction table), so a
// change that loses ground fails. They are floors, not targets; the targets are in issue 9.
const floors = (name: string, set: () => Fixture[], floor: { people: number; organizations: number; meetings: number; places?: number; metadata?: number }) =>
  describe(`quality floors: ${name}`, () => {
    const fixtures = set();
    const { summary } = evaluate(fixtures);
    it('does not fall below the figures reached', () => {
      expect(summary.articles).toBe(fixtures.length);
      expect(rates(summary.people).f1).toBeGreaterThanOrEqual(floor.people);
      expect(rates(summary.organizations).f1).toBeGreaterThanOrEqual(floor.organizations);
      expect(rates(summary.meetings).f1).toBeGreaterThanOrEqual(floor.meetings);
      if (floor.places !== undefined) expect(rates(summary.places).f1).toBeGreaterThanOrEqual(floor.places);
      if (floor.metadata !== undefined) expect(summary.metadataCorrect).toBeGreaterThanOrEqual(floor.metadata);
    });
  });

// The five seed articles (the user's own inputs) with gold in test/fixtures/gold.
floors('seed articles', () => loadFixtures(), { people: 1, organizations: 1, meetings: 1, places: 1, metadata: 5 });
// Sets written for this project (test/fixtures/dev*): dev and dev2 were developed against;
// dev3 was scored blind first (meetings 0.55) and tuned on afterwards.
floors('dev', () => loadFixtures(new URL('dev/', FIXTURES)), { people: 0.99, organizations: 0.94, meetings: 0.96, places: 0.94, metadata: 14 });
floors('dev2', () => loadFixtures(new URL('dev2/', FIXTURES)), { people: 0.98, organizations: 0.92, meetings: 0.82, places: 0.88, metadata: 13 });
floors('dev3', () => loadFixtures(new URL('dev3/', FIXTURES)), { people: 0.98, organizations: 0.85, meetings: 0.75, places: 0.9, metadata: 11 });
// dev4 was the blind set of issue 9 (meetings 0.51 before any rule saw it), tuned on since.
floors('dev4', () => loadFixtures(new URL('dev4/', FIXTURES)), { people: 0.96, organizations: 0.88, meetings: 0.79, places: 0.88, metadata: 16 });
// dev5 was the next blind set (meetings 0.24, metadata 1/14 before any rule saw it), tuned on since.
floors('dev5', () => loadFixtures(new URL('dev5/', FIXTURES)), { people: 0.97, organizations: 0.74, meetings: 0.67, places: 0.84, metadata: 11 });
// dev6 was the next blind set (meetings 0.46, metadata 5/16 before any rule saw it; 0.48 after the
// genx round, which never saw it), tuned on since.
floors('dev6', () => loadFixtures(new URL('dev6/', FIXTURES)), { people: 0.97, organizations: 0.79, meetings: 0.71, places: 0.86, metadata: 15 });
// dev7 and dev8 were the next blind sets (meetings 0.25 and 0.45 before any rule saw them, metadata
// 4/16 each), tuned on since.
floors('dev7', () => loadFixtures(new URL('dev7/', FIXTURES)), { people: 0.94, organizations: 0.7, meetings: 0.37, places: 0.85, metadata: 8 });
floors('dev8', () => loadFixtures(new URL('dev8/', FIXTURES)), { people: 0.97, organizations: 0.74, meetings: 0.68, places: 0.8, metadata: 15 });
// dev9 was scored blind with the code it is kept at here (meetings 0.79, metadata 6/12).
floors('dev9', () => loadFixtures(new URL('dev9/', FIXTURES)), { people: 0.98, organizations: 0.73, meetings: 0.78, places: 0.87, metadata: 6 });

// Real articles from many outlets, scored from ../shared (never copied here); skipped on a clone without it.
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const realText = (prefix: string) => () => loadArticleDir(`${SHARED}corpus`).filter((f) => f.file.startsWith(prefix));
describe.skipIf(!existsSync(`${SHARED}corpus`))('real articles of ../shared/corpus', () => {
  floors('China/Russia reporting (1NN, 2NN)', () => [...realText('1')(), ...realText('2')()], { people: 0.99, organizations: 0.92, meetings: 0.87 });
  floors('world diplomacy (3NN)', realText('3'), { people: 0.95, organizations: 0.81, meetings: 0.79 });
});

describe('scoring rules', () => {
  const gold: GoldArticle = {
    file: 'a.txt',
    title: 'T',
    publishedOn: '2025-01-02',
    source: null,
    dateline: null,
    people: [{ name: 'Sergey Lavrov', mentions: ['Lavrov'], country: 'Russia', roles: [] }],
    organizations: [{ name: 'Communist Party of China', mentions: ['CPC'], country: 'China' }],
    places: [{ name: 'Beijing', kind: 'city', country: 'China' }],
    meetings: [
      { participants: ['Sergey Lavrov', 'Wang Yi'], organizations: [], date: '2025-01', location: 'Beijing', venue: null, status: 'held', summary: '' },
    ],
  };

  it('matches names by gold mentions, folding case and punctuation', () => {
    const pred: GoldArticle = {
      ...gold,
      people: [{ name: 'LAVROV', mentions: [], country: null, roles: [] }],
      organizations: [{ name: 'C.P.C.', mentions: [], country: null }],
      places: [{ name: 'Moscow', kind: 'city', country: 'Russia' }],
      meetings: [],
    };
    const s = scoreArticle(pred, gold);
    expect(s.people.matched).toBe(1);
    expect(s.organizations.matched).toBe(1);
    expect(s.places.matched).toBe(0);
  });

  it('matches a meeting on half the participants and a date agreeing to gold precision', () => {
    const meeting: GoldMeeting = { participants: ['Lavrov'], organizations: [], date: '2025-01-15', location: null, venue: null, status: 'held', summary: '' };
    expect(scoreArticle({ ...gold, meetings: [meeting] }, gold).meetings.matched).toBe(1);
    expect(scoreArticle({ ...gold, meetings: [{ ...meeting, date: '2025-02-01' }] }, gold).meetings.matched).toBe(0);
    expect(scoreArticle({ ...gold, meetings: [{ ...meeting, date: null }] }, gold).meetings.matched).toBe(0);
    expect(scoreArticle({ ...gold, meetings: [meeting, meeting] }, gold).meetings).toEqual({ matched: 1, predicted: 2, gold: 1 });
  });
});
