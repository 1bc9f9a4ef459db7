// Examples written for this test of rules that carry extraction beyond China–Russia reporting:
// names of many traditions, the gazetteers from packages, ministries of any country, and
// meeting phrases of news in general. Each example names people and places no curated list has.
import { describe, expect, it } from 'vitest';
import { extractArticle, toGold } from '../../src/extract/index.ts';

const gold = (text: string) => toGold(extractArticle('example.txt', ` date 2025-06-12 Example headline\n\n${text}`));
const people = (text: string): string[] => gold(text).people.map((p) => p.name);
const meetings = (text: string) => gold(text).meetings.map((m) => ({ with: [...m.participants, ...m.organizations], date: m.date, status: m.status }));

describe('names from proper-noun chunks', () => {
  it.each([
    ['Speaker Alen Simonyan met Seyed Mehdi Farshadan in Yerevan.', ['Alen Simonyan', 'Seyed Mehdi Farshadan']],
    ['Crown Prince Mohammed bin Salman received Ursula von der Leyen.', ['Mohammed bin Salman', 'Ursula von der Leyen']],
    ['Foreign Minister Kang Kyung-wha spoke to reporters.', ['Kang Kyung-wha']],
    ['Egypt\'s Abdel Fattah al-Sisi welcomed the guests.', ['Abdel Fattah al-Sisi']],
    ['His Excellency Nana Addo Dankwa Akufo-Addo arrived. Akufo-Addo thanked his hosts.', ['Nana Addo Dankwa Akufo-Addo']],
    ['The minister of trade, Marta Oyelaran-Bassey, signed the deal.', ['Marta Oyelaran-Bassey']],
    ['The forum was attended by President of Estonia Kaarel Vainomets, President of Latvia Ilze Berzkalne, and others.', ['Kaarel Vainomets', 'Ilze Berzkalne']],
    ['His Majesty King Faisal III bin Al Rashidi arrived at Qasr Al Nour on Monday.', ['Faisal III bin Al Rashidi']],
    ['Prime Minister R. K. Tamang Dorje will visit next month. Dorje said so.', ['R. K. Tamang Dorje']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // A lower-case role introduces a name whose surname is also a city.
    ['Olympic committee president Kirsty Coventry spoke first.', ['Kirsty Coventry']],
    ['An Israeli team headed by Gal Hirsch held talks with the mediators.', ['Gal Hirsch']],
    ['The team met Governor of the Central Bank of Sri Lanka Dr. P. Nandalal Weerasinghe.', ['P. Nandalal Weerasinghe']],
    ['The retreat was chaired by Foreign Minister Datuk Seri Utama Mohamad Hasan.', ['Mohamad Hasan']],
    ['(Reporting by Karen Lema in Manila and Tim Kelly in Tokyo; Editing by Martin Petty)', ['Karen Lema', 'Tim Kelly', 'Martin Petty']],
    ["The bank's chief economist, Philip Lane, presented the analysis.", ['Philip Lane']],
    ['Pope Leo XIV received the president in audience.', ['Pope Leo XIV']],
    ['The meeting was chaired by Eurogroup president Kyriakos Pierrakakis.', ['Kyriakos Pierrakakis']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("names the photographer of a caption credited '(Name/The Agency)'", () => {
    const text = ' date 2025-06-12 Example headline\n\nThe premiers met on Saturday.\n\nPremier Doug Ford speaks to reporters on Saturday. (Jordan Ortiz/The Associated Press)';
    const g = toGold(extractArticle('example.txt', text));
    expect(g.people.map((p) => p.name)).toEqual(['Doug Ford', 'Jordan Ortiz']);
  });

  it("keeps a plural possessive inside a body's name", () => {
    expect(gold("Kim Jong Un, General Secretary of the Workers' Party of Korea, received the minister.").organizations.map((o) => o.name)).toContain("Workers' Party of Korea");
  });

  it('takes no facility named after a person for the person', () => {
    expect(people('The company will upgrade its Gabriel Passos refinery and the rally left Major Dhyan Chand National Stadium.')).toEqual([]);
  });

  it('takes a name with the acronym of its initials for a body, in any language, but not a line, forum or agreement', () => {
    const g = gold('The operator Miejskie Zakłady Autobusowe (MZA) and the unions Comisiones Obreras (CCOO) and Unión General de Trabajadores (UGT) signed. MZA said so. Troops crossed the Line of Actual Control (LAC).');
    expect(g.people).toEqual([]);
    expect(g.organizations.map((o) => o.name)).toEqual(['Miejskie Zakłady Autobusowe', 'Comisiones Obreras', 'Unión General de Trabajadores']);
  });

  it('takes no capitalised common words or places for a name', () => {
    expect(people('The Armed Forces and the Guest House Padma hosted Social Sciences students at the Casa Rosada.')).toEqual([]);
  });

  it('links a sentence-opening "Al-Hayya" to "Khalil al-Hayya"', () => {
    const g = gold('Hamas chief Khalil al-Hayya arrived on Monday. Al-Hayya also met the mediators on Tuesday.');
    expect(g.people.map((p) => [p.name, p.mentions])).toEqual([['Khalil al-Hayya', ['Khalil al-Hayya', 'Al-Hayya']]]);
  });

  it('reads the name after a minister of several portfolios', () => {
    expect(people("Timor-Leste's Minister of Foreign Affairs and Cooperation Bendito dos Santos Freitas met the Minister of Interior and Local Government Tomas Vrba.")).toEqual([
      'Bendito dos Santos Freitas',
      'Tomas Vrba',
    ]);
  });

  it('reads a name after a title written in lower case', () => {
    expect(people('Dutch prime minister Rob Jetten spoke, and the foreign minister Tomas Vrba agreed. The president Monday said nothing.')).toEqual(['Rob Jetten', 'Tomas Vrba']);
  });

  it('resolves the family name of a Korean name written first', () => {
    const g = gold('President Lee Jae Myung met Prime Minister Sanae Takaichi on Wednesday. Lee thanked Takaichi.');
    expect(g.people.map((p) => [p.name, p.mentions])).toEqual([
      ['Lee Jae Myung', ['Lee Jae Myung', 'Lee']],
      ['Sanae Takaichi', ['Sanae Takaichi', 'Takaichi']],
    ]);
  });
});

describe('places and organizations of any country', () => {
  it('knows capitals and large cities from GeoNames and countries from world-countries', () => {
    const g = gold('Talks held in Nairobi, Port Vila and Dhaka drew delegates from Tanzania and Fiji.');
    expect(g.places.map((p) => [p.name, p.kind])).toEqual([
      ['Nairobi', 'city'],
      ['Port-Vila', 'city'],
      ['Dhaka', 'city'],
      ['Tanzania', 'country'],
      ['Fiji', 'country'],
    ]);
  });

  it('knows the first-level regions of countries from country-state-city, and a region as a surname', () => {
    const g = gold('The governor of Minas Gerais met officials from Balochistan and Alberta. Secretary-General Patricia Scotland spoke.');
    expect(g.places.map((p) => [p.name, p.kind, p.country])).toEqual([
      ['Minas Gerais', 'region', 'Brazil'],
      ['Balochistan', 'region', 'Pakistan'],
      ['Alberta', 'region', 'Canada'],
    ]);
    expect(g.people.map((p) => p.name)).toEqual(['Patricia Scotland']);
  });

  it('knows central banks, the Eurogroup and Palestinian bodies from the knowledge file', () => {
    const orgs = gold('The Palestinian Authority and the PLO welcomed the decision; the Bank of Italy and the Eurogroup did not comment.').organizations.map((o) => o.name);
    expect(orgs).toEqual(['Palestinian Authority', 'PLO', 'Bank of Italy', 'Eurogroup']);
  });

  it('names a ministry after its country, never a default one', () => {
    const orgs = (text: string) => gold(text).organizations.map((o) => o.name);
    expect(orgs('The Japanese Defense Ministry said two bombers flew past.')).toEqual(['Ministry of Defense of Japan']);
    expect(orgs("Kenya's Foreign Ministry issued a statement.")).toEqual(['Ministry of Foreign Affairs of Kenya']);
  });

  it('leaves a party\'s standing that opens the sentence out of its name', () => {
    expect(gold('Opposition Green Horizon Party leader Tomas Vehk criticised the plan.').organizations.map((o) => o.name)).toEqual(['Green Horizon Party']);
  });

  it('names a body by its acronym when the article never writes it out', () => {
    expect(gold('NATO allies met in Brussels, AFP reported.').organizations.map((o) => o.name)).toEqual(['NATO', 'AFP']);
  });
});

describe('meeting phrases of news in general', () => {
  it('adds those who "joined" the talks just reported to them', () => {
    const text = 'Prime Minister Ana Kerrigan met President Tomas Vehk in Tallinn on Tuesday. They were joined by Foreign Minister Ilze Berzkalne.';
    expect(meetings(text)).toEqual([{ with: ['Ana Kerrigan', 'Tomas Vehk', 'Ilze Berzkalne'], date: '2025-06-10', status: 'held' }]);
  });

  it('reads a gathering "chaired by X and attended by A, B and C" as one meeting of them all, on the lead\'s day', () => {
    const text =
      'The Third Summit of the Baltic States took place in Riga on Tuesday. The summit was chaired by President of Latvia Ilze Berzkalne ' +
      'and attended by President of Estonia Kaarel Vainomets, President of Lithuania Jonas Dovydaitis and President of Poland Marek Wolski. ' +
      'On Wednesday, Berzkalne and Wolski held talks in Jurmala.';
    expect(meetings(text)).toContainEqual({ with: ['Ilze Berzkalne', 'Kaarel Vainomets', 'Jonas Dovydaitis', 'Marek Wolski'], date: '2025-06-10', status: 'held' });
  });

  it('reads a courtesy call, and not an appeal, as a meeting', () => {
    expect(meetings('Foreign Secretary Amna Baloch paid a courtesy call on Chief Adviser Muhammad Yunus on Thursday.')).toEqual([
      { with: ['Amna Baloch', 'Muhammad Yunus'], date: '2025-06-12', status: 'held' },
    ]);
    expect(meetings('President Javier Milei called on Congress to pass the budget.')).toEqual([]);
  });

  it('reads "a summit with X" as talks of two', () => {
    expect(meetings('President Lee Jae Myung will travel to Nara next week for a summit with Prime Minister Sanae Takaichi.')).toEqual([
      { with: ['Lee Jae Myung', 'Sanae Takaichi'], date: '2025-06', status: 'scheduled' },
    ]);
  });

  it('keeps the visitors of a tour as "they" across sentences', () => {
    const text =
      'Foreign Minister Penny Wong and Minister Matt Keogh arrived in Suva on Monday. ' +
      'While in Suva, they will meet Prime Minister Sitiveni Rabuka. A statement was issued later. ' +
      'In Port Vila, they will meet Prime Minister Jotham Napat.';
    expect(meetings(text).map((m) => m.with)).toEqual([
      ['Penny Wong', 'Matt Keogh', 'Sitiveni Rabuka'],
      ['Penny Wong', 'Matt Keogh', 'Jotham Napat'],
    ]);
  });

  it('reports no meeting that is said not to be planned', () => {
    expect(meetings('An aide said no meeting between President Emmanuel Macron and Chancellor Olaf Scholz was planned.')).toEqual([]);
  });
});

describe('meeting frames of world news', () => {
  it.each([
    ['Kenyan President William Ruto received a phone call from Tanzanian President Samia Suluhu Hassan on Monday.', ['William Ruto', 'Samia Suluhu Hassan'], '2025-06-09', 'held'],
    ['Indian Prime Minister Narendra Modi visited Nairobi on Monday and met President William Ruto.', ['Narendra Modi', 'William Ruto'], '2025-06-09', 'held'],
    ['Turkish President Recep Tayyip Erdogan is set to meet Egyptian President Abdel Fattah al-Sisi in Ankara on Friday.', ['Recep Tayyip Erdogan', 'Abdel Fattah al-Sisi'], '2025-06-13', 'scheduled'],
    ['ECOWAS leaders met in Abuja on Sunday for an extraordinary summit chaired by Nigerian President Bola Tinubu.', ['Bola Tinubu', 'ECOWAS'], '2025-06-08', 'held'],
    ['Prime Minister Anwar Ibrahim will receive Indonesian President Prabowo Subianto at Seri Perdana on Wednesday.', ['Anwar Ibrahim', 'Prabowo Subianto'], '2025-06-18', 'scheduled'],
  ])('%s', (text, participants, date, status) => {
    expect(meetings(text)).toEqual([{ with: participants, date, status }]);
  });

  it('reports talks on the sidelines of a summit and the summit itself', () => {
    const text = 'President Cyril Ramaphosa held a bilateral meeting with Premier Li Qiang on the sidelines of the G20 summit in Johannesburg on Saturday.';
    expect(meetings(text).map((m) => m.with)).toEqual([['Cyril Ramaphosa', 'Li Qiang'], ['Cyril Ramaphosa', 'Li Qiang', 'Group of 20']]);
  });
});

describe('possessors are not participants', () => {
  it("keeps the guest of 'to prepare Lula's visit' out of the talks, and the owner of 'Putin's talks' in", () => {
    expect(meetings("Foreign Minister Wang Yi met Foreign Minister Mauro Vieira on Monday to prepare President Lula's visit.").map((m) => m.with)).toEqual([
      ['Wang Yi', 'Mauro Vieira'],
    ]);
    expect(meetings("President Vladimir Putin's talks with President Xi Jinping took place on Monday.").map((m) => m.with)).toEqual([
      ['Vladimir Putin', 'Xi Jinping'],
    ]);
  });
});

describe('a visit under way', () => {
  it('dates what it schedules, with no date of its own, to the month of publication', () => {
    const text = 'President Bola Tinubu has arrived in Accra on a two-day state visit. Tinubu will hold talks with President John Mahama.';
    expect(meetings(text)).toEqual([{ with: ['Bola Tinubu', 'John Mahama'], date: '2025-06', status: 'scheduled' }]);
    expect(meetings('President Bola Tinubu will hold talks with President John Mahama.')).toEqual([
      { with: ['Bola Tinubu', 'John Mahama'], date: null, status: 'scheduled' },
    ]);
  });
});

describe('names in their setting', () => {
  it('reads Vietnamese names and a title with its body before the name', () => {
    expect(people('Chairman of the National Assembly (NA) Tran Thanh Man held talks with Prime Minister Pham Minh Chinh.')).toEqual([
      'Tran Thanh Man',
      'Pham Minh Chinh',
    ]);
  });

  it('never runs a name across a line break (a byline above the lead)', () => {
    const g = gold('Jane Okafor\n\nAnthony Albanese and Prime Minister Keir Starmer held talks on Friday. The pair met at the resort.');
    expect(g.people.map((p) => p.name)).toEqual(['Jane Okafor', 'Anthony Albanese', 'Keir Starmer']);
    expect(g.meetings.map((m) => m.participants)).toEqual([['Anthony Albanese', 'Keir Starmer']]);
  });
});

describe('tense and participation', () => {
  it('reads a call as held by its own past verb, whatever plans the clause mentions', () => {
    expect(meetings('Chancellor Friedrich Merz spoke by phone with Prime Minister Bart De Wever on Monday evening about an EU plan to use frozen assets.')).toEqual([
      { with: ['Friedrich Merz', 'Bart De Wever'], date: '2025-06-09', status: 'held' },
    ]);
  });

  it('reads "had spoken ... ahead of the visit" as a call held, and "have yet to meet" as none', () => {
    expect(meetings('Foreign Minister Ishaq Dar had also spoken to Iranian Foreign Minister Abbas Araghchi by telephone on Saturday ahead of the visit.')).toEqual([
      { with: ['Ishaq Dar', 'Abbas Araghchi'], date: '2025-06-07', status: 'held' },
    ]);
    expect(meetings('President Donald Trump and President Claudia Sheinbaum have yet to meet in person.')).toEqual([]);
  });

  it('adds those the talks "also included", takes up a speaker resumed by "he", and leaves out who sent greetings', () => {
    const talks = 'Treasury Secretary Scott Bessent and Vice Premier He Lifeng held talks in Geneva on Sunday. The talks took place at the villa and also included trade envoy Jamieson Greer and negotiator Li Chenggang.';
    expect(meetings(talks).map((m) => m.with)).toEqual([['Scott Bessent', 'He Lifeng', 'Jamieson Greer', 'Li Chenggang']]);
    const call = 'Foreign Minister Sergey Lavrov told reporters that he had discussed the situation by phone with Foreign Minister Wang Yi on Tuesday.';
    expect(meetings(call).map((m) => m.with)).toEqual([['Sergey Lavrov', 'Wang Yi']]);
    const greetings = 'Kim Jong Un received Foreign Minister Sergey Lavrov on Saturday. Lavrov conveyed "warm greetings" from President Vladimir Putin.';
    expect(meetings(greetings).map((m) => m.with)).toEqual([['Kim Jong Un', 'Sergey Lavrov']]);
  });

  it('reads "held more than eight hours of talks" on its own day, and a body that met in a relative clause', () => {
    expect(meetings('Treasury Secretary Scott Bessent and Vice Premier He Lifeng held more than eight hours of talks in Geneva on Sunday.')).toEqual([
      { with: ['Scott Bessent', 'He Lifeng'], date: '2025-06-08', status: 'held' },
    ]);
    expect(meetings('The Governing Council of the European Central Bank, which met in Frankfurt on Thursday, left rates unchanged.').map((m) => m.with)).toEqual([
      ['Governing Council of the European Central Bank'],
    ]);
  });

  it('reads "his Congolese and Rwandan counterparts" as the people of those countries the story names', () => {
    const text = 'President William Ruto on Friday hosted his Congolese and Rwandan counterparts at State House. President Felix Tshisekedi and President Paul Kagame shook hands.';
    expect(meetings(text).map((m) => m.with)).toEqual([['William Ruto', 'Felix Tshisekedi', 'Paul Kagame']]);
  });

  it('keeps "separate talks with each of the two leaders, first with A and then with B" apart from their joint meeting', () => {
    const text =
      'President William Ruto on Friday hosted President Felix Tshisekedi and President Paul Kagame at State House. ' +
      'Earlier in the day, Ruto held separate one-on-one talks with each of the two leaders, first with Mr Tshisekedi and then with Mr Kagame.';
    expect(meetings(text).map((m) => m.with)).toEqual([
      ['William Ruto', 'Felix Tshisekedi', 'Paul Kagame'],
      ['William Ruto', 'Felix Tshisekedi'],
      ['William Ruto', 'Paul Kagame'],
    ]);
  });

  it('reads "talks in Tehran between A and B"', () => {
    expect(meetings('The deal was reached on Monday during talks in Tehran between Interior Minister Mohsin Naqvi and his counterpart Eskandar Momeni.').map((m) => m.with)).toEqual([
      ['Mohsin Naqvi', 'Eskandar Momeni'],
    ]);
  });

  it('adds those who joined the talks later to the talks', () => {
    const text =
      'President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev on Thursday. ' +
      'The talks were later continued with the participation of the delegations, including Prime Minister Olzhas Bektenov.';
    expect(meetings(text).map((m) => m.with)).toEqual([['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev', 'Olzhas Bektenov']]);
  });
});

describe('one person, several written forms', () => {
  it('joins a shorter name running inside one fuller name, and spellings that fold alike', () => {
    const g = gold('Prime Minister Bart De Wever spoke with President Recep Tayyip Erdoğan on Monday. De Wever later thanked Recep Tayyip Erdogan.');
    expect(g.people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Bart De Wever', 2],
      ['Recep Tayyip Erdoğan', 2],
    ]);
  });
});

describe('places and peoples are nobody', () => {
  it('takes no demonym or WordNet place of several words for a person', () => {
    expect(people('Sri Lankan fishermen from Tamil Nadu and Nusa Tenggara were released on Friday.')).toEqual([]);
  });
});

describe('acronyms written as words', () => {
  it('knows "Asean" and "Ecowas" as the bodies "ASEAN" and "ECOWAS" name', () => {
    expect(gold('Asean foreign ministers met Ecowas envoys in Jakarta.').organizations.map((o) => o.name)).toEqual([
      'Association of Southeast Asian Nations',
      'Economic Community of West African States',
    ]);
  });
});
