// General ways news language reports a meeting, one invented example each (no article text).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { toGold } from '../../../src/extract/gold.ts';

const meetingsOf = (published: string, body: string) =>
  toGold(extractArticle('a.txt', ` date ${published} Probe headline\n\n${body}`)).meetings.map((m) => ({
    with: [...m.participants, ...m.organizations],
    date: m.date,
    status: m.status,
  }));

describe('calls named by the medium after the other party', () => {
  it('reads "spoke with X by telephone" and "talked to X over the phone" as calls', () => {
    expect(
      meetingsOf(
        '2025-03-08',
        'French President Emmanuel Macron spoke with Brazilian President Luiz Inacio Lula da Silva by telephone on Friday. ' +
          'German Chancellor Friedrich Merz talked to Japanese Prime Minister Shigeru Ishiba over the phone last week.',
      ),
    ).toEqual([
      { with: ['Emmanuel Macron', 'Luiz Inacio Lula da Silva'], date: '2025-03-07', status: 'held' },
      { with: ['Friedrich Merz', 'Shigeru Ishiba'], date: '2025-03', status: 'held' },
    ]);
  });

  it('leaves "spoke with reporters" without a phone alone', () => {
    expect(meetingsOf('2025-03-08', 'French President Emmanuel Macron spoke with reporters in Paris on Friday about the budget.')).toEqual([]);
  });
});

describe('a schedule for later on the day of writing', () => {
  it('dates "Later in the day, X is expected to meet Y" to the publication day', () => {
    expect(
      meetingsOf('2025-03-08', 'Later in the day, Kenyan President William Ruto is expected to meet Ugandan President Yoweri Museveni at State House.'),
    ).toEqual([{ with: ['William Ruto', 'Yoweri Museveni'], date: '2025-03-08', status: 'scheduled' }]);
  });
});

describe('undated talks dated by the story', () => {
  it('takes the day from a later sentence naming a participant', () => {
    expect(
      meetingsOf(
        '2025-03-08',
        'Security Council Secretary Sergei Shoigu met Kim Jong-un during his stay in Pyongyang, his office said. ' +
          'On March 7, a delegation headed by Shoigu was in Pyongyang for a strategic dialogue.',
      ),
    ).toEqual([{ with: ['Sergei Shoigu', 'Kim Jong-un'], date: '2025-03-07', status: 'held' }]);
  });

  it("takes the day of the story's lead for talks held alongside it", () => {
    expect(
      meetingsOf(
        '2025-03-08',
        'Brazilian President Luiz Inacio Lula da Silva received Chilean President Gabriel Boric in Brasilia on Friday.\n\n' +
          'In parallel, Foreign Minister Mauro Vieira held a working meeting with Chilean Foreign Minister Alberto van Klaveren.',
      ),
    ).toEqual([
      { with: ['Luiz Inacio Lula da Silva', 'Gabriel Boric'], date: '2025-03-07', status: 'held' },
      { with: ['Mauro Vieira', 'Alberto van Klaveren'], date: '2025-03-07', status: 'held' },
    ]);
  });
});

describe('gatherings named by their body', () => {
  it('reads "will attend the ASEAN-US meeting" as a meeting of the body with the attendee', () => {
    expect(
      meetingsOf('2025-07-09', 'US Secretary of State Marco Rubio will also attend the ASEAN-US meeting on Thursday. The Kuala Lumpur meeting was long.'),
    ).toEqual([{ with: ['Marco Rubio', 'ASEAN'], date: '2025-07-10', status: 'scheduled' }]);
  });
});

