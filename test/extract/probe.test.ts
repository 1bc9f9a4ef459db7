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
