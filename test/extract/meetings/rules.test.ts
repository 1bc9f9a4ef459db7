// Rules for the dates and participants of meetings, each on a short article in the genre.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { toGold } from '../../../src/extract/gold.ts';

const meetingsOf = (text: string): Array<[string[], string | null]> =>
  toGold(extractArticle('a.txt', text)).meetings.map((m) => [m.participants, m.date]);

describe('meeting dates', () => {
  it('reads a lead opening "On the afternoon of June 9," and "Earlier on June 9,"', () => {
    const meetings = meetingsOf(
      'Wang Yi holds phone call with Sergey Lavrov\n\n2025-06-09 21:05\n\n' +
        'On the afternoon of June 9, Foreign Minister Wang Yi held a phone call with Russian Foreign Minister Sergey Lavrov.\n\n' +
        'Earlier on June 9, Vice Foreign Minister Sun Weidong met with Russian Ambassador Igor Morgulov in Beijing.',
    );
    expect(meetings).toEqual([
      [['Wang Yi', 'Sergey Lavrov'], '2025-06-09'],
      [['Sun Weidong', 'Igor Morgulov'], '2025-06-09'],
    ]);
  });

  it('dates a Kremlin readout lead by the readout, so a recalled meeting keeps its own day', () => {
    const meetings = meetingsOf(
      'Telephone conversation with Xi Jinping\n\nAugust 8, 2025\n\n17:40\n\nThe Kremlin, Moscow\n\n' +
        'Vladimir Putin had a telephone conversation with President of China Xi Jinping.\n\n' +
        'Putin also gave Xi Jinping details of the meeting held in Istanbul on July 23 by delegations headed by Vladimir Medinsky and Rustem Umerov.',
    );
    expect(meetings[0]).toEqual([['Vladimir Putin', 'Xi Jinping'], '2025-08-08']);
  });
});

describe('meeting participants', () => {
  it('does not count who briefs or is briefed among the participants of the meeting told of', () => {
    const meetings = meetingsOf(
      ' date 2025-06-09 Call\n\nSergey Lavrov briefed Wang Yi on the second round of direct negotiations between Russian and Ukrainian delegations held in Istanbul on June 2.',
    );
    expect(meetings).toEqual([]);
  });
});

describe('meeting triggers and days across a summit', () => {
  const meetings = meetingsOf(
    'Summit day\n\n23 Oct, 2024 18:47\n\n' +
      'Chinese President Xi Jinping, who arrived in Kazan on Tuesday, held talks with Putin on the same day.\n\n' +
      'On Wednesday, Xi and Modi held their first formal bilateral meeting in five years.\n\n' +
      'Also on Tuesday, Putin met with South African President Cyril Ramaphosa.\n\n' +
      'Lukashenko is also set to meet Putin on Thursday.',
  );

  it('takes "the same day" from the day named earlier in the sentence', () => {
    expect(meetings).toContainEqual([['Xi Jinping', 'Vladimir Putin'], '2024-10-22']);
  });

  it('reads "held their first formal bilateral meeting" as talks', () => {
    expect(meetings).toContainEqual([['Xi Jinping', 'Narendra Modi'], '2024-10-23']);
  });

  it('dates a sentence opening "Also on Tuesday,"', () => {
    expect(meetings).toContainEqual([['Vladimir Putin', 'Cyril Ramaphosa'], '2024-10-22']);
  });

  it('reads "set to meet" as a coming meeting', () => {
    expect(meetings).toContainEqual([['Alexander Lukashenko', 'Vladimir Putin'], '2024-10-24']);
  });

  it('reads "On Wednesday morning," and "chaired the session"', () => {
    const chaired = meetingsOf('Summit day\n\n23 Oct, 2024 18:47\n\nOn Wednesday morning, Putin chaired the restricted-format session of the summit.');
    expect(chaired).toEqual([[['Vladimir Putin'], '2024-10-23']]);
  });
});