describe('meetings named as a noun with modifiers, met separately, or "seen"', () => {
  it('reads "hold the annual summit with", "met A and B separately" and "to see X"', () => {
    expect(
      meetingsOf(
        '2025-06-25',
        'Indian Prime Minister Narendra Modi is expected to hold the annual summit with Japanese Prime Minister Shigeru Ishiba in Tokyo in August. ' +
          'EU envoy Peter Sorensen met Kosovo negotiator Besnik Bislimi and Serbian negotiator Petar Petkovic separately on Wednesday. ' +
          'Sorensen said he planned to travel to Pristina in July to see Kosovo Prime Minister Albin Kurti. Analysts saw China as the winner.',
      ),
    ).toEqual([
      { with: ['Narendra Modi', 'Shigeru Ishiba'], date: '2025-08', status: 'scheduled' },
      { with: ['Peter Sorensen', 'Besnik Bislimi'], date: '2025-06-25', status: 'held' },
      { with: ['Peter Sorensen', 'Petar Petkovic'], date: '2025-06-25', status: 'held' },
      { with: ['Peter Sorensen', 'Albin Kurti'], date: '2025-07', status: 'scheduled' },
    ]);
  });
});

describe('talks on the eve of a gathering', () => {
  it('dates "On the eve of the summit" to the day before the gathering the story reports', () => {
    expect(
      meetingsOf(
        '2024-08-10',
        'The leaders of Central Asia convened in Astana on Aug. 9 for their summit.\n\nOn the eve of the summit, Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held talks.',
      ),
    ).toEqual([{ with: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], date: '2024-08-08', status: 'held' }]);
  });
});

describe('"meet" with a plural subject, and plans that did not happen', () => {
  it('reads "A and B were expected to meet later in the week" as their meeting, and "had been due to meet" as none', () => {
    expect(
      meetingsOf(
        '2025-07-09',
        'Thai Foreign Minister Maris Sangiampongsa and Cambodian Foreign Minister Prak Sokhonn were also expected to meet later in the week. ' +
          'Rwandan President Paul Kagame and Congolese President Felix Tshisekedi had been due to meet in Luanda in December, but that summit was cancelled. ' +
          'Ministers and officials will meet the needs of farmers.',
      ),
    ).toEqual([{ with: ['Maris Sangiampongsa', 'Prak Sokhonn'], date: '2025-07', status: 'scheduled' }]);
  });
});

describe('a date after "since"', () => {
  it('starts a period, and does not date the talks, unless the talks are denied', () => {
    expect(
      meetingsOf(
        '2025-03-19',
        'Congolese President Felix Tshisekedi met Rwandan President Paul Kagame in Doha on Tuesday, their first encounter since fighting began in January. ' +
          'Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti have not met since September 2023.',
      ),
    ).toEqual([
      { with: ['Felix Tshisekedi', 'Paul Kagame'], date: '2025-03-18', status: 'held' },
      { with: ['Aleksandar Vucic', 'Albin Kurti'], date: '2023-09', status: 'held' },
    ]);
  });
});

describe('talks during a stretch of time', () => {
  it('dates "will visit from April 4 to 6, during which he will hold talks" by the visit', () => {
    expect(
      meetingsOf(
        '2025-03-20',
        'Indian Prime Minister Narendra Modi will visit Sri Lanka from April 4 to 6, during which he will hold talks with Sri Lankan President Anura Kumara Dissanayake in Colombo.',
      ),
    ).toEqual([{ with: ['Narendra Modi', 'Anura Kumara Dissanayake'], date: '2025-04-04', status: 'scheduled' }]);
  });
});

describe('a body whose sitting is chaired', () => {
  it('reads "X, who chaired the Foreign Affairs Council" as a held sitting of that body with its chair, on the day of the lead', () => {
    expect(
      meetingsOf(
        '2025-10-20',
        'LUXEMBOURG (AP) — European Union foreign ministers gathered in Luxembourg on Monday to weigh new sanctions.\n\n' +
          "The EU's foreign policy chief, Kaja Kallas, who chaired the Foreign Affairs Council, said she expected the package to be over the line this week.",
      ),
    ).toEqual([{ with: ['Kaja Kallas', 'Foreign Affairs Council'], date: '2025-10-20', status: 'held' }]);
  });
});

describe('meeting idioms', () => {
  it('reads "A and B last got together in May" as their meeting, and needs two people for it', () => {
    expect(
      meetingsOf(
        '2024-07-03',
        'Russian President Vladimir Putin and Chinese President Xi Jinping last got together in May in Beijing. Investors got together in London.',
      ),
    ).toEqual([{ with: ['Vladimir Putin', 'Xi Jinping'], date: '2024-05', status: 'held' }]);
  });
});

