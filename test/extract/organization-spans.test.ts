// Rules for where an organization's name starts and ends, each on a short article in the genre.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { toGold } from '../../src/extract/gold.ts';

const orgsOf = (text: string): string[] => toGold(extractArticle('a.txt', text)).organizations.map((o) => o.name);

describe('organization spans', () => {
  it('does not start a body at a person, title or country before a preposition', () => {
    const orgs = orgsOf(
      ' date 2025-10-15 Delegation\n\nThe delegation included Leonid Slutsky of the Liberal Democratic Party of Russia and Alexei Makarkin of the Center for Political Technologies.\n\n' +
        'Cai Qi, a Member of the Political Bureau of the CPC Central Committee, attended. China for the Shanghai Cooperation Organisation is a priority.',
    );
    expect(orgs).toContain('Liberal Democratic Party of Russia');
    expect(orgs).toContain('Center for Political Technologies');
    expect(orgs.filter((o) => /Slutsky|Makarkin|Member|China for/.test(o))).toEqual([]);
  });

  it('does not start a body at a person coordinated with it', () => {
    const orgs = orgsOf(' date 2024-10-01 Embassy\n\nAmbassador Zhang Hanhui met Andrey Rudenko and State Duma deputies.');
    expect(orgs.filter((o) => /Rudenko/.test(o))).toEqual([]);
  });
});
