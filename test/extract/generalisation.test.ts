// Articles written for this test in the genre's styles, with people and bodies that are not in
// the curated knowledge: rules, not lists, must find them.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { toGold } from '../../src/extract/gold.ts';

const XINHUA = ` date 2025-06-12 Chinese vice premier meets Russian deputy foreign minister

BEIJING, June 11 (Xinhua) -- Chinese Vice Premier Liu Hongwen met with Russian Deputy Foreign Minister Pavel Orlovsky in Beijing on Wednesday.

Liu, also a member of the Political Bureau of the Communist Party of China (CPC) Central Committee, said China is ready to work with Russia to implement the consensus reached by the two heads of state.

Orlovsky said Russia values its cooperation with the Northern Sea Route Development Agency (NSRDA). He said the NSRDA would send experts to Harbin in September.

The two sides also attended the fifth meeting of the China-Russia Arctic Cooperation Subcommittee, co-chaired by Gao Mingyuan, director of the Heilongjiang Provincial Department of Commerce.

(Web editor: Chen Xiaoli, Wu Tianyu)
`;

const TASS = ` date 2025-03-20 MOSCOW, March 20. /TASS/. Russian Energy Minister Nikolai Tsivilev and Chinese Ambassador to Russia Li Wenhua held talks in Moscow on Wednesday, the Russian Energy Ministry said.

"We discussed new projects in the oil and gas sector," Tsivilev told reporters. He added that the next meeting of the Russian-Chinese intergovernmental commission on energy cooperation will be held in Shanghai in May.

Tsivilev will also meet with Zhang Jianping, chairman of the China National Petroleum Corporation, on Friday.
`;

const ANADOLU = `Russian, Chinese security chiefs hold consultations in Moscow

By Ahmet Yilmaz

MOSCOW (AA) - Russia's Security Council Secretary Sergei Kravtsov held consultations with Chen Wenqing, secretary of the Commission for Political and Legal Affairs of the CPC Central Committee, in Moscow on Tuesday.

The two sides discussed cooperation in countering terrorism, according to a statement by the Russian Security Council.
`;

const names = <T extends { name: string }>(xs: readonly T[]): string[] => xs.map((x) => x.name);

describe('generalisation to unseen names', () => {
  it('finds titled and apposed people, shaped organizations and the talks (Xinhua style)', () => {
    const g = toGold(extractArticle('xinhua.txt', XINHUA));
    expect(g).toMatchObject({ source: 'Xinhua', dateline: 'Beijing', publishedOn: '2025-06-12' });
    expect(names(g.people)).toEqual(['Liu Hongwen', 'Pavel Orlovsky', 'Gao Mingyuan', 'Chen Xiaoli', 'Wu Tianyu']);
    expect(g.people[0]?.roles[0]).toEqual({ title: 'Vice Premier', organization: null, country: 'China' });
    expect(g.people[2]?.roles[0]).toMatchObject({ title: 'director', organization: 'Heilongjiang Provincial Department of Commerce' });
    expect(names(g.organizations)).toEqual(
      expect.arrayContaining(['Northern Sea Route Development Agency', 'China-Russia Arctic Cooperation Subcommittee', 'Heilongjiang Provincial Department of Commerce']),
    );
    expect(g.organizations.find((o) => o.name === 'Northern Sea Route Development Agency')?.mentions).toContain('NSRDA');
    expect(names(g.places)).toEqual(expect.arrayContaining(['Beijing', 'Harbin']));
    expect(g.meetings[0]).toMatchObject({ participants: ['Liu Hongwen', 'Pavel Orlovsky'], date: '2025-06-11', location: 'Beijing', status: 'held' });
    expect(g.meetings[1]).toMatchObject({ organizations: ['China-Russia Arctic Cooperation Subcommittee'] });
  });

  it('finds lower-case bilateral bodies and scheduled meetings (TASS style)', () => {
    const g = toGold(extractArticle('tass.txt', TASS));
    expect(g).toMatchObject({ title: null, source: 'TASS', dateline: 'Moscow' });
    expect(names(g.people)).toEqual(['Nikolai Tsivilev', 'Li Wenhua', 'Zhang Jianping']);
    expect(names(g.organizations)).toEqual(
      expect.arrayContaining(['Russian-Chinese intergovernmental commission on energy cooperation', 'China National Petroleum Corporation']),
    );
    expect(g.meetings.map((m) => [m.participants, m.organizations, m.date, m.location, m.status])).toEqual([
      [['Nikolai Tsivilev', 'Li Wenhua'], [], '2025-03-19', 'Moscow', 'held'],
      [[], ['Russian-Chinese intergovernmental commission on energy cooperation'], '2025-05', 'Shanghai', 'scheduled'],
      [['Nikolai Tsivilev', 'Zhang Jianping'], [], '2025-03-21', 'Moscow', 'scheduled'],
    ]);
  });

  it('reads a byline author and consultations in an undated report (Anadolu style)', () => {
    const g = toGold(extractArticle('aa.txt', ANADOLU));
    expect(g).toMatchObject({ title: 'Russian, Chinese security chiefs hold consultations in Moscow', source: 'AA', publishedOn: null });
    expect(names(g.people)).toEqual(['Ahmet Yilmaz', 'Sergei Kravtsov', 'Chen Wenqing']);
    expect(g.people[1]?.roles[0]).toMatchObject({ title: 'Secretary', organization: 'Russian Security Council' });
    expect(g.meetings).toEqual([expect.objectContaining({ participants: ['Sergei Kravtsov', 'Chen Wenqing'], location: 'Moscow', status: 'held' })]);
  });
});
