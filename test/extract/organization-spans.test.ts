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

  it('names a body by the heads it is made of, with the body they head', () => {
    const orgs = orgsOf(
      ' date 2025-10-15 Summit\n\nThe Assembly of Heads of State and Government opened in Addis Ababa, and the Council of Heads of State of the Shanghai Cooperation Organization met. Heads of State and Government attended.',
    );
    expect(orgs).toEqual(
      expect.arrayContaining(['Assembly of Heads of State and Government', 'Council of Heads of State of the Shanghai Cooperation Organization']),
    );
    expect(orgs.filter((o) => /^(?:State and Government|Heads)/.test(o))).toEqual([]);
  });

  it('reads "UN Security Council" as one body, its parent named inside it, not also a second council', () => {
    const orgs = orgsOf(' date 2025-10-15 Council\n\nChina and Russia, as permanent members of the UN Security Council, spoke. The CPC Central Committee met.');
    expect(orgs).toEqual(expect.arrayContaining(['United Nations Security Council', 'UN', 'Central Committee of the Communist Party of China', 'CPC']));
    expect(orgs.filter((o) => /^(?:Security Council|Russian Security Council)$/.test(o))).toEqual([]);
  });

  it('reads a body with no head word by what the sentence calls it', () => {
    const orgs = orgsOf(
      ' date 2025-10-15 Markets\n\nMaria Ortega, chief executive of Quellbank, told reporters that Vantora chief executive Tom Reyes and the opposition Frente Amplio party disagreed. ' +
        'Business association Exporta warned, according to the Datastat agency. Norvik said shares of Norvik rose as Halvard Motors Co. and Kiri hynix Inc. invested, with Danish firms including Maersk Line and Nordwind Energi.\n\n' +
        'A Chinese company said the China chairman of a firm, Chairman Li, met Tom Reyes. The Chairman of the State Duma Vasily Orlov spoke.',
    );
    expect(orgs).toEqual(
      expect.arrayContaining(['Quellbank', 'Vantora', 'Frente Amplio', 'Exporta', 'Datastat', 'Norvik', 'Halvard Motors Co', 'Kiri hynix Inc', 'Maersk Line', 'Nordwind Energi']),
    );
    expect(orgs.filter((o) => /^(?:Chinese|China|Chairman|Tom Reyes|Maria Ortega)|Orlov/.test(o))).toEqual([]);
  });

  it('reads the body a title names, "European Commission President X"', () => {
    expect(orgsOf(' date 2025-10-15 Summit\n\nEuropean Commission President Ursula von der Leyen and Federation Council Speaker Valentina Matviyenko spoke.')).toEqual(
      expect.arrayContaining(['European Commission', 'Federation Council']),
    );
  });

  it('reads "posted on X", "said in a statement on X" as the platform, and no other X', () => {
    expect(orgsOf(' date 2025-10-15 Post\n\n"We agreed," the minister posted on X after the talks. Option X was chosen.')).toEqual(['X']);
  });

  it('reads an acronym no gazetteer knows and the article never spells out as a body', () => {
    const orgs = orgsOf(
      ' date 2025-10-15 Rebels\n\nThe RCMP said the M23 rebels and the FDLR clashed near Goma at 06:12 AM GMT, the CEO of a mining firm told NZ$15 million donors, and JD Vance agreed.\n\n' +
        'The International Defence Industry Fair (IDEF) opened.',
    );
    expect(orgs).toEqual(expect.arrayContaining(['RCMP', 'M23', 'FDLR']));
    expect(orgs.filter((o) => /^(?:AM|GMT|CEO|NZ|JD|IDEF)$/.test(o))).toEqual([]);
  });

  it("names a place's own body, a title's office, a house and a mission by their shape", () => {
    const orgs = orgsOf(
      " date 2025-10-15 Drills\n\nThe Prime Minister's Office said the Russian Navy and the Pacific Fleet held drills. Kosovo's Assembly met. " +
        'Members of the House of Commons voted. The Chinese Embassy in Moscow said the S. Rajaratnam School of Economics and the Association of Serb-majority Municipalities agreed. ' +
        'A Vietnamese Party and State delegation and a Moscow-based Institute for Strategic Analysis came.',
    );
    expect(orgs).toEqual(
      expect.arrayContaining([
        "Prime Minister's Office",
        'Russian Navy',
        'Pacific Fleet',
        'Assembly of Kosovo',
        'House of Commons',
        'Chinese Embassy in Moscow',
        'S. Rajaratnam School of Economics',
        'Association of Serb-majority Municipalities',
        'Institute for Strategic Analysis',
      ]),
    );
    expect(orgs.filter((o) => /Vietnamese Party|Moscow-based|^A /.test(o))).toEqual([]);
  });

  it('ends a body before a title and reads no body in the name of something else', () => {
    const orgs = orgsOf(
      ' date 2025-10-15 Pact\n\nDepartment of Foreign Affairs Assistant Secretary Daniel Espiritu said the pact resembles the Visiting Forces Agreement and the Foreign Office Consultations.',
    );
    expect(orgs).toContain('Department of Foreign Affairs');
    expect(orgs.filter((o) => /Assistant|Visiting|Foreign Office/.test(o))).toEqual([]);
  });

  it('does not start a body at a person coordinated with it', () => {
    const orgs = orgsOf(' date 2024-10-01 Embassy\n\nAmbassador Zhang Hanhui met Andrey Rudenko and State Duma deputies.');
    expect(orgs.filter((o) => /Rudenko/.test(o))).toEqual([]);
  });

  it('names an organ with the body it belongs to', () => {
    const orgs = orgsOf(' date 2025-06-25 Party\n\nThe Chinese side was led by Li Ganjie, head of the Organization Department of the CPC Central Committee.');
    expect(orgs).toContain('Organization Department of the CPC Central Committee');
    expect(orgs).not.toContain('Department of the CPC Central Committee');
  });

  it('folds a known body with its own country as a tail into the body', () => {
    const orgs = orgsOf(' date 2025-10-15 Talks\n\nVolodin, chairman of the State Duma of Russia, said the State Duma is ready.');
    expect(orgs.filter((o) => /Duma/.test(o))).toEqual(['State Duma']);
  });
});
