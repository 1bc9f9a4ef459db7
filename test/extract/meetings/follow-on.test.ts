// Sentences that go on about a meeting already reported are that meeting, not another one.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { toGold } from '../../../src/extract/gold.ts';

const meetingsOf = (text: string): Array<[string[], string | null]> =>
  toGold(extractArticle('a.txt', text)).meetings.map((m) => [m.participants, m.date]);

const HEAD = 'Consultations held\n\nPublished: May 14, 2026 09:21 PM\n\n';

describe('follow-on sentences', () => {
  it('reads places in "The two sides ... agreed to coordinate in Geneva" as topics of the talks just reported', () => {
    const meetings = meetingsOf(
      HEAD +
        'Chinese Vice Foreign Minister Ma Zhaoxu and Russian Deputy Foreign Minister Sergey Ryabkov held consultations in Beijing on Wednesday. ' +
        'The two sides exchanged views on arms control and agreed to strengthen coordination at the Conference on Disarmament in Geneva.',
    );
    expect(meetings).toEqual([[['Ma Zhaoxu', 'Sergey Ryabkov'], '2026-05-13']]);
  });
});

describe('gatherings named as the setting of talks', () => {
  it('does not report a forum as a second meeting of the two people who met on its sidelines', () => {
    const meetings = meetingsOf(
      HEAD.replace('May 14', 'June 19') +
        'Gazprom CEO Alexei Miller and CNPC Chairman Dai Houliang held a working meeting on the sidelines of the St. Petersburg International Economic Forum on Thursday.',
    );
    expect(meetings).toEqual([[['Alexei Miller', 'Dai Houliang'], '2026-06-18']]);
  });
});

describe('agreements to meet', () => {
  const text = (when: string): string =>
    HEAD +
    'Liu Bin held consultations with Georgy Zinoviev in Beijing on Wednesday. ' +
    `Both sides agreed to hold the next round of consultations in Moscow ${when}.`;

  it('takes an agreement to meet "at a mutually convenient time" for no meeting', () => {
    expect(meetingsOf(text('at a mutually convenient time'))).toEqual([[['Liu Bin', 'Georgy Zinoviev'], '2026-05-13']]);
  });

  it('takes an agreement to meet at a stated time for a scheduled meeting', () => {
    expect(meetingsOf(text('in October'))).toContainEqual([['Liu Bin', 'Georgy Zinoviev'], '2026-10']);
  });
});

describe('roles that are no meeting', () => {
  it('takes "which is co-chaired by A and B" and "that A and B co-chair" for who holds the role', () => {
    for (const clause of ['which is co-chaired by Dmitry Chernyshenko and Zhang Guoqing', 'that Dmitry Chernyshenko and Zhang Guoqing co-chair']) {
      expect(meetingsOf(`${HEAD}The plan will be submitted to the Russian-Chinese commission on preparation of regular meetings of heads of government, ${clause}.`)).toEqual([]);
    }
  });

  it('still reads a body "co-chaired by A and B" that met, and "will co-chair"', () => {
    expect(
      meetingsOf(`${HEAD}The Chinese-Russian commission on investment cooperation, co-chaired by Ding Xuexiang and Denis Manturov, met in Moscow on Tuesday.`),
    ).toEqual([[['Ding Xuexiang', 'Denis Manturov'], '2026-05-12']]);
    expect(meetingsOf(`${HEAD}Ding Xuexiang and Denis Manturov will co-chair the commission in Moscow on Friday.`)).toEqual([
      [['Ding Xuexiang', 'Denis Manturov'], '2026-05-15'],
    ]);
  });
});

describe('agreements reached earlier', () => {
  it('does not take those who reached a consensus for participants of the meeting that discussed it', () => {
    const meetings = meetingsOf(
      HEAD +
        'Vladimir Yakushev and Sun Haiyan co-chaired the 12th meeting of the inter-party dialogue mechanism on Monday. ' +
        'Participants at the meeting discussed the implementation of the consensus reached between President Xi Jinping and President Vladimir Putin, as well as the digital economy.',
    );
    expect(meetings).toEqual([[['Vladimir Yakushev', 'Sun Haiyan'], '2026-05-11']]);
  });
});

