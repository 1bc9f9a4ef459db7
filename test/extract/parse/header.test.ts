import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/extract/parse/article.ts';
import { readHeaderLine } from '../../../src/extract/parse/header.ts';
import { extractArticle } from '../../../src/extract/index.ts';

describe('header lines in outlet house styles', () => {
  it.each([
    ['Xinhua) 10:12, June 18, 2025', { publishedOn: '2025-06-18', source: 'Xinhua', byline: null }],
    ['Published: Jun 05, 2025 10:32 PM', { publishedOn: '2025-06-05', source: null, byline: null }],
    ['14:07 GMT 03.09.2025', { publishedOn: '2025-09-03', source: null, byline: null }],
    ['Updated 20:41, 14-Oct-2025', { publishedOn: '2025-10-14', source: null, byline: null }],
    ['By ZHANG YI | China Daily | Updated: 2025-05-08 07:45', { publishedOn: '2025-05-08', source: 'China Daily', byline: 'By ZHANG YI' }],
    ['Talha Ozturk   |21.01.2025 - Update : 21.01.2025', { publishedOn: '2025-01-21', source: null, byline: 'Talha Ozturk' }],
    ['By Global Times', { publishedOn: null, source: 'Global Times', byline: null }],
    ['16:20', { publishedOn: null, source: null, byline: null }],
    ['23 Oct, 2024 18:47', { publishedOn: '2024-10-23', source: null, byline: null }],
    ['Published: 8:30pm, 9 Jul 2025', { publishedOn: '2025-07-09', source: null, byline: null }],
    ['(Xinhua) 08:55, March 14, 2025', { publishedOn: '2025-03-14', source: 'Xinhua', byline: null }],
    ['By Jane Roe, Associated Press', { publishedOn: null, source: 'Associated Press', byline: 'By Jane Roe' }],
    ['By JANE ROE and JOHN McDOE Associated Press', { publishedOn: null, source: 'Associated Press', byline: 'By JANE ROE and JOHN McDOE' }],
    ['By Jane Roe and John Doe', { publishedOn: null, source: null, byline: 'By Jane Roe and John Doe' }],
    ['Jane Roe | Reuters', { publishedOn: null, source: 'Reuters', byline: 'Jane Roe' }],
    ['Agencies |', { publishedOn: null, source: 'Agencies', byline: null }],
    ['Daily Herald , Monday 10 Jun 2024', { publishedOn: '2024-06-10', source: 'Daily Herald', byline: null }],
    ['Xinhua, 10 June 2024 08:30', { publishedOn: '2024-06-10', source: 'Xinhua', byline: null }],
    ['BSS', { publishedOn: null, source: 'BSS', byline: null }],
    ['Published On: 14 Mar 2025, 13:16 Updated On:14 Mar 2025, 21:16', { publishedOn: '2025-03-14', source: null, byline: null }],
    ['By Reuters Staff', { publishedOn: null, source: 'Reuters', byline: null }],
    ['By Staff Reporter', { publishedOn: null, source: null, byline: null }],
    ['Written by Jane Roe', { publishedOn: null, source: null, byline: 'By Jane Roe' }],
    ['Author: Jane Roe', { publishedOn: null, source: null, byline: 'By Jane Roe' }],
    ['Publication date: 14 March 2025', { publishedOn: '2025-03-14', source: null, byline: null }],
    ['Source: Xinhua | 2025-03-14 18:55:00 | Editor: huaxia', { publishedOn: '2025-03-14', source: 'Xinhua', byline: null }],
    ['By Global Times Published: Mar 14, 2025 06:55 PM', { publishedOn: '2025-03-14', source: 'Global Times', byline: null }],
    ['Updated 6:55 PM GMT+8, March 14, 2025', { publishedOn: '2025-03-14', source: null, byline: null }],
    ['3 min read · Mar 14, 2025', { publishedOn: '2025-03-14', source: null, byline: null }],
    ['14 MAR, 09:47', { publishedOn: null, source: null, byline: null }],
    ['TNN | Aug 7, 2025, 23:14 IST', { publishedOn: '2025-08-07', source: 'TNN', byline: null }],
    ['The Canadian Press · Posted: Oct 13, 2025 9:41 AM EDT', { publishedOn: '2025-10-13', source: 'The Canadian Press', byline: null }],
    ['Jane Roe, Pacific Radio journalist', { publishedOn: null, source: 'Pacific Radio', byline: 'By Jane Roe' }],
    ['By Jane Roe in Nation on 9 August 2024', { publishedOn: '2024-08-09', source: null, byline: 'By Jane Roe' }],
    ['WORLD | Aug 7, 2025', null],
  ])('reads %s', (line, expected) => {
    expect(readHeaderLine(line)).toEqual(expected && { ...expected, place: null });
  });

  it('reads a readout place line as the dateline city', () => {
    expect(readHeaderLine('The Kremlin, Moscow')?.place).toBe('Moscow');
  });

  it('reads a residence outside any city ("Novo-Ogaryovo, Moscow Region") as the place itself', () => {
    expect(readHeaderLine('Novo-Ogaryovo, Moscow Region')?.place).toBe('Novo-Ogaryovo');
    expect(readHeaderLine('Wang Yi, Moscow Region')).toBeNull();
  });

  it('reads the filing city of a credit row', () => {
    expect(readHeaderLine('Reuters | Beijing | Updated: 03-07-2025 12:26 IST')).toEqual({ publishedOn: '2025-07-03', source: 'Reuters', byline: null, place: 'Beijing' });
    expect(readHeaderLine('Updated on: 04 July,2025 08:42 AM IST  |  Astana')?.place).toBe('Astana');
    expect(readHeaderLine('Jane Roe | Beijing')).toBeNull();
  });

  it('reads an "Outlet, City" line as the source and filing city', () => {
    expect(readHeaderLine('Reuters, Nairobi')).toEqual({ publishedOn: null, source: 'Reuters', byline: null, place: 'Nairobi' });
    expect(readHeaderLine('Harbour Times, Jakarta')).toMatchObject({ source: 'Harbour Times', place: 'Jakarta' });
    expect(readHeaderLine('Jane Roe, Nairobi')).toBeNull();
  });

  it('reads a "City, Weekday, D Month YYYY" line as the filing city and the day', () => {
    expect(readHeaderLine('Nairobi, Tuesday, 14 March 2025')).toEqual({ publishedOn: '2025-03-14', source: null, byline: null, place: 'Nairobi' });
    expect(readHeaderLine('Nairobi, 14 March 2025 | 10:05')).toMatchObject({ publishedOn: '2025-03-14', place: 'Nairobi' });
    expect(readHeaderLine('Nairobi, where talks began on 14 March 2025')).toBeNull();
  });

  it('leaves story text alone', () => {
    for (const line of ['Wang Yi', 'Beijing, China', 'Xi met Putin on May 8, 2025.', 'By the end of the year, trade rose', '— Reuters', 'By the way, Reuters', 'Updated talks on Iran stall', 'The Daily Herald, 10 June 2024, reported']) {
      expect(readHeaderLine(line)).toBeNull();
    }
  });

  it('takes metadata, byline author and photo credit from a China Daily page', () => {
    const text = [
      'Border regions vow closer trade',
      'By ZHANG YI | China Daily | Updated: 2025-05-08 07:45',
      'Xu Ming meets Pavel Lebedev in Harbin on Wednesday. [Photo by LIU MINGHUI/CHINA DAILY]',
      'Xu Ming, Party secretary of Heilongjiang, met Pavel Lebedev, governor of Zabaikalsky Krai, in Harbin on Wednesday.',
    ].join('\n\n');
    const a = parseArticle('cd.txt', text);
    expect({ title: a.title, publishedOn: a.publishedOn, source: a.source }).toEqual({
      title: 'Border regions vow closer trade',
      publishedOn: '2025-05-08',
      source: 'China Daily',
    });
    const people = extractArticle('cd.txt', text).people.map((p) => p.name);
    expect(people).toEqual(expect.arrayContaining(['Zhang Yi', 'Liu Minghui', 'Xu Ming', 'Pavel Lebedev']));
  });

  it('dates a Kremlin readout and places it by its place line', () => {
    const a = parseArticle('k.txt', 'Meeting with a guest\n\nNovember 19, 2025\n\n16:20\n\nThe Kremlin, Moscow\n\nVladimir Putin met with a guest.');
    expect({ publishedOn: a.publishedOn, dateline: a.dateline, source: a.source }).toEqual({ publishedOn: '2025-11-19', dateline: 'Moscow', source: null });
  });
});