describe('meetings with several guests', () => {
  it('makes "met with A, ..., and with B" a meeting with each', () => {
    const meetings = meetingsOf(
      'Summit day\n\n23 Oct, 2024 18:47\n\nOn Tuesday, Putin met with South African President Cyril Ramaphosa, who called Russia "a valued ally," and with Indian Prime Minister Narendra Modi.',
    );
    expect(meetings).toEqual([
      [['Vladimir Putin', 'Cyril Ramaphosa'], '2024-10-22'],
      [['Vladimir Putin', 'Narendra Modi'], '2024-10-22'],
    ]);
  });

  it('makes "separate meetings with A and B" and "telephone conversations with A and B" a meeting with each', () => {
    const text =
      ' date 2025-09-01 Day\n\nPutin also held separate meetings with Turkish President Recep Tayyip Erdogan and Iranian President Masoud Pezeshkian on Monday.\n\n' +
      'Xi also held telephone conversations with Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva on Monday.';
    expect(meetingsOf(text)).toEqual([
      [['Vladimir Putin', 'Recep Tayyip Erdogan'], '2025-09-01'],
      [['Vladimir Putin', 'Masoud Pezeshkian'], '2025-09-01'],
      [['Xi Jinping', 'Narendra Modi'], '2025-09-01'],
      [['Xi Jinping', 'Luiz Inacio Lula da Silva'], '2025-09-01'],
    ]);
  });

  it('meets guests from different countries one by one, and guests from one country or a trilateral together', () => {
    const text =
      ' date 2025-07-11 Day\n\nWang Yi met with Malaysian Foreign Minister Mohamad Hasan and Thai Foreign Minister Maris Sangiampongsa on Thursday.\n\n' +
      'Han Zheng met Russian Foreign Minister Sergey Lavrov and Russian Deputy Prime Minister Alexander Novak on Thursday.\n\n' +
      'Putin will meet Mongolian President Ukhnaagiin Khurelsukh for a trilateral meeting with Xi Jinping on Friday.';
    expect(meetingsOf(text)).toEqual([
      [['Wang Yi', 'Mohamad Hasan'], '2025-07-10'],
      [['Wang Yi', 'Maris Sangiampongsa'], '2025-07-10'],
      [['Han Zheng', 'Sergey Lavrov', 'Alexander Novak'], '2025-07-10'],
      [['Vladimir Putin', 'Ukhnaagiin Khurelsukh', 'Xi Jinping'], '2025-07-11'],
    ]);
  });

  it('reads "Among the leaders who have met with X are A, B and C" as a meeting of X with each', () => {
    const text =
      ' date 2024-10-23 Summit\n\nAmong the leaders who have already met with Putin this week are Malaysian Prime Minister Anwar Ibrahim and Ethiopian Prime Minister Abiy Ahmed.';
    expect(meetingsOf(text).map(([people]) => people)).toEqual([
      ['Vladimir Putin', 'Anwar Ibrahim'],
      ['Vladimir Putin', 'Abiy Ahmed'],
    ]);
  });
});

describe('hedged and denied meetings', () => {
  it('reports no meeting someone has not yet decided to attend or denies', () => {
    expect(meetingsOf(' date 2025-11-05 G20\n\nUshakov said that Putin had not yet decided whether to take part in person in the G20 summit next year.')).toEqual([]);
    expect(meetingsOf(' date 2025-11-05 Denial\n\nThe Kremlin denied plans for talks between Putin and Xi Jinping in December.')).toEqual([]);
  });
  it('reports no talks denied, but the meeting they are denied since', () => {
    expect(
      meetingsOf(' date 2025-02-16 Summit\n\nFelix Tshisekedi and Paul Kagame have not held face-to-face talks since a meeting hosted by Joao Lourenco in Luanda in July 2022.'),
    ).toMatchObject([[expect.arrayContaining(['Joao Lourenco']), '2022-07']]);
  });
});

