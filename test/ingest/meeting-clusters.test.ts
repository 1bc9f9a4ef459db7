import { describe, expect, it } from 'vitest';
import { partialDate } from '../../src/ingest/dates.ts';
import { decodeMembers, encodeMembers, groupReports, meetingFacts, type Report } from '../../src/ingest/meeting-clusters.ts';

function report(order: string, articleId: number, members: string[], date: string | null, extra: Partial<Report> = {}): Report {
  const when = partialDate(date);
  return {
    order, articleId, members: new Set(members), name: null, date: when.date, datePrecision: when.precision, status: 'held',
    locationId: null, venueId: null, locationSlug: null, venueSlug: null, summary: `summary ${order}`, ...extra,
  };
}

const orders = (groups: Report[][]) => groups.map((g) => g.map((r) => r.order));

describe('groupReports', () => {
  const a = report('a', 1, ['p1', 'p2'], '2025-05');
  const b = report('b', 2, ['p1', 'p2'], '2025-05-08');
  const c = report('c', 3, ['p1', 'p2', 'p3'], '2025-05-08');
  const d = report('d', 4, ['p1', 'p4'], '2025-05-08');

  it('groups reports linked directly or through another report, in order', () => {
    expect(orders(groupReports([d, c, b, a]))).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('groups alike whatever order the reports come in', () => {
    const expected = orders(groupReports([a, b, c, d]));
    for (const permutation of [[d, c, b, a], [b, d, a, c], [c, a, d, b]]) expect(orders(groupReports(permutation))).toEqual(expected);
  });

  it('never links two reports of one article, which are different meetings by its own account', () => {
    const same = report('e', 2, ['p1', 'p2'], '2025-05-08');
    expect(orders(groupReports([b, same]))).toEqual([['b'], ['e']]);
  });
});

describe('meetingFacts', () => {
  it('takes the most precise date, the most reported place and every member, whatever the order', () => {
    const reports = [
      report('a', 1, ['p1', 'p2'], '2025-05', { locationId: 7, locationSlug: 'moscow', status: 'scheduled' }),
      report('b', 2, ['p1', 'p2', 'o3'], '2025-05-08', { locationId: 9, locationSlug: 'kazan' }),
      report('c', 3, ['p2', 'p1'], '2025-05-08', { locationId: 7, locationSlug: 'moscow', name: 'talks' }),
    ];
    const facts = meetingFacts(reports);
    expect(facts).toMatchObject({
      date: new Date('2025-05-08T00:00:00Z'), datePrecision: 'day', locationId: 7, status: 'held', name: 'talks',
      people: [1, 2], organizations: [3], summary: 'summary b',
    });
    expect(meetingFacts([...reports].reverse())).toEqual(facts);
  });

  it('breaks a tie between places by their slugs, not by which report came first', () => {
    const kazan = report('a', 1, ['p1', 'p2'], '2025-05-08', { locationId: 9, locationSlug: 'kazan' });
    const moscow = report('b', 2, ['p1', 'p2'], '2025-05-08', { locationId: 7, locationSlug: 'moscow' });
    expect(meetingFacts([kazan, moscow]).locationId).toBe(9);
    expect(meetingFacts([moscow, kazan]).locationId).toBe(9);
  });
});

it('stores members as sorted keys and reads them back', () => {
  expect(encodeMembers(['p2', 'o1', 'p10', 'p2'])).toBe('o1 p10 p2');
  expect(decodeMembers('o1 p10 p2')).toEqual(new Set(['o1', 'p10', 'p2']));
  expect(decodeMembers('')).toEqual(new Set());
});
