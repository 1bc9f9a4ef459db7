import { describe, expect, it } from 'vitest';
import { findDates, resolveDate } from '../../../src/extract/dates/dates.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { toGold } from '../../../src/extract/gold.ts';

const wednesday = { y: 2025, m: 11, d: 5 };

describe('date resolution', () => {
  const resolve = (text: string, future = false) => {
    const [mention] = findDates(text);
    if (!mention) throw new Error(`no date in ${text}`);
    return resolveDate(mention.value, wednesday, 2025, future)?.date ?? null;
  };

  it('resolves weekdays against the anchor day', () => {
    expect(resolve('on Tuesday')).toBe('2025-11-04');
    expect(resolve('on Monday')).toBe('2025-11-03');
    expect(resolve('on Wednesday')).toBe('2025-11-05');
    expect(resolve('on Friday', true)).toBe('2025-11-07');
  });

  it('resolves months and days without a year to the nearest sensible year', () => {
    expect(resolve('in May')).toBe('2025-05');
    expect(resolve('on Sept 3')).toBe('2025-09-03');
    expect(resolve('July 17th')).toBe('2025-07-17');
    expect(resolve('in March', true)).toBe('2026-03');
    expect(resolve('on December 1-2', true)).toBe('2025-12');
    expect(resolve('Dec. 12, 2024')).toBe('2024-12-12');
  });

  it('resolves seasons and halves of the year to their year only', () => {
    expect(resolve('is expected to visit in the autumn', true)).toBe('2025');
    expect(resolve('will meet in the spring', true)).toBe('2026');
    expect(resolve('met last spring')).toBe('2025');
    expect(resolve('in the summer of 2024')).toBe('2024');
    expect(resolve('in the second half of the year', true)).toBe('2025');
    expect(findDates('prices fall sharply')).toEqual([]);
    expect(resolve('expected to meet later in the week', true)).toBe('2025-11');
  });
});

const article = (body: string): ReturnType<typeof toGold> =>
  toGold(extractArticle('rule.txt', ` date 2025-11-05 Test headline\n\n${body}`));

describe('rules', () => {
  it('links acronyms defined in parentheses to their organization', () => {
    const g = article('The Arctic Shipping Development Agency (ASDA) signed a deal. The ASDA said talks will continue.');
    const org = g.organizations.find((o) => o.name === 'Arctic Shipping Development Agency');
    expect(org?.mentions).toContain('ASDA');
  });

  it('resolves a surname to the nearest full name in the story, not a photo credit', () => {
    const g = toGold(
      extractArticle(
        'li.txt',
        [
          ' date 2025-11-05 Test headline',
          'Leaders at talks in Hangzhou. LI XIANG/XINHUA',
          'BEIJING, Nov 5 (Xinhua) -- Premier Li Qiang met Russian Prime Minister Mikhail Mishustin on Tuesday.',
          'Li said the two sides should deepen cooperation. Li Yongquan, a researcher, agreed.',
        ].join('\n\n'),
      ),
    );
    expect(g.people.find((p) => p.name === 'Li Qiang')?.mentions).toContain('Li');
    expect(g.people.find((p) => p.name === 'Li Xiang')?.mentions).toEqual(['LI XIANG']);
  });

  it('reads photographers from caption credits and editors from footers', () => {
    const g = toGold(
      extractArticle(
        'credits.txt',
        [
          'Officials meet',
          'Wang Ming meets Ivan Petrov in Beijing, capital of China, Jan. 1, 2025. (Xinhua/Sun Lijun)',
          'BEIJING, Jan. 1 (Xinhua) -- Wang Ming met with Ivan Petrov in Beijing on Wednesday.',
          '(Web editor: Zhou Hua, Qian Yu)',
        ].join('\n\n'),
      ),
    );
    expect(g.people.find((p) => p.name === 'Sun Lijun')?.roles).toEqual([{ title: 'photographer', organization: 'Xinhua', country: null }]);
    expect(g.people.filter((p) => p.roles.some((r) => r.title === 'web editor')).map((p) => p.name)).toEqual(['Zhou Hua', 'Qian Yu']);
    // A credit is not a participant of the meeting the caption shows.
    expect(g.meetings.flatMap((m) => m.participants)).not.toContain('Sun Lijun');
  });

  it('names a plenary session the same whichever way the Central Committee is written', () => {
    const a = extractArticle('a.txt', ' date 2025-11-05 H\n\nHe praised the fourth plenary session of the 20th CPC Central Committee.');
    const b = extractArticle('b.txt', ' date 2025-11-05 H\n\nHe hailed the fourth plenary session of the 20th Central Committee of the Communist Party of China.');
    expect(a.meetings[0]?.name).toBeTruthy();
    expect(a.meetings[0]?.name).toBe(b.meetings[0]?.name);
  });

  it('resolves an unambiguous description to the person', () => {
    const g = article('Russian Prime Minister Mikhail Mishustin arrived. On Monday, Premier Li Qiang and the Russian prime minister co-chaired the 30th regular meeting in Hangzhou.');
    expect(g.people.find((p) => p.name === 'Mikhail Mishustin')?.mentions).toContain('Russian prime minister');
    expect(g.meetings).toEqual([
      expect.objectContaining({ participants: ['Li Qiang', 'Mikhail Mishustin'], date: '2025-11-03', location: 'Hangzhou', status: 'held' }),
    ]);
  });
});

describe('dates as the rest of the world writes them', () => {
  const resolveAll = (text: string, future = false) =>
    findDates(text).map((d) => resolveDate(d.value, wednesday, 2025, future)?.date ?? null);

  it('reads the day before the month, with or without a year, and ranges to their month', () => {
    expect(resolveAll('on 14 March 2024')).toEqual(['2024-03-14']);
    expect(resolveAll('on 3 November')).toEqual(['2025-11-03']);
    expect(resolveAll('on 3-4 December', true)).toEqual(['2025-12']);
    expect(resolveAll('the 21st of October')).toEqual(['2025-10-21']);
  });

  it('lets the date after a weekday speak for it', () => {
    expect(resolveAll('on Friday, 7 November', true)).toEqual(['2025-11-07']);
  });

  it('reads "next" and "last" weekdays whatever the tense', () => {
    expect(resolveAll('next Wednesday')).toEqual(['2025-11-12']);
    expect(resolveAll('last Friday', true)).toEqual(['2025-10-31']);
  });
});

describe('a date closing an opening adverbial', () => {
  it('dates the talks of the main verb, not a session named further on', async () => {
    const { extractArticle, toGold } = await import('../../../src/extract/index.ts');
    const g = toGold(extractArticle('a.txt', ' date 2025-01-19 Headline of the example\n\nOn the sidelines of the retreat yesterday, Foreign Minister Mohamad Hasan held a bilateral meeting with Permanent Secretary Aung Kyaw Moe.'));
    expect(g.meetings.map((m) => m.date)).toEqual(['2025-01-18']);
  });
});
