import { describe, expect, it } from 'vitest';
import { closingCredit } from '../../../src/extract/parse/source-credits.ts';
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
  ])('%j credits %s', (lines, source) => {
    expect(closingCredit(lines)).toBe(source);
  });

  it.each([
    [['The talks ended on Friday.']],
    [['The talks ended on Friday, the minister said - without giving details.']],
    [['The source: a diplomat close to the talks.']],
    [['He met the mayor — John Smith.']],
  ])('%j credits no one', (lines) => {
    expect(closingCredit(lines)).toBeNull();
  });

  it('yields to the credit of the dateline', () => {
    const a = parseArticle('x.txt', 'Ministers meet in Paris\n\nPARIS (AFP) - Ministers met on Friday.\n\n(With inputs from PTI)');
    expect(a.source).toBe('AFP');
  });
});
