// Generalisation bugs found by probing unseen articles, each fixed by a general rule.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { toGold } from '../../src/extract/gold.ts';

const xinhua = (published: string, body: string): ReturnType<typeof toGold> =>
  toGold(extractArticle('probe.txt', ` date ${published} Probe headline\n\n${body}`));

const meetingsOf = (g: ReturnType<typeof toGold>) =>
  g.meetings.map((m) => ({ people: [...m.participants, ...m.organizations], date: m.date, status: m.status }));

describe('weekdays resolve against the publication date', () => {
  it('reads a held weekday as the latest such day on or before publication, past the dateline day', () => {
    const g = xinhua(
      '2024-08-21',
      'MOSCOW, Aug. 20 (Xinhua) -- Chinese Premier Li Qiang held talks with Russian Prime Minister Mikhail Mishustin in Moscow on Tuesday.\n\n' +
        'Li also met with Russian President Vladimir Putin at the Kremlin on Wednesday.',
    );
    expect(meetingsOf(g)).toEqual([
      { people: ['Li Qiang', 'Mikhail Mishustin'], date: '2024-08-20', status: 'held' },
      { people: ['Li Qiang', 'Vladimir Putin'], date: '2024-08-21', status: 'held' },
    ]);
  });
});

describe('coordinated organization names', () => {
  it('splits two bodies joined by "and" after an inline acronym, a head word or a country', () => {
    const x = extractArticle(
      'orgs.txt',
      ' date 2025-07-09 Probe headline\n\nAfter the meeting, officials from China National Petroleum Corporation (CNPC) and Gazprom signed an agreement. ' +
        'Executives of the State Grid Corporation of China and Rosseti Holding also signed a memorandum. CNPC will build the pipeline.',
    );
    expect(x.organizations.map((o) => o.name)).toEqual(['China National Petroleum Corporation', 'Gazprom', 'State Grid Corporation of China', 'Rosseti Holding']);
    expect(x.organizations[0]).toMatchObject({ acronym: 'CNPC', country: 'China' });
    expect(x.organizations[0]?.mentions.map((m) => m.text)).toEqual(['China National Petroleum Corporation (CNPC)', 'CNPC']);
  });

  it('keeps one body whose name coordinates portfolios or regions', () => {
    const g = xinhua(
      '2025-07-09',
      'He met the Minister of Culture and Tourism. Yevgeny Karpov, a researcher at the Institute of China and Contemporary Asia of the Russian Academy of Sciences, spoke.',
    );
    expect(g.organizations.map((o) => o.name)).toEqual(['Institute of China and Contemporary Asia', 'Russian Academy of Sciences']);
  });
});

describe('the Kremlin', () => {
  it('is a venue where it locates a meeting and the presidential office where it acts', () => {
    const g = xinhua(
      '2025-03-21',
      'Wang Yi met Russian President Vladimir Putin at the Kremlin on Friday, the Kremlin said. According to the Kremlin aide, the talks were warm.',
    );
    expect(g.places).toContainEqual({ name: 'Kremlin', kind: 'venue', country: 'Russia' });
    expect(g.organizations.find((o) => o.name === 'Kremlin')?.mentions).toEqual(['Kremlin']);
    expect(g.meetings[0]).toMatchObject({ participants: ['Wang Yi', 'Vladimir Putin'], venue: 'Kremlin', location: 'Moscow', date: '2025-03-21' });
  });
});

describe('one meeting reported twice', () => {
  it('merges a photo caption into the story meeting it shows', () => {
    const g = xinhua(
      '2024-08-21',
      'Chinese Premier Li Qiang (L) and Russian Prime Minister Mikhail Mishustin hold talks in Moscow, Russia, Aug. 20, 2024. (Xinhua/Ding Lin)\n\n' +
        'MOSCOW, Aug. 20 (Xinhua) -- Chinese Premier Li Qiang held talks with Russian Prime Minister Mikhail Mishustin in Moscow on Tuesday, ' +
        'and the two co-chaired the 29th regular meeting between Chinese and Russian heads of government.',
    );
    expect(meetingsOf(g)).toEqual([{ people: ['Li Qiang', 'Mikhail Mishustin'], date: '2024-08-20', status: 'held' }]);
    expect(g.meetings[0]?.summary).toMatch(/^Chinese Premier Li Qiang held talks/);
  });

  it('keeps two gatherings of the same pair on the same day at different venues', () => {
    const g = xinhua(
      '2025-11-18',
      'BEIJING, Nov. 18 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir Putin at the Great Hall of the People in Beijing on Tuesday.\n\n' +
        'In the evening, the two leaders had a tea gathering at Zhongnanhai, where they exchanged views on the Ukraine crisis.',
    );
    expect(g.meetings.map((m) => [m.participants, m.date, m.venue])).toEqual([
      [['Xi Jinping', 'Vladimir Putin'], '2025-11-18', 'Great Hall of the People'],
      [['Xi Jinping', 'Vladimir Putin'], '2025-11-18', 'Zhongnanhai'],
    ]);
  });
});

