import { describe, expect, it } from 'vitest';
import { WordListError, isAgency, listedAgencyForm, parseOutlets, parsePageFurniture, sameAgency } from '../../../src/extract/parse/word-lists.ts';

describe('curated word lists of header parsing', () => {
  it('knows agencies by name and short form, whatever the case', () => {
    for (const name of ['Reuters', 'AA', 'Anadolu Agency', 'dpa', 'DPA', 'Press Trust of India', 'PTI', 'Agencies']) expect(isAgency(name)).toBe(true);
    expect(isAgency('Ministry of Foreign Affairs')).toBe(false);
  });

  it('tells two forms of one agency apart from two agencies, and gives the listed spelling', () => {
    expect(sameAgency('Press Trust of India', 'PTI')).toBe(true);
    expect(sameAgency('PTI', 'ANI')).toBe(false);
    expect(sameAgency('Agencies', 'Agencies')).toBe(false);
    expect(listedAgencyForm('UKRINFORM')).toBe('Ukrinform');
    expect(listedAgencyForm('Harbour Times')).toBe('Harbour Times');
  });

  it('names the file and the entry that is wrong', () => {
    expect(() => parseOutlets('outlets.json', { agencies: [{ name: 'Reuters', short: 'R' }], generic: [] })).toThrow(
      new WordListError('outlets.json', 'agencies[0] (Reuters).short', 'must be an array of strings'),
    );
    expect(() => parseOutlets('outlets.json', { agencies: [{ name: '', short: [] }], generic: [] })).toThrow(/agencies\[0\]\.name must be a non-empty string/);
    expect(() => parsePageFurniture('page-furniture.json', { sections: ['World', 'WORLD'], navigation: [], social: [] })).toThrow(
      /page-furniture\.json: sections lists "WORLD" twice/,
    );
    expect(() => parsePageFurniture('page-furniture.json', { sections: [], navigation: [3], social: [] })).toThrow(/navigation\[0\] must be a non-empty string/);
    expect(() => parseOutlets('outlets.json', { agencies: [], generic: [], mediumWords: ['News', 'NEWS'] })).toThrow(/outlets\.json: mediumWords lists "NEWS" twice/);
  });
});
