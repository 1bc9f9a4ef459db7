import { describe, expect, it } from 'vitest';
import { isNameLine, issuingBody, readMasthead } from '../../../src/extract/parse/masthead.ts';

describe('a masthead above the headline', () => {
  it.each([
    ['El Diario de Lima — Política', 'El Diario de Lima'],
    ['Harbour Daily | World', 'Harbour Daily'],
    ['Lowlands Daily – news from the Low Countries', 'Lowlands Daily'],
    ['RTV Pacific', 'RTV Pacific'],
    ['Harbour Times', 'Harbour Times'],
  ])('%s names the site %s', (line, site) => {
    expect(readMasthead(line)).toBe(site);
  });

  it.each([
    'Ministers agree on new air link',
    'Talks in Lima — what we know',
    'Home | Politics',
    'Jane Roe — Moscow',
    'Trade Talks Resume',
    'Council of the European Union',
    'EU Summit',
    'UN Chief Warns',
  ])('%s is not one', (line) => {
    expect(readMasthead(line)).toBeNull();
  });
});

describe('the body issuing a press release', () => {
  it('is the last name line above the label, out of capitals', () => {
    expect(issuingBody(['REPUBLIC OF ARCADIA', 'MINISTRY OF FOREIGN AFFAIRS'])).toBe('Ministry of Foreign Affairs');
    expect(issuingBody(['Council of the Harbour States'])).toBe('Council of the Harbour States');
  });

  it('is no one when a line above is a sentence or there is none', () => {
    expect(issuingBody(['Ministers agree on new air link'])).toBeNull();
    expect(issuingBody([])).toBeNull();
  });

  it('reads names of capitalised words and particles', () => {
    expect(isNameLine('Ministry of Foreign Affairs and Trade', 8)).toBe(true);
    expect(isNameLine('Ministers agree on air link', 8)).toBe(false);
    expect(isNameLine('Ministry of Foreign Affairs', 3)).toBe(false);
  });
});