describe('a gathering between two bodies, and talks on its sidelines', () => {
  it('reads the bodies of "the 11th meeting of the dialogue between A and B" and keeps sidelines talks apart', () => {
    expect(
      meetingsOf(
        '2025-06-26',
        'The 11th meeting of the inter-party dialogue between United Russia and the Communist Party of China opened in Moscow on Wednesday.\n\n' +
          'On the sidelines of the dialogue, United Russia chairman Dmitry Medvedev held a separate meeting with Chinese official Li Ganjie.',
      ),
    ).toEqual([
      { with: ['United Russia', 'Communist Party of China'], date: '2025-06-25', status: 'held' },
      { with: ['Dmitry Medvedev', 'Li Ganjie'], date: '2025-06-25', status: 'held' },
    ]);
  });
});

describe('bodies that meet', () => {
  it('reads a body as the subject of "met" or "will meet" as a meeting of that body', () => {
    expect(
      meetingsOf(
        '2025-03-08',
        'The Joint Working Group on Fisheries between the two countries met in Colombo on Tuesday. ' +
          'The Central Committee of the Communist Party of Vietnam will meet again in October.',
      ),
    ).toEqual([
      { with: ['Joint Working Group on Fisheries'], date: '2025-03-04', status: 'held' },
      { with: ['Central Committee of the Communist Party of Vietnam'], date: '2025-10', status: 'scheduled' },
    ]);
  });

  it('does not read "meet the needs" as a meeting', () => {
    expect(meetingsOf('2025-03-08', 'The Asian Development Bank will meet the needs of small farmers in Nepal.')).toEqual([]);
  });
});

describe('the pair just reported, named by description', () => {
  it('reads "the two foreign ministers" as the pair, and their earlier call in another month as a call of its own', () => {
    expect(
      meetingsOf(
        '2025-03-08',
        'Indian Foreign Minister Subrahmanyam Jaishankar held talks with Sri Lankan Foreign Minister Vijitha Herath in New Delhi on Friday. ' +
          'The two foreign ministers had spoken by phone in January.',
      ),
    ).toEqual([
      { with: ['Subrahmanyam Jaishankar', 'Vijitha Herath'], date: '2025-03-07', status: 'held' },
      { with: ['Subrahmanyam Jaishankar', 'Vijitha Herath'], date: '2025-01', status: 'held' },
    ]);
  });
});

describe('verbs coordinated with an earlier one of the same subject', () => {
  it('dates "X visited P in February, ..., and held talks with Y" to February', () => {
    expect(
      meetingsOf(
        '2025-09-01',
        'Turkish President Recep Tayyip Erdogan visited Cairo in February, his first visit in more than a decade, and held talks with Egyptian President Abdel-Fattah El-Sisi.',
      ),
    ).toEqual([{ with: ['Recep Tayyip Erdogan', 'Abdel-Fattah El-Sisi'], date: '2025-02', status: 'held' }]);
  });
});

describe('participants named by title only', () => {
  it('reads "the Saudi foreign minister" in a later sentence as the one Saudi foreign minister named before', () => {
    expect(
      meetingsOf(
        '2025-03-11',
        'Qatari Prime Minister Mohammed bin Abdulrahman Al Thani received Saudi Foreign Minister Faisal bin Farhan in Doha on Monday. ' +
          'On Tuesday, Emir Tamim bin Hamad Al Thani met the Saudi foreign minister.',
      ),
    ).toEqual([
      { with: ['Mohammed bin Abdulrahman Al Thani', 'Faisal bin Farhan'], date: '2025-03-10', status: 'held' },
      { with: ['Tamim bin Hamad Al Thani', 'Faisal bin Farhan'], date: '2025-03-11', status: 'held' },
    ]);
  });
});

describe('clause rules by name', () => {
  const body = ' date 2025-03-08 Probe headline\n\nThe Joint Working Group on Fisheries met in Colombo on Tuesday.';

  it('leaves out a named clause rule, and only that one', () => {
    expect(extractArticle('a.txt', body).meetings).toHaveLength(1);
    expect(extractArticle('a.txt', body, { meetings: { skip: new Set(['bodies-meet']) } }).meetings).toEqual([]);
    expect(extractArticle('a.txt', body, { meetings: { skip: new Set(['both-sides']) } }).meetings).toHaveLength(1);
  });
});