describe('what is not a meeting, or not its date', () => {
  it('reads "X said the call was ..." as reported speech, so the speaker is no participant', () => {
    const meetings = meetingsOf(
      ' date 2025-01-21 Call\n\nXi Jinping held a video call with Vladimir Putin on Tuesday.\n\n' +
        'Alexander Gabuev, director of the Carnegie Russia Eurasia Center, said the timing of the call was a signal to Washington.',
    );
    expect(meetings).toEqual([[['Xi Jinping', 'Vladimir Putin'], '2025-01-21']]);
  });

  it('does not read "received BRICS partner status" as a reception', () => {
    const meetings = meetingsOf(
      ' date 2024-10-23 Summit\n\nBelarusian President Alexander Lukashenko spoke at the summit. Lukashenko, whose country received BRICS partner status in Kazan, is also set to meet Putin on Thursday.',
    );
    expect(meetings).toEqual([[['Alexander Lukashenko', 'Vladimir Putin'], '2024-10-24']]);
  });

  it('does not date a meeting by a clause about its guest ("who arrived on Wednesday")', () => {
    const meetings = meetingsOf(
      ' date 2024-10-23 Summit\n\nOn Thursday, Putin will host a meeting with leaders of Asia and Africa. He is also expected to meet UN Secretary-General Antonio Guterres, who arrived in Kazan on Wednesday.',
    );
    expect(meetings).toContainEqual([['Vladimir Putin', 'Antonio Guterres'], '2024-10-24']);
  });

  it('takes "the same day" of a call from the last meeting of the same person, not one recalled in between', () => {
    const meetings = meetingsOf(
      'Telephone conversation\n\nAugust 8, 2025\n\n17:40\n\nThe Kremlin, Moscow\n\n' +
        'Vladimir Putin had a telephone conversation with President of China Xi Jinping.\n\n' +
        'Putin also gave Xi Jinping details of the meeting held in Istanbul on July 23 by delegations headed by Vladimir Medinsky and Rustem Umerov.\n\n' +
        'Yury Ushakov added that on the same day Vladimir Putin had also held a telephone conversation with Prime Minister of India Narendra Modi.',
    );
    expect(meetings).toContainEqual([['Vladimir Putin', 'Narendra Modi'], '2025-08-08']);
  });
});

describe('gatherings named by a body', () => {
  const orgMeetings = (text: string): Array<[string[], string[], string | null, string]> =>
    toGold(extractArticle('a.txt', text)).meetings.map((m) => [m.participants, m.organizations, m.date, m.status]);

  it('counts the body of "co-chaired a meeting of the X Commission" among those who met', () => {
    const meetings = orgMeetings(
      ' date 2025-07-09 Talks\n\nRussian First Deputy Prime Minister Denis Manturov and Chinese Vice-Premier Ding Xuexiang co-chaired a meeting of the Russian-Chinese Intergovernmental Commission on Investment Cooperation in Yekaterinburg on Tuesday.',
    );
    expect(meetings[0]?.[1]).toEqual(['Russian-Chinese Intergovernmental Commission on Investment Cooperation']);
  });

  it('gives "the next meeting of the commission" to the body whose series it is, as a coming one', () => {
    const meetings = orgMeetings(
      ' date 2025-07-09 Talks\n\nDenis Manturov and Ding Xuexiang co-chaired a meeting of the Russian-Chinese Intergovernmental Commission on Investment Cooperation on Tuesday.\n\n' +
        'The next meeting of the investment commission will be held in China in 2026, Manturov said.',
    );
    expect(meetings).toContainEqual([[], ['Russian-Chinese Intergovernmental Commission on Investment Cooperation'], '2026', 'scheduled']);
  });

  it('gives "the next summit" to the international body named in its sentence, dated by the sentence', () => {
    const meetings = orgMeetings(' date 2024-10-24 Summit\n\nBrazil will chair BRICS in 2025, and the next summit will take place in Rio de Janeiro.');
    expect(meetings).toEqual([[[], ['BRICS'], '2025', 'scheduled']]);
  });

  it('lets "X and Y held talks ... and co-chaired a meeting" share its subject', () => {
    const meetings = orgMeetings(
      ' date 2025-05-18 Expo\n\nOn Saturday, Alexei Overchuk and Zhang Guoqing held talks on transport corridors and co-chaired a meeting of the Russian-Chinese Intergovernmental Commission on Investment Cooperation.',
    );
    expect(meetings[0]?.[0]).toEqual(['Alexei Overchuk', 'Zhang Guoqing']);
    expect(meetings[0]?.[1]).toEqual(['Russian-Chinese Intergovernmental Commission on Investment Cooperation']);
  });
});

