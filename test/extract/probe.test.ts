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