describe('a body that meets, with an apposition before its verb', () => {
  it('reads "The X Council, chaired by Y, met" and "the X Council, the framework of ..., last convened" as the body meeting, and a meeting "convened by" people as no body\'s', () => {
    expect(
      meetingsOf(
        '2025-03-08',
        'The Trade Council, chaired by the High Representative, Maria Holm, met in Brussels on Monday. ' +
          'The EU-Chile Association Council, the formal framework for relations, last convened in February. ' +
          'A meeting convened in Brussels by Maria Holm and Peter Lind broke down in January.',
      ),
    ).toEqual([
      { with: ['Maria Holm', 'Trade Council'], date: '2025-03-03', status: 'held' },
      { with: ['EU-Chile Association Council'], date: '2025-02', status: 'held' },
    ]);
  });

  it('adds those who "joined by videoconference" to the meeting just reported, not a call of their own', () => {
    expect(
      meetingsOf(
        '2025-03-08',
        'The Trade Council, chaired by Maria Holm, met in Brussels on Monday. Ministers were joined by videoconference by the Foreign Minister of Ukraine, Andrii Sybiha.',
      ),
    ).toEqual([{ with: ['Maria Holm', 'Andrii Sybiha', 'Trade Council'], date: '2025-03-03', status: 'held' }]);
  });
});

