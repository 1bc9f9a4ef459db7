import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/extract/parse/article.ts';
import { readLabelledField } from '../../../src/extract/parse/header-labels.ts';
import { readHeaderLine } from '../../../src/extract/parse/header.ts';

describe('labelled page fields', () => {
  it('reads "Source: <outlet>" as the source and an editor desk handle as furniture', () => {
    expect(readLabelledField('Source: Xinhua')).toEqual({ source: 'Xinhua' });
    expect(readLabelledField('Editor: huaxia')).toEqual({ source: null });
  });

  it('leaves an editor who is a named person, and unknown sources, as text', () => {
    expect(readLabelledField('Editor: Zhang Kaiwei')).toBeNull();
    expect(readLabelledField('Source: a person close to the talks')).toBeNull();
  });

  it('keeps the stamp and dateline below the fields in the header', () => {
    const text = ['Two sides vow closer ties', 'Source: Xinhua', 'Editor: huaxia', '2026-09-12 00:28:15',
      'BEIJING, Sept. 11 (Xinhua) -- Chen Ming met Ivan Petrov in Beijing on Friday.'].join('\n\n');
    const a = parseArticle('x.txt', text);
    expect({ publishedOn: a.publishedOn, source: a.source, dateline: a.dateline }).toEqual({ publishedOn: '2026-09-12', source: 'Xinhua', dateline: 'Beijing' });
  });
});

describe('a byline that names where the author filed from', () => {
  it('reads "By NAME in CITY | outlet | stamp" with the city as the place', () => {
    expect(readHeaderLine('By Zhou Huiying in Changchun | China Daily | Updated: 2026-06-12 07:45')).toEqual({
      publishedOn: '2026-06-12', source: 'China Daily', byline: 'By Zhou Huiying', place: 'Changchun',
    });
  });

  it('gives the filing city as the dateline and keeps the byline out of the story text', () => {
    const text = ['Border regions vow closer trade', 'By Zhou Huiying in Changchun | China Daily | Updated: 2026-06-12 07:45',
      'Hu Ming held talks with Oleg Petrov on Thursday.'].join('\n\n');
    const a = parseArticle('cd.txt', text);
    expect(a.dateline).toBe('Changchun');
    expect(a.paragraphs.filter((p) => p.kind === 'text')).toHaveLength(1);
  });
});

describe('a long readout headline above a time stamp', () => {
  it('is the title, and the stamp gives the publication date', () => {
    const title = 'Director-General of the Department of European-Central Asian Affairs of the Foreign Ministry Liu Ming Holds Consultations with Director of the First Asian Department of the Russian Foreign Ministry Ivan Petrov';
    const a = parseArticle('mfa.txt', [title, '2026-02-26 18:40', 'On February 25, Liu Ming held consultations with Ivan Petrov in Beijing.'].join('\n\n'));
    expect({ title: a.title, publishedOn: a.publishedOn }).toEqual({ title, publishedOn: '2026-02-26' });
  });

  it('is not taken from a long first line with no stamp below it', () => {
    const long = 'Chinese and Russian officials from a dozen ministries and agencies discussed cooperation in trade energy transport agriculture tourism education healthcare and culture in Beijing on Monday and Tuesday at length';
    expect(parseArticle('x.txt', [long, 'More text follows here.'].join('\n\n')).title).toBeNull();
  });
});