describe('attendance', () => {
  it('adds those who "attended the consultations" to the consultations, not to a later meeting', () => {
    const meetings = meetingsOf(
      HEAD +
        'On May 12, Liu Bin held consultations with Georgy Zinoviev in Beijing.\n\n' +
        'Georgy Zinoviev also met with Vice Foreign Minister Sun Weidong on May 13.\n\n' +
        'Counselor Yu Wenzhe and Minister-Counselor Roman Kiselev attended the consultations.',
    );
    expect(meetings).toEqual([
      [['Liu Bin', 'Georgy Zinoviev', 'Yu Wenzhe', 'Roman Kiselev'], '2026-05-12'],
      [['Georgy Zinoviev', 'Sun Weidong'], '2026-05-13'],
    ]);
  });
});

describe('meetings announced for a visit', () => {
  it('dates "During the visit, A will meet with B" by the visit announced just before', () => {
    const meetings = meetingsOf(
      HEAD +
        'Russian Prime Minister Mikhail Mishustin will pay an official visit to China from May 24 to 25 and hold talks with Chinese Premier Li Qiang, spokesperson Mao Ning announced on Friday.\n\n' +
        'During the visit, Chinese President Xi Jinping will meet with Mishustin, and Zhao Leji will also meet with him, she said.',
    );
    expect(meetings).toEqual([
      [['Mikhail Mishustin', 'Li Qiang'], '2026-05-24'],
      [['Xi Jinping', 'Mikhail Mishustin'], '2026-05-24'],
      [['Zhao Leji', 'Mikhail Mishustin'], '2026-05-24'],
    ]);
  });
});

describe('sessions and their co-chairs', () => {
  it('reads "the 12th meeting of X between A and B on Monday, which was co-chaired by C and D" as one session', () => {
    const meetings = meetingsOf(
      HEAD +
        'The delegation also attended the 12th meeting of the inter-party dialogue mechanism between the CPC and United Russia on Monday, ' +
        'which was co-chaired by Vladimir Yakushev and Sun Haiyan.',
    );
    expect(meetings).toEqual([[['Vladimir Yakushev', 'Sun Haiyan'], '2026-05-11']]);
  });
});

describe('talks on the sidelines', () => {
  it('dates "On the sidelines, A met B" by the gathering just reported, even one with no named people', () => {
    const meetings = meetingsOf(
      ' date 2026-05-22 BRICS trade ministers meet\n\n' +
        'NEW DELHI, May 21 (Reuters) - Trade ministers from the BRICS group on Thursday issued a joint statement after a meeting in New Delhi.\n\n' +
        'On the sidelines, Chinese Commerce Minister Wang Wentao met Russian Economic Development Minister Maxim Reshetnikov.',
    );
    expect(meetings).toEqual([[['Wang Wentao', 'Maxim Reshetnikov'], '2026-05-21']]);
  });
});

describe('attendance lists', () => {
  it('adds "Taking part in the meeting were A, B and C" to the meeting just reported', () => {
    const meetings = meetingsOf(
      HEAD +
        'Vladimir Putin met with Chinese Vice Premier Ding Xuexiang in Moscow on Wednesday.\n\n' +
        'Taking part in the meeting were Deputy Prime Minister Alexander Novak, Energy Minister Sergei Tsivilev and Presidential Aide Yury Ushakov.',
    );
    expect(meetings).toEqual([[['Vladimir Putin', 'Ding Xuexiang', 'Alexander Novak', 'Sergei Tsivilev', 'Yury Ushakov'], '2026-05-13']]);
  });
});

describe('the day of talks in the lead', () => {
  it('takes the day "The meeting took place ... on Wednesday" states over the dateline\'s', () => {
    const meetings = meetingsOf(
      ' date 2026-04-09 MOSCOW, April 9. /TASS/. State Duma Deputy Speaker Irina Yarovaya and NPC Vice Chairwoman Xiao Jie discussed cooperation between the two parliaments, the State Duma press service said on Thursday.\n\n' +
        'The meeting took place in the State Duma building in Moscow on Wednesday.',
    );
    expect(meetings).toEqual([[['Irina Yarovaya', 'Xiao Jie'], '2026-04-08']]);
  });
});