describe('merging and resolving meetings within an article', () => {
  it('reads "the two heads of state met" as the two presidents, one meeting per place', () => {
    const meetings = meetingsOf(
      ' date 2025-10-15 Talks\n\nBEIJING, Oct. 14 (Xinhua) -- Zhao Leji, chairman of the NPC Standing Committee, held talks with Vyacheslav Volodin, chairman of the State Duma, in Beijing on Tuesday.\n\n' +
        'Zhao said that under the guidance of President Xi Jinping and President Vladimir Putin, relations have grown.\n\n' +
        'Zhao said that the two heads of state met twice this year, in Moscow in May and in Beijing in early September.',
    );
    expect(meetings).toContainEqual([['Xi Jinping', 'Vladimir Putin'], '2025-05']);
    expect(meetings).toContainEqual([['Xi Jinping', 'Vladimir Putin'], '2025-09']);
    expect(meetings.filter(([people]) => people.includes('Zhao Leji'))).toHaveLength(1);
  });
});

describe('sessions and the talks around them', () => {
  const orgMeetingsOf = (text: string): Array<[string[], string[], string | null]> =>
    toGold(extractArticle('a.txt', text)).meetings.map((m) => [m.participants, m.organizations, m.date]);
  const meetings = orgMeetingsOf(
    'Summit\n\n23 Oct, 2024 18:47\n\n' +
      'Russian President Vladimir Putin held bilateral meetings on the second day of the BRICS summit in Kazan.\n\n' +
      'On Wednesday morning, Putin chaired the restricted-format session of the summit.\n\n' +
      'Also on Tuesday, Putin met with South African President Cyril Ramaphosa.\n\n' +
      'In the afternoon, Putin held talks with Iranian President Masoud Pezeshkian.',
  );

  it('keeps a chaired session apart from the talks its chair holds, with the body of its summit', () => {
    expect(meetings).toContainEqual([['Vladimir Putin'], ['BRICS'], '2024-10-23']);
  });

  it('dates talks "in the afternoon" by the morning the story last told of', () => {
    expect(meetings).toContainEqual([['Vladimir Putin', 'Masoud Pezeshkian'], [], '2024-10-23']);
  });
});

describe('references back to a gathering', () => {
  it('adds those who "attended the meeting" to it, though they are not its co-chairs', () => {
    const meetings = meetingsOf(
      ' date 2025-10-15 Talks\n\nBEIJING, Oct. 14 (Xinhua) -- Zhao Leji held talks with Vyacheslav Volodin in Beijing on Tuesday.\n\n' +
        'Prior to the talks, Zhao and Volodin co-chaired the 11th meeting of the parliamentary cooperation committee. Li Hongzhong and Irina Yarovaya attended the meeting.',
    );
    expect(meetings).toContainEqual([['Zhao Leji', 'Vyacheslav Volodin', 'Li Hongzhong', 'Irina Yarovaya'], '2025-10-14']);
    expect(meetings.filter(([people]) => people.includes('Li Hongzhong'))).toHaveLength(1);
  });

  it('reads "when A and B co-chaired it, and A also met C" at the time of the gathering', () => {
    const meetings = meetingsOf(
      ' date 2025-10-15 Talks\n\nThe previous, 10th meeting of the committee was held in Moscow in July 2024, when Vyacheslav Volodin and Zhao Leji co-chaired it, and Zhao also met with Russian President Vladimir Putin in the Kremlin.',
    );
    expect(meetings).toContainEqual([['Zhao Leji', 'Vladimir Putin'], '2024-07']);
    expect(meetings.filter(([, date]) => date !== '2024-07')).toEqual([]);
  });
});

