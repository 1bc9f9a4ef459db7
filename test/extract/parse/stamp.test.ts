import { describe, expect, it } from 'vitest';
import { isWidget, stampDate } from '../../../src/extract/parse/stamp.ts';

describe('time stamps in any outlet format', () => {
  it.each([
    ['14 March 2025', '2025-03-14'],
    ['March 14, 2025', '2025-03-14'],
    ['2025-03-14', '2025-03-14'],
    ['14.03.2025 10:21', '2025-03-14'],
    ['Published: 14 Mar 2025, 10:21 GMT', '2025-03-14'],
    ['Updated March 14, 2025 at 10:21 a.m. EDT', '2025-03-14'],
    ['Last updated: 2025-03-14T10:21:00Z', '2025-03-14'],
    ['Thursday, March 14, 2025', '2025-03-14'],
    ['Fri 14-March-2025', '2025-03-14'],
    ['Posted on: 14 March,2025 08:42 AM IST', '2025-03-14'],
    ['Published On: 14 Mar 2025, 13:16 Updated On:15 Mar 2025, 21:16', '2025-03-14'],
    ['Written: 2025-03-14 10:26:24Updated: 2025-03-14 19:24:25', '2025-03-14'],
    ['March 14th 2025, 5:35 AM', '2025-03-14'],
  ])('dates %s', (line, day) => {
    expect(stampDate(line)).toBe(day);
  });

  it('reads numeric dates day first, as most outlets outside the US write them', () => {
    expect(stampDate('03-07-2023 12:26 IST')).toBe('2023-07-03');
    expect(stampDate('20/05/2025')).toBe('2025-05-20');
  });

  it('reads a dash between the day and the year as a separator, not a range', () => {
    expect(stampDate('June 09 - 2024 , 08:30')).toBe('2024-06-09');
    expect(stampDate('9 June – 2024')).toBe('2024-06-09');
  });

  it('never guesses a year: a stamp without one, or a relative one, is furniture with no date', () => {
    expect(stampDate('14 May. 9:00 (UTC+3 MSK)')).toBeNull();
    expect(stampDate('16:20')).toBeNull();
    expect(stampDate('Updated 3 hours ago')).toBeNull();
  });

  it('leaves text that merely contains a date', () => {
    for (const line of ['By the end of 2025', 'Ministers met on May 8, 2025.', 'In 2025 trade rose', 'Top 10 events of 2025', '2025']) {
      expect(stampDate(line)).toBeUndefined();
    }
  });

  it('does not take a weather widget for the publication date', () => {
    const widget = '14 March, 2025, 8:00 pm Northern - 21°C Showers';
    expect(isWidget(widget)).toBe(true);
    expect(stampDate(widget)).toBeUndefined();
  });
});
