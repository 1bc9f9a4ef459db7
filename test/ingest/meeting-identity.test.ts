import { describe, expect, it } from 'vitest';
import { partialDate } from '../../src/ingest/dates.ts';
import { isSameMeeting, type MeetingKey } from '../../src/ingest/meeting-identity.ts';

function key(members: string[], date: string | null, extra: Partial<MeetingKey> = {}): MeetingKey {
  const when = partialDate(date);
  return { name: null, date: when.date, datePrecision: when.precision, locationId: null, members: new Set(members), ...extra };
}

describe('isSameMeeting', () => {
  it('merges the same people on the same day, and a month-precise report of it', () => {
    expect(isSameMeeting(key(['p1', 'p2'], '2025-05-08'), key(['p2', 'p1'], '2025-05-08'))).toBe(true);
    expect(isSameMeeting(key(['p1', 'p2'], '2025-05-08'), key(['p1', 'p2'], '2025-05'))).toBe(true);
    expect(isSameMeeting(key(['p1', 'p2'], '2025-05-08'), key(['p1', 'p2', 'p3'], '2025-05-08'))).toBe(true);
  });

  it('keeps apart meetings that share only one of two participants', () => {
    // Putin (p1) met Han Zheng (p2) and, the same day, Wang Yi (p3).
    expect(isSameMeeting(key(['p1', 'p2'], '2024-09-04'), key(['p1', 'p3'], '2024-09-04'))).toBe(false);
  });

  it('keeps apart meetings on different days, in different places, or undated', () => {
    expect(isSameMeeting(key(['p1', 'p2'], '2025-05-08'), key(['p1', 'p2'], '2025-09-03'))).toBe(false);
    expect(isSameMeeting(key(['p1', 'p2'], '2025-05', { locationId: 1 }), key(['p1', 'p2'], '2025-05', { locationId: 2 }))).toBe(false);
    expect(isSameMeeting(key(['p1', 'p2'], null), key(['p1', 'p2'], null))).toBe(false);
  });

  it('merges one participant only on the same day', () => {
    expect(isSameMeeting(key(['o7'], '2025-09-01'), key(['o7'], '2025-09-01'))).toBe(true);
    expect(isSameMeeting(key(['o7'], '2025-09'), key(['o7'], '2025-09-01'))).toBe(false);
  });

  it('keeps a report of one participant apart from one of two, which could join two meetings of that person', () => {
    expect(isSameMeeting(key(['p1'], '2024-09-04'), key(['p1', 'p2'], '2024-09-04'))).toBe(false);
  });

  it('gives the same answer whichever report comes first', () => {
    const reports = [key(['p1', 'p2'], '2025-05-08'), key(['p1', 'p2', 'p3'], '2025-05'), key(['p1'], '2025-05-08'), key(['o1'], null, { name: 'x' })];
    for (const a of reports) for (const b of reports) expect(isSameMeeting(a, b)).toBe(isSameMeeting(b, a));
  });

  it('merges a named occurrence even undated, but not a recurring name without a date', () => {
    const plenary = 'fourth plenary session of the 20th Central Committee of the Communist Party of China';
    expect(isSameMeeting(key(['o1'], null, { name: plenary }), key(['o1'], null, { name: plenary }))).toBe(true);
    const summit = 'Shanghai Cooperation Organization summit';
    expect(isSameMeeting(key(['o2'], '2025-08-31', { name: summit }), key(['o2'], null, { name: summit }))).toBe(false);
    expect(isSameMeeting(key(['o2'], '2025', { name: summit }), key(['o2'], '2025-08-31', { name: summit }))).toBe(true);
    expect(isSameMeeting(key(['p1', 'p2'], '2025-11-03', { name: '30th regular meeting' }), key(['p1', 'p2'], '2025-11-03', { name: 'talks' }))).toBe(false);
  });
});