const TASS_SCHEDULE =
  ' date 2025-03-21 MOSCOW, March 21. /TASS/. Russian Foreign Minister Sergey Lavrov will hold talks with his Chinese counterpart Wang Yi in Moscow next week, ' +
  'Russian Foreign Ministry Spokeswoman Maria Zakharova told a briefing on Friday.\n\n' +
  'According to Zakharova, the talks are scheduled for April 1.\n\n' +
  'Wang Yi will also be received by Russian President Vladimir Putin at the Kremlin.';

describe('a scheduled visit reported at a briefing', () => {
  const g = toGold(extractArticle('tass.txt', TASS_SCHEDULE));

  it('leaves the reporter of a meeting out of it', () => {
    expect(g.meetings.flatMap((m) => m.participants)).not.toContain('Maria Zakharova');
  });

  it('dates the talks by the later "scheduled for" sentence, not the briefing day', () => {
    expect(g.meetings[0]).toMatchObject({ participants: ['Sergey Lavrov', 'Wang Yi'], date: '2025-04-01', status: 'scheduled', location: 'Moscow' });
  });

  it('finds a meeting stated as being received by someone', () => {
    expect(g.meetings[1]).toMatchObject({ participants: ['Wang Yi', 'Vladimir Putin'], status: 'scheduled', venue: 'Kremlin', location: 'Moscow' });
  });

  it('gives "next week" alone at most month precision', () => {
    const only = toGold(extractArticle('w.txt', TASS_SCHEDULE.split('\n\n')[0] ?? ''));
    expect(only.meetings[0]?.date).toBe('2025-03');
  });
});

describe('"the two sides"', () => {
  it('are the participants of the meeting just reported, on its day and at its place', () => {
    const g = xinhua(
      '2025-07-08',
      'BEIJING, July 8 (Xinhua) -- Chinese Vice Premier Zhang Weimin met with Russian Deputy Prime Minister Kirill Sokolov in Beijing on Tuesday.\n\n' +
        'The two sides also co-chaired the 22nd meeting of the China-Russia Energy Cooperation Committee.\n\n' +
        'Wang Haitao, head of the National Energy Administration, attended the meeting.',
    );
    expect(g.meetings.map((m) => [m.participants, m.organizations, m.date, m.location])).toEqual([
      [['Zhang Weimin', 'Kirill Sokolov'], [], '2025-07-08', 'Beijing'],
      [['Zhang Weimin', 'Kirill Sokolov', 'Wang Haitao'], ['China-Russia Energy Cooperation Committee'], '2025-07-08', 'Beijing'],
    ]);
  });
});

describe('roles stated around a name', () => {
  const g = xinhua(
    '2025-03-21',
    'Russian Foreign Minister Sergey Lavrov will hold talks with his Chinese counterpart Wang Yi in Moscow. ' +
      'Chinese Foreign Ministry spokesperson Guo Jiakun confirmed the visit. ' +
      'The visit was announced by the assistant to the Russian president, Yuri Ushakov. ' +
      'The drills start soon, according to the Chinese Defense Ministry spokesman, Senior Colonel Zhang Xiaogang. ' +
      'Anastasia Petrovna Volkova, head of the department, agreed.',
  );
  const rolesOf = (name: string) => g.people.find((p) => p.name === name)?.roles;

  it('gives a counterpart the title of the other party', () => {
    expect(rolesOf('Wang Yi')).toEqual([{ title: 'Foreign Minister', organization: null, country: 'China' }]);
  });

  it('reads lower-case titles before a name', () => {
    expect(rolesOf('Guo Jiakun')).toEqual([{ title: 'spokesperson', organization: 'Ministry of Foreign Affairs of China', country: 'China' }]);
  });

  it('reads reversed appositions, also after a rank', () => {
    expect(rolesOf('Yuri Ushakov')).toEqual([{ title: 'assistant to the president', organization: null, country: 'Russia' }]);
    expect(rolesOf('Zhang Xiaogang')).toContainEqual({ title: 'spokesman', organization: 'Ministry of National Defense of China', country: 'China' });
  });

  it('reads a Russian name with its patronymic as one name', () => {
    expect(g.people.map((p) => p.name)).toContain('Anastasia Petrovna Volkova');
  });
});

