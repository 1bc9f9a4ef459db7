import { describe, expect, it } from 'vitest';
import { closingCredit, leadCredit } from '../../../src/extract/parse/source-credits.ts';
import { parseArticle } from '../../../src/extract/parse/article.ts';

describe('the closing credit of a story', () => {
  it.each([
    [['The talks ended on Friday.', '— Reuters'], 'Reuters'],
    [['The talks ended on Friday. - AFP'], 'AFP'],
    [['The talks ended on Friday.', '(Source: Xinhua)'], 'Xinhua'],
    [['The talks ended on Friday.', 'SOURCE:AA'], 'AA'],
    [['The talks ended on Friday.', 'With inputs from PTI'], 'PTI'],
    [['The talks ended on Friday. (With inputs from agencies)'], 'Agencies'],
    [['The talks ended on Friday. (JRD/Morning Courier)'], 'Morning Courier'],
    [['The talks ended on Friday.', '[Copyright The Jiji Press, Ltd.]'], 'Jiji Press'],
    [['The talks ended on Friday.', 'Copyright 2025 The Associated Press. All rights reserved.'], 'Associated Press'],
    [['The talks ended on Friday.', '© 2025 Morning Courier'], 'Morning Courier'],
    [['The talks ended on Friday.', '(WAM)'], 'WAM'],
    [['The talks ended on Friday. (PTI)'], 'PTI'],
  ])('%j credits %s', (lines, source) => {
    expect(closingCredit(lines)).toBe(source);
  });

  it.each([
    [['The talks ended on Friday.']],
    [['The talks ended on Friday, the minister said - without giving details.']],
    [['The source: a diplomat close to the talks.']],
    [['He met the mayor — John Smith.']],
    [['Copyright laws were changed in 2025.']],
    [['The talks were held by the World Trade Organization (WTO)']],
  ])('%j credits no one', (lines) => {
    expect(closingCredit(lines)).toBeNull();
  });

  it('yields to the credit of the dateline', () => {
    const a = parseArticle('x.txt', 'Ministers meet in Paris\n\nPARIS (AFP) - Ministers met on Friday.\n\n(With inputs from PTI)');
    expect(a.source).toBe('AFP');
  });

  it('reads a lead credited to an agency without a place', () => {
    expect(leadCredit('(Reuters) - Ministers met on Friday.')).toBe('Reuters');
    expect(leadCredit('(The talks) - went well, officials said.')).toBeNull();
    expect(parseArticle('x.txt', 'Ministers meet\n\n(AFP) - Ministers met on Friday.').source).toBe('AFP');
  });
});