describe('meetings recalled and continued across sentences', () => {
  it('dates a sentence opening "Last August," to the August before publication', () => {
    const meetings = meetingsOf(
      ' date 2025-05-09 Talks\n\nLast August, Mikhail Mishustin and Li Qiang held the 29th regular meeting of the heads of government in Moscow.',
    );
    expect(meetings).toEqual([[['Mikhail Mishustin', 'Li Qiang'], '2024-08']]);
  });

  it('reads a sentence opening "The meeting with X" as the other side of the meeting just reported', () => {
    const meetings = meetingsOf(
      ' date 2025-11-26 Trip\n\nMikhail Mishustin would travel to China for the 30th regular meeting of the heads of government. ' +
        'The meeting with Premier Li Qiang will take place on December 3 in Hangzhou.',
    );
    expect(meetings).toEqual([[['Mikhail Mishustin', 'Li Qiang'], '2025-12-03']]);
  });

  it('does not date a meeting by a relative clause about another event, but by one about the gathering itself', () => {
    const meetings = meetingsOf(
      ' date 2025-07-09 Talks\n\nDenis Manturov and Ding Xuexiang co-chaired a meeting of the commission in Yekaterinburg on Tuesday. ' +
        'The meeting took place on the sidelines of the Innoprom fair, which opened on Monday.\n\n' +
        'Vladimir Putin will attend the Shanghai Cooperation Organization summit in Tianjin, which will be held on August 31.',
    );
    expect(meetings).toEqual([
      [['Denis Manturov', 'Ding Xuexiang'], '2025-07-08'],
      [['Vladimir Putin'], '2025-08-31'],
    ]);
  });
});

const locationsOf = (text: string): Array<[string[], string | null]> =>
  toGold(extractArticle('a.txt', text)).meetings.map((m) => [m.participants, m.location]);

describe('meeting locations', () => {
  it('places talks in the days of an undatelined story at the gathering its lead reports', () => {
    const locations = locationsOf(
      'BRICS summit\n\n23 Oct, 2024 18:47\n\n' +
        'Vladimir Putin has held bilateral meetings on the second day of the BRICS summit in Kazan.\n\n' +
        'Also on Tuesday, Putin met with South African President Cyril Ramaphosa.\n\n' +
        'In May, Putin held talks with Xi Jinping.',
    );
    expect(locations).toContainEqual([['Vladimir Putin', 'Cyril Ramaphosa'], 'Kazan']);
    expect(locations).toContainEqual([['Vladimir Putin', 'Xi Jinping'], null]);
  });

  it('reads the place of "in the port city of X", "visited X and met", "travel to X, where ... received", not "met and is to visit X"', () => {
    const locations = locationsOf(
      ' date 2025-08-05 Talks\n\n' +
        'Meanwhile, in the eastern Chinese port city of Qingdao, Dong Jun held talks with visiting Andrey Belousov on Monday.\n\n' +
        'Leonid Slutsky visited Beijing and met with Liu Haixing on Monday.\n\n' +
        'The delegation led by Zhao Leji will then travel to St Petersburg, where it will be received by Governor Alexander Beglov.\n\n' +
        'On Thursday, Pavel Lebedev is scheduled to hold talks with Liang Jianhua and to visit Heihe.',
    );
    expect(locations).toEqual([
      [['Dong Jun', 'Andrey Belousov'], 'Qingdao'],
      [['Leonid Slutsky', 'Liu Haixing'], 'Beijing'],
      [['Zhao Leji', 'Alexander Beglov'], 'St. Petersburg'],
      [['Pavel Lebedev', 'Liang Jianhua'], null],
    ]);
  });

  it('reads "the meeting of the <body>" as a session of that body', () => {
    const meetings = toGold(
      extractArticle('a.txt', ' date 2025-08-09 Call\n\nEarlier, Sergei Lavrov and Wang Yi met in Tianjin on July 15 on the sidelines of the meeting of the SCO Council of Foreign Ministers.'),
    ).meetings;
    expect(meetings.map((m) => m.organizations)).toContainEqual(['Council of the Ministers of Foreign Affairs of the Shanghai Cooperation Organization Member States']);
  });
});