describe('meetings in coordinated clauses and readouts', () => {
  it('reads "meet him" as meeting the other party just named, in its own clause', () => {
    const g = xinhua(
      '2025-11-18',
      'Chinese Premier Li Qiang will meet with Russian President Vladimir Putin on Wednesday, and Zhao Leji, chairman of the National People\'s Congress Standing Committee, ' +
        'is scheduled to meet him at the Great Hall of the People on the same day.',
    );
    expect(g.meetings.map((m) => [m.participants, m.date, m.status])).toEqual([
      [['Li Qiang', 'Vladimir Putin'], '2025-11-19', 'scheduled'],
      [['Zhao Leji', 'Vladimir Putin'], '2025-11-19', 'scheduled'],
    ]);
  });

  it('dates a Kremlin readout meeting by the readout and keeps the session the guest came for apart', () => {
    const g = toGold(
      extractArticle(
        'k.txt',
        'Meeting with Liu Zhenhua\n\nNovember 19, 2025\n\n16:20\n\nThe Kremlin, Moscow\n\n' +
          'Vladimir Putin met with Vice Chairman Liu Zhenhua, who is in Russia to take part in the 11th meeting of the Russian-Chinese Intergovernmental Commission on Humanitarian Cooperation.\n\n' +
          'Yesterday you co-chaired the commission meeting together with Deputy Prime Minister Tatyana Golikova.',
      ),
    );
    expect(g.meetings).toHaveLength(2);
    expect(g.meetings[0]).toMatchObject({ participants: ['Vladimir Putin', 'Liu Zhenhua'], organizations: [], date: '2025-11-19', location: 'Moscow' });
    expect(g.meetings[1]).toMatchObject({
      participants: expect.arrayContaining(['Liu Zhenhua', 'Tatyana Golikova']),
      organizations: ['Russian-Chinese Intergovernmental Commission on Humanitarian Cooperation'],
      date: '2025-11-18',
    });
  });
});

describe('venues named by their head word', () => {
  it('takes event halls and buildings where something takes place for venues, not bodies', () => {
    const g = xinhua(
      '2025-07-09',
      'The ministers met at the Kuala Lumpur Convention Centre on Wednesday, then at the NEST Congress and Exhibition Center, ' +
        'and later at Hyderabad House and at the Palace of Independence. The Development Research Center issued a report.',
    );
    const venues = g.places.filter((p) => p.kind === 'venue').map((p) => p.name);
    expect(venues).toEqual(['Kuala Lumpur Convention Centre', 'NEST Congress and Exhibition Center', 'Hyderabad House', 'Palace of Independence']);
    expect(g.organizations.map((o) => o.name)).toEqual(['Development Research Center']);
  });

  it('reads hyphens and initials inside a building\'s name, and a building word of another language opening it', () => {
    const g = xinhua(
      '2025-07-09',
      'The ministers met at Al-Noor Palace on Wednesday, then at Qasr Al Hosn and at Palacio San Carlos, and spoke to reporters in the Sir John A. Fraser Building.',
    );
    expect(g.places.filter((p) => p.kind === 'venue').map((p) => p.name)).toEqual(['Al-Noor Palace', 'Qasr Al Hosn', 'Palacio San Carlos', 'Sir John A. Fraser Building']);
    expect(g.people).toEqual([]);
  });
});

describe('the gathering the lead reports', () => {
  it('dates "who chaired the meeting" by the day of the lead, which names no one', () => {
    const g = xinhua(
      '2024-08-10',
      'ASTANA – The heads of state of Central Asia convened in the Kazakh capital on Aug. 9 for their consultative meeting.\n\n' +
        'Kazakh President Kassym-Jomart Tokayev, who chaired the meeting, was joined by Uzbek President Shavkat Mirziyoyev.',
    );
    expect(meetingsOf(g)).toEqual([{ people: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], date: '2024-08-09', status: 'held' }]);
  });
});

describe('initials in names', () => {
  it('reads a leading initial after a title and a middle initial with its period', () => {
    const g = xinhua(
      '2025-10-13',
      "Foreign Minister Anita Anand met External Affairs Minister S. Jaishankar on Monday. Norway's Minister of Defence Tore O. Sandvik also attended.",
    );
    expect(g.people.map((p) => p.name)).toEqual(['Anita Anand', 'S. Jaishankar', 'Tore O. Sandvik']);
  });
});

describe('the credited outlet', () => {
  it('is an organization of the article even when the body never names it, unless the credit is generic', () => {
    const orgsOf = (header: string) =>
      extractArticle('credit.txt', `Ministers agree on new air link\n\n${header}\n\nNEW DELHI: The two foreign ministers met on Friday.`).organizations.map((o) => o.name);
    expect(orgsOf('TNN | Aug 7, 2025, 23:14 IST')).toEqual(['TNN']);
    expect(orgsOf('Agencies | Aug 7, 2025')).toEqual([]);
  });
});
