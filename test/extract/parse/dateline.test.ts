import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/extract/parse/dateline.ts';

const read = (lead: string) => {
  const d = readDateline(lead);
  return d && { place: d.place, source: d.source, rest: lead.slice(d.length) };
};

describe('datelines in wire-service and newspaper styles', () => {
  it.each([
    ['LONDON, March 14 (Reuters) - Ministers met.', 'London', 'Reuters'],
    ['WASHINGTON (AP) — Ministers met.', 'Washington', 'AP'],
    ['Berlin (dpa) - Ministers met.', 'Berlin', 'dpa'],
    ['MOSCOW, March 14. /TASS/. Ministers met.', 'Moscow', 'TASS'],
    ['DHAKA, March 14, 2025 (BSS) – Ministers met.', 'Dhaka', 'BSS'],
    ['MOSCOW, March 14 – RIA Novosti. Ministers met.', 'Moscow', 'RIA Novosti'],
    ['MOSCOW. March 14 (Interfax) - Ministers met.', 'Moscow', 'Interfax'],
    ['BEIJING/MOSCOW, March 14 (Reuters) - Ministers met.', 'Beijing', 'Reuters'],
    ['Tehran, IRNA -- Ministers met.', 'Tehran', 'IRNA'],
    ['TOKYO, March 14, Kyodo -- Ministers met.', 'Tokyo', 'Kyodo'],
    ['NAIROBI, Kenya Mar 14 – Ministers met.', 'Nairobi', null],
    ['KATHMANDU, March 14: Ministers met.', 'Kathmandu', null],
    ['Cairo: Ministers met.', 'Cairo', null],
    ['Entebbe — Ministers met.', 'Entebbe', null],
    ['GENEVA - Ministers met.', 'Geneva', null],
    ['WASHINGTON, D.C. — Ministers met.', 'Washington', null],
    ['NEW DELHI: Ministers met.', 'New Delhi', null],
    ['ENTEBBE: Ministers met.', 'Entebbe', null],
    ['PARIS, 14 March (AFP) - Ministers met.', 'Paris', 'AFP'],
    ['Brussels, 14 March 2025 (EFE) – Ministers met.', 'Brussels', 'EFE'],
    ['BRASÍLIA — Ministers met.', 'Brasília', null],
    ['UNITED NATIONS, Sept. 10 (Xinhua) -- Ministers met.', 'United Nations', 'Xinhua'],
    ['LONDON, March 14, 2025 /PRNewswire/ -- Ministers met.', 'London', 'PRNewswire'],
    ['KYIV. UKRINFORM – Ministers met.', 'Kyiv', 'Ukrinform'],
    ['LIMA, 2025-03-14 (EFE) -- Ministers met.', 'Lima', 'EFE'],
    ['Mumbai [India], March 14 (ANI): Ministers met.', 'Mumbai', 'ANI'],
  ])('%s', (lead, place, source) => {
    expect(read(lead)).toEqual({ place, source, rest: 'Ministers met.' });
  });

  it.each([
    'On March 14 — a day late — ministers met.',
    'Media: ministers met.',
    'Ministers met in London on March 14.',
    'Berlin (a city of three million) - ministers met.',
    'Note: ministers met.',
    'UPDATE: Ministers met.',
    'BREAKING: Ministers met.',
    'Trade Council, 14 March 2025: main results',
  ])('is not read from %s', (lead) => {
    expect(readDateline(lead)).toBeNull();
  });
});

describe('the date a dateline writes', () => {
  it('reads an ISO date with its year', () => {
    expect(readDateline('LIMA, 2025-03-14 (EFE) -- Ministers met.')).toMatchObject({ year: 2025, month: 3, day: 14 });
    expect(readDateline('LIMA, 2025-13-14 (EFE) -- Ministers met.')).toBeNull();
  });
});