describe('talks on the sidelines of "the meeting"', () => {
  it('keeps them apart from the gathering, on its day, and merges two names of one gathering', () => {
    expect(
      meetingsOf(
        '2026-08-06',
        'The summit was chaired by President of Uzbekistan Shavkat Mirziyoyev and attended by President of Kazakhstan Kassym-Jomart Tokayev and President of Azerbaijan Ilham Aliyev on Thursday.\n\n' +
          'On the sidelines of the meeting, Tokayev held a bilateral meeting with Aliyev.',
      ),
    ).toEqual([
      { with: ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev', 'Ilham Aliyev'], date: '2026-08-06', status: 'held' },
      { with: ['Kassym-Jomart Tokayev', 'Ilham Aliyev'], date: '2026-08-06', status: 'held' },
    ]);
    const scheduled = meetingsOf(
      '2025-06-20',
      'Defense Minister Andrei Belousov will take part in a meeting of defense ministers of the Shanghai Cooperation Organization (SCO) next week. ' +
        'On the sidelines of the meeting, Belousov is expected to hold bilateral talks with Chinese Defense Minister Dong Jun. ' +
        "The SCO defense ministers' meeting will take place on June 25-26.",
    ).map((m) => m.with);
    expect(scheduled).toHaveLength(2);
    expect(scheduled[1]).toEqual(['Andrei Belousov', 'Dong Jun']);
  });
});

describe('what dates the talks and who takes part, and what does not', () => {
  it('takes no past date from the sentence before for a meeting to come', () => {
    expect(
      meetingsOf('2025-10-20', 'The EU-Chile Association Council last convened in February. Maria Holm said she would meet Chilean Foreign Minister Peter Lind in Brussels.'),
    ).toEqual([
      { with: ['EU-Chile Association Council'], date: '2025-02', status: 'held' },
      { with: ['Maria Holm', 'Peter Lind'], date: null, status: 'scheduled' },
    ]);
  });

  it('reads "Before the meeting, X and Y opened an exhibition" as a time, not a meeting', () => {
    expect(
      meetingsOf(
        '2025-10-20',
        'Maria Holm chaired the Trade Council in Luxembourg on Monday. Before the meeting, Foreign Minister Peter Lind and Holm opened a photo exhibition.',
      ),
    ).toEqual([{ with: ['Maria Holm', 'Trade Council'], date: '2025-10-20', status: 'held' }]);
  });

  it('dates a gathering by its own relative clause after its body, and does not seat later attendees at it', () => {
    expect(
      meetingsOf(
        '2026-05-16',
        'On Friday, the SCO foreign ministers held their regular meeting in Bishkek. The ministers reviewed preparations for the meeting of the Council of Heads of State of the SCO, which will be held in Bishkek in July. ' +
          'SCO Secretary-General Nurlan Yermekbayev also attended the meeting.',
      ).filter((m) => m.status === 'scheduled'),
    ).toEqual([{ with: ['Council of Heads of State of the SCO'], date: '2026-07', status: 'scheduled' }]);
  });
});

describe('a schedule told in the present', () => {
  it('reads "leaders, who gather on Thursday for a summit" as to come, and "will be chaired by" as no report that it was held', () => {
    expect(
      meetingsOf('2025-10-20', 'The plan goes to EU leaders, who gather in Brussels on Thursday for a European Council summit chaired by António Costa.'),
    ).toEqual([{ with: ['António Costa', 'European Council'], date: '2025-10-23', status: 'scheduled' }]);
    expect(
      meetingsOf('2025-10-21', 'Leaders will decide when they gather for a summit in Brussels on Thursday. The meeting will be chaired by European Council President António Costa.'),
    ).toEqual([{ with: ['António Costa'], date: '2025-10-23', status: 'scheduled' }]);
  });
});

describe('a summit, its side talks and a meeting that did not take place', () => {
  it('dates the gathering by the lead under a credit line, the next talks "also" held by the same person that day, and drops one that "did not take place"', () => {
    expect(
      meetingsOf(
        '2026-08-06',
        'Kazinform, Tashkent\n\nThe consultative meeting of Central Asian leaders took place in Tashkent on Thursday.\n\n' +
          'The summit was chaired by President of Uzbekistan Shavkat Mirziyoyev and attended by President of Kazakhstan Kassym-Jomart Tokayev and President of Kyrgyzstan Sadyr Japarov.\n\n' +
          'On the sidelines of the meeting, Tokayev held a bilateral meeting with Mirziyoyev. Tokayev also met with Japarov to discuss border trade.\n\n' +
          'On Wednesday, Mirziyoyev and Japarov held talks at the Kuksaroy residence.\n\n' +
          'Japarov, who was expected to hold a separate meeting with Turkmen President Serdar Berdimuhamedov, left early, and that meeting did not take place.',
      ),
    ).toEqual([
      { with: ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev', 'Sadyr Japarov'], date: '2026-08-06', status: 'held' },
      { with: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], date: '2026-08-06', status: 'held' },
      { with: ['Kassym-Jomart Tokayev', 'Sadyr Japarov'], date: '2026-08-06', status: 'held' },
      { with: ['Shavkat Mirziyoyev', 'Sadyr Japarov'], date: '2026-08-05', status: 'held' },
    ]);
  });
});

describe('"the two leaders" with no talks reported before', () => {
  it('are the two people the story has named so far', () => {
    expect(
      meetingsOf(
        '2026-03-03',
        'Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed on Tuesday to speed up work on a road link.\n\nThe two leaders held talks at State House in Nairobi.',
      ),
    ).toEqual([{ with: ['William Ruto', 'Abiy Ahmed'], date: '2026-03-03', status: 'held' }]);
  });
});

describe('meetings called off', () => {
  it('leaves out a meeting that "had been due to take place", one cancelled before it is named, and splits no sentence at "Canada-U.S."', () => {
    expect(
      meetingsOf(
        '2025-09-15',
        'Prime Minister Mark Carney hosted President Claudia Sheinbaum on Monday, hours after the White House cancelled a trilateral meeting of trade ministers. ' +
          "The trilateral meeting between U.S. Trade Representative Jamieson Greer, Canada's Minister for Canada-U.S. Trade Dominic LeBlanc and Economy Secretary Marcelo Ebrard had been due to take place in Washington on Sept. 22.",
      ),
    ).toEqual([{ with: ['Mark Carney', 'Claudia Sheinbaum'], date: '2025-09-15', status: 'held' }]);
  });
});

describe('an exchange with people listed by title', () => {
  it('reads "held an informal exchange with A, and the Foreign Minister of B, C" as one meeting with both', () => {
    expect(
      meetingsOf(
        '2026-01-27',
        'On Monday, ministers held an informal exchange with the Secretary-General of the Arab League, Ahmed Aboul Gheit, and the Foreign Minister of Jordan, Ayman Safadi, on reconstruction needs.',
      ),
    ).toEqual([{ with: ['Ahmed Aboul Gheit', 'Ayman Safadi'], date: '2026-01-26', status: 'held' }]);
  });
});

describe('the guest who "later met" someone', () => {
  it('leaves out who is named inside the inserted clause, and dates the talks by the visit\'s talks, not a day of that clause', () => {
    expect(
      meetingsOf(
        '2025-09-10',
        'President Bola Tinubu on Tuesday received President Julius Maada Bio of Sierra Leone at the Presidential Villa.\n\n' +
          'Bio, who took the chair at a summit held in Abuja on June 22, thanked his host.\n\n' +
          "Bio, who was accompanied by his country's Foreign Minister Timothy Musa Kabba, later met with ECOWAS Commission President Omar Alieu Touray.",
      ),
    ).toEqual([
      { with: ['Bola Tinubu', 'Julius Maada Bio'], date: '2025-09-09', status: 'held' },
      { with: ['Julius Maada Bio', 'Omar Alieu Touray'], date: '2025-09-09', status: 'held' },
    ]);
  });
});

describe('a day before ", where"', () => {
  it('dates "travel to Doha on Friday, where he is expected to meet X" to that Friday', () => {
    expect(
      meetingsOf('2026-03-12', "Hakan Fidan is scheduled to travel to Doha on Friday, where he is expected to meet Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani."),
    ).toEqual([{ with: ['Hakan Fidan', 'Mohammed bin Abdulrahman bin Jassim Al Thani'], date: '2026-03-13', status: 'scheduled' }]);
  });
});

describe('rounds that are no talks', () => {
  it('reads "the seventh round of voting" as no meeting, and "the third round of consultations" as one', () => {
    expect(meetingsOf('2025-02-16', 'Mahmoud Ali Youssouf beat former Kenyan prime minister Raila Odinga in the seventh round of voting late on Saturday.')).toEqual([]);
    expect(meetingsOf('2025-02-16', 'Wang Yi and Sergey Lavrov held the third round of consultations on Saturday.')).toEqual([
      { with: ['Wang Yi', 'Sergey Lavrov'], date: '2025-02-15', status: 'held' },
    ]);
  });
});

describe('the meeting a denial dates', () => {
  it('seats the pair of "A and B have not held talks since a meeting hosted by C" at that meeting', () => {
    expect(
      meetingsOf(
        '2025-02-16',
        'Congolese President Felix Tshisekedi and Rwandan President Paul Kagame have not held face-to-face talks since a meeting hosted by Angolan President Joao Lourenco in Luanda in July 2022.',
      ),
    ).toEqual([{ with: ['Felix Tshisekedi', 'Paul Kagame', 'Joao Lourenco'], date: '2022-07', status: 'held' }]);
  });
});

describe('a special session', () => {
  it('reads "addressed a special session of the X Council" as a session of that body with its speaker', () => {
    const [session] = meetingsOf('2025-02-16', 'Prime Minister Judith Suminwa addressed a special session of the AU Peace and Security Council on Friday.');
    expect(session).toEqual({ with: ['Judith Suminwa', 'AU Peace and Security Council'], date: '2025-02-14', status: 'held' });
  });
});

describe('"Taking part were ..."', () => {
  it('joins those listed to the gathering just reported', () => {
    expect(
      meetingsOf(
        '2025-11-12',
        'Defence Minister Antti Häkkänen met Estonian Defence Minister Hanno Pevkur in Helsinki on Wednesday. ' +
          "Taking part were Sweden's Minister for Defence Pål Jonson and Norway's Minister of Defence Tore O. Sandvik.",
      ),
    ).toEqual([{ with: ['Antti Häkkänen', 'Hanno Pevkur', 'Pål Jonson', 'Tore O. Sandvik'], date: '2025-11-12', status: 'held' }]);
  });
});

