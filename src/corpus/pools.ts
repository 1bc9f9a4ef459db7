// The named things synthetic articles draw on: real offices and office holders, the bodies they
// belong to, the places they meet in, and the recurring mechanisms and summits that bring them
// together. Spellings and aliases follow what the seed articles use.

export type Side = 'China' | 'Russia';
export type PlaceKind = 'city' | 'region' | 'country' | 'venue';

export interface OrgSpec {
  name: string;
  acronym?: string;
  /** Other written forms ("Russian State Duma" for "State Duma"). */
  aliases?: string[];
  country: string | null;
}

export interface PersonSpec {
  /** Canonical spelling. */
  name: string;
  /** Other spellings of the full name, as different outlets write it ("Yuri Ushakov"). */
  spellings: string[];
  country: Side;
  /** Title as written before the name: "Chinese Foreign Minister Wang Yi". */
  title: string;
  /** Office in a body, written after the name: "Vyacheslav Volodin, chairman of the State Duma". */
  post?: { title: string; org: OrgSpec; orgForm?: string };
  /** The title already says whose it is ("Governor of Amur Region"): no "Russian" before it. */
  ownTitle?: boolean;
  /** A body named inside the title: "Chinese Foreign Ministry Spokesperson Mao Ning". */
  titleOrg?: { org: OrgSpec; text: string };
}

export interface PlaceSpec {
  name: string;
  kind: PlaceKind;
  country: string;
  /** The region a city lies in, written as "<city>, <region>, <country>". */
  region?: string;
}

export interface VenueSpec extends PlaceSpec {
  city: string;
}

export const demonym: Record<Side, string> = { China: 'Chinese', Russia: 'Russian' };
export const otherSide: Record<Side, Side> = { China: 'Russia', Russia: 'China' };

function org(name: string, country: string | null, extra: Omit<OrgSpec, 'name' | 'country'> = {}): OrgSpec {
  return { name, country, ...extra };
}

export const orgs = {
  cpc: org('Communist Party of China', 'China', { acronym: 'CPC' }),
  cpcCentralCommittee: org('Central Committee of the Communist Party of China', 'China', { aliases: ['CPC Central Committee'] }),
  politburo: org('Political Bureau of the CPC Central Committee', 'China', {
    aliases: ['Political Bureau of the Communist Party of China Central Committee'],
  }),
  internationalDepartment: org('International Department of the CPC Central Committee', 'China'),
  npc: org("National People's Congress", 'China', { acronym: 'NPC' }),
  npcStandingCommittee: org("Standing Committee of the National People's Congress", 'China', {
    aliases: ["National People's Congress Standing Committee", 'NPC Standing Committee'],
  }),
  cppcc: org("National Committee of the Chinese People's Political Consultative Conference", 'China', {
    aliases: ['CPPCC National Committee'],
  }),
  stateCouncil: org('State Council', 'China'),
  cmc: org('Central Military Commission', 'China', { acronym: 'CMC' }),
  chineseForeignMinistry: org('Ministry of Foreign Affairs of China', 'China', { aliases: ['Chinese Foreign Ministry'] }),
  mofcom: org('Ministry of Commerce of China', 'China', { aliases: ['Chinese Ministry of Commerce'] }),
  ndrc: org('National Development and Reform Commission', 'China', { acronym: 'NDRC' }),
  cass: org('Chinese Academy of Social Sciences', 'China', { acronym: 'CASS' }),
  ciis: org('China Institute of International Studies', 'China', { acronym: 'CIIS' }),
  xinhua: org('Xinhua', 'China', { aliases: ['Xinhua News Agency'] }),
  chinaRadio: org('China Radio', 'China'),
  stateDuma: org('State Duma', 'Russia', { aliases: ['Russian State Duma'] }),
  federationCouncil: org('Federation Council', 'Russia', { aliases: ["Russia's Federation Council"] }),
  federalAssembly: org('Federal Assembly of the Russian Federation', 'Russia'),
  securityCouncil: org('Russian Security Council', 'Russia', { aliases: ["Russia's Security Council"] }),
  russianForeignMinistry: org('Ministry of Foreign Affairs of Russia', 'Russia', { aliases: ['Russian Foreign Ministry'] }),
  economicDevelopment: org('Ministry of Economic Development of Russia', 'Russia', {
    aliases: ['Russian Ministry of Economic Development'],
  }),
  fsb: org('Federal Security Service', 'Russia', { acronym: 'FSB' }),
  unitedRussia: org('United Russia', 'Russia', { aliases: ['United Russia party'] }),
  cprf: org('Communist Party of the Russian Federation', 'Russia', { acronym: 'CPRF' }),
  justRussia: org('A Just Russia - For Truth', 'Russia'),
  ldpr: org('Liberal Democratic Party of Russia', 'Russia', { acronym: 'LDPR' }),
  ras: org('Russian Academy of Sciences', 'Russia'),
  rdif: org('Russian Direct Investment Fund', 'Russia', { acronym: 'RDIF' }),
  tass: org('TASS', 'Russia'),
  prensaLatina: org('Prensa Latina', 'Cuba'),
  anadolu: org('Anadolu Agency', 'Turkey', { acronym: 'AA' }),
  sco: org('Shanghai Cooperation Organization', null, { acronym: 'SCO' }),
  brics: org('BRICS', null),
  eaeu: org('Eurasian Economic Union', null, { acronym: 'EAEU' }),
  un: org('United Nations', null, { acronym: 'UN' }),
  investmentCommittee: org('China-Russia Investment Cooperation Committee', null),
  energyCommittee: org('China-Russia Energy Cooperation Committee', null),
  humanitarianCommittee: org('China-Russia Committee on Humanitarian Cooperation', null),
  parliamentaryCommittee: org('China-Russia Committee for Parliamentary Cooperation', null),
  tradeSubcommittee: org('Russian-Chinese subcommittee on trade and economic cooperation', null),
  farEastCommission: org('Intergovernmental Commission on Cooperation between the Far East and Northeast China', null),
} satisfies Record<string, OrgSpec>;

/** Research bodies that quoted experts belong to. */
export const thinkTanks: Record<Side, OrgSpec[]> = {
  China: [orgs.cass, orgs.ciis, org('Renmin University of China', 'China'), org('Fudan University', 'China'),
    org('Chinese Academy of Social Sciences Institute of Russian, Eastern European and Central Asian Studies', 'China')],
  Russia: [orgs.ras, org('Valdai Discussion Club', 'Russia'), org('Higher School of Economics', 'Russia'),
    org('Moscow State Institute of International Relations', 'Russia', { acronym: 'MGIMO' }),
    org('Institute of China and Contemporary Asia', 'Russia')],
};

export const expertTitles = ['research fellow', 'associate research fellow', 'senior fellow', 'professor', 'director'];

function person(
  name: string, country: Side, title: string,
  extra: { spellings?: string[]; post?: PersonSpec['post']; titleOrg?: PersonSpec['titleOrg'] } = {},
): PersonSpec {
  const { spellings = [], ...rest } = extra;
  return { name, country, title, spellings, ...rest };
}

const p = {
  xi: person('Xi Jinping', 'China', 'President'),
  liQiang: person('Li Qiang', 'China', 'Premier'),
  zhaoLeji: person('Zhao Leji', 'China', 'top legislator', {
    post: { title: 'chairman', org: orgs.npcStandingCommittee, orgForm: "National People's Congress Standing Committee" },
  }),
  wangHuning: person('Wang Huning', 'China', 'top political advisor', { post: { title: 'chairman', org: orgs.cppcc } }),
  caiQi: person('Cai Qi', 'China', 'senior leader', { post: { title: 'member', org: orgs.politburo } }),
  liXi: person('Li Xi', 'China', 'senior leader', { post: { title: 'member', org: orgs.politburo } }),
  dingXuexiang: person('Ding Xuexiang', 'China', 'Vice Premier', { spellings: ['Ding Xuesian'] }),
  hanZheng: person('Han Zheng', 'China', 'Vice President'),
  heLifeng: person('He Lifeng', 'China', 'Vice Premier'),
  zhangGuoqing: person('Zhang Guoqing', 'China', 'Vice Premier'),
  liuGuozhong: person('Liu Guozhong', 'China', 'Vice Premier'),
  wangYi: person('Wang Yi', 'China', 'Foreign Minister'),
  maZhaoxu: person('Ma Zhaoxu', 'China', 'Vice Foreign Minister'),
  sunWeidong: person('Sun Weidong', 'China', 'Vice Foreign Minister'),
  dongJun: person('Dong Jun', 'China', 'Defense Minister'),
  zhangYouxia: person('Zhang Youxia', 'China', 'military leader', { post: { title: 'Vice Chairman', org: orgs.cmc } }),
  wangWentao: person('Wang Wentao', 'China', 'Minister of Commerce'),
  wangXiaohong: person('Wang Xiaohong', 'China', 'Minister of Public Security'),
  liuJianchao: person('Liu Jianchao', 'China', 'party official', { post: { title: 'head', org: orgs.internationalDepartment } }),
  putin: person('Vladimir Putin', 'Russia', 'President'),
  mishustin: person('Mikhail Mishustin', 'Russia', 'Prime Minister'),
  volodin: person('Vyacheslav Volodin', 'Russia', 'parliament speaker', {
    post: { title: 'chairman', org: orgs.stateDuma, orgForm: 'Russian State Duma' },
  }),
  matviyenko: person('Valentina Matviyenko', 'Russia', 'parliament speaker', {
    spellings: ['Valentina Matvienko'], post: { title: 'speaker', org: orgs.federationCouncil },
  }),
  babakov: person('Alexander Babakov', 'Russia', 'lawmaker', { post: { title: 'Deputy Chairman', org: orgs.stateDuma } }),
  kosachev: person('Konstantin Kosachev', 'Russia', 'senator', { post: { title: 'Deputy Speaker', org: orgs.federationCouncil } }),
  medvedev: person('Dmitry Medvedev', 'Russia', 'party leader', {
    spellings: ['Dmitri Medvedev'], post: { title: 'chairman', org: orgs.unitedRussia, orgForm: 'United Russia party' },
  }),
  zyuganov: person('Gennady Zyuganov', 'Russia', 'party leader', { post: { title: 'chairman', org: orgs.cprf } }),
  mironov: person('Sergey Mironov', 'Russia', 'party leader', {
    spellings: ['Sergei Mironov'], post: { title: 'chairman', org: orgs.justRussia },
  }),
  manturov: person('Denis Manturov', 'Russia', 'First Deputy Prime Minister'),
  novak: person('Alexander Novak', 'Russia', 'Deputy Prime Minister'),
  overchuk: person('Alexei Overchuk', 'Russia', 'Deputy Prime Minister', { spellings: ['Alexey Overchuk'] }),
  golikova: person('Tatyana Golikova', 'Russia', 'Deputy Prime Minister'),
  chernyshenko: person('Dmitry Chernyshenko', 'Russia', 'Deputy Prime Minister'),
  trutnev: person('Yury Trutnev', 'Russia', 'Deputy Prime Minister', { spellings: ['Yuri Trutnev'] }),
  lavrov: person('Sergey Lavrov', 'Russia', 'Foreign Minister', { spellings: ['Sergei Lavrov'] }),
  rudenko: person('Andrey Rudenko', 'Russia', 'Deputy Foreign Minister', { spellings: ['Andrei Rudenko'] }),
  ryabkov: person('Sergey Ryabkov', 'Russia', 'Deputy Foreign Minister', { spellings: ['Sergei Ryabkov'] }),
  belousov: person('Andrei Belousov', 'Russia', 'Defense Minister', { spellings: ['Andrey Belousov'] }),
  reshetnikov: person('Maksim Reshetnikov', 'Russia', 'Economic Development Minister', { spellings: ['Maxim Reshetnikov'] }),
  siluanov: person('Anton Siluanov', 'Russia', 'Finance Minister'),
  shoigu: person('Sergey Shoigu', 'Russia', 'security chief', {
    spellings: ['Sergei Shoigu'], post: { title: 'Secretary', org: orgs.securityCouncil },
  }),
  bortnikov: person('Alexander Bortnikov', 'Russia', 'security chief', { post: { title: 'Director', org: orgs.fsb } }),
  kolokoltsev: person('Vladimir Kolokoltsev', 'Russia', 'Interior Minister'),
  ushakov: person('Yury Ushakov', 'Russia', 'presidential aide', { spellings: ['Yuri Ushakov'] }),
  peskov: person('Dmitry Peskov', 'Russia', 'presidential spokesman', { spellings: ['Dmitri Peskov'] }),
  maoNing: person('Mao Ning', 'China', 'Spokesperson', {
    titleOrg: { org: orgs.chineseForeignMinistry, text: 'Chinese Foreign Ministry' },
  }),
  zakharova: person('Maria Zakharova', 'Russia', 'Spokeswoman', {
    titleOrg: { org: orgs.russianForeignMinistry, text: 'Russian Foreign Ministry' },
  }),
};
export const people = p;

export type TrackName =
  | 'leaders' | 'premiers' | 'vicePremiers' | 'foreign' | 'viceForeign' | 'defense' | 'parliament' | 'party'
  | 'trade' | 'security' | 'regional' | 'ministries';

export interface Mechanism {
  org: OrgSpec | null;
  /** How the gathering is written after its ordinal, e.g. "meeting of the ...". */
  label: string;
  /** Its ordinal in 2022; one session a year. */
  ordinalIn2022: number;
}

export interface Track {
  weight: number;
  china: PersonSpec[];
  russia: PersonSpec[];
  mechanism?: Mechanism;
  /** Share of this track's meetings that are a session of the mechanism. */
  mechanismShare?: number;
}

/** Officials filled in from synthetic people (regional leaders, vice ministers). */
export const syntheticTracks = new Set<TrackName>(['regional', 'ministries']);

export const tracks: Record<TrackName, Track> = {
  leaders: { weight: 8, china: [p.xi], russia: [p.putin] },
  premiers: {
    weight: 5, china: [p.liQiang], russia: [p.mishustin], mechanismShare: 0.5,
    mechanism: { org: null, label: 'regular meeting between Chinese and Russian heads of government', ordinalIn2022: 27 },
  },
  vicePremiers: {
    weight: 10, china: [p.dingXuexiang, p.hanZheng, p.heLifeng, p.zhangGuoqing, p.liuGuozhong],
    russia: [p.manturov, p.novak, p.overchuk, p.golikova, p.chernyshenko, p.trutnev], mechanismShare: 0.4,
    mechanism: { org: orgs.investmentCommittee, label: 'meeting of the', ordinalIn2022: 9 },
  },
  foreign: { weight: 14, china: [p.wangYi], russia: [p.lavrov] },
  viceForeign: { weight: 6, china: [p.maZhaoxu, p.sunWeidong], russia: [p.rudenko, p.ryabkov] },
  defense: { weight: 5, china: [p.dongJun, p.zhangYouxia], russia: [p.belousov] },
  parliament: {
    weight: 8, china: [p.zhaoLeji, p.wangHuning], russia: [p.volodin, p.matviyenko, p.babakov, p.kosachev],
    mechanismShare: 0.3, mechanism: { org: orgs.parliamentaryCommittee, label: 'meeting of the', ordinalIn2022: 7 },
  },
  party: { weight: 6, china: [p.wangHuning, p.caiQi, p.liXi, p.liuJianchao], russia: [p.medvedev, p.zyuganov, p.mironov] },
  trade: {
    weight: 8, china: [p.wangWentao], russia: [p.reshetnikov, p.siluanov], mechanismShare: 0.4,
    mechanism: { org: orgs.tradeSubcommittee, label: 'meeting of the', ordinalIn2022: 25 },
  },
  security: {
    weight: 5, china: [p.wangYi, p.wangXiaohong], russia: [p.shoigu, p.bortnikov, p.kolokoltsev], mechanismShare: 0.4,
    mechanism: { org: null, label: 'round of China-Russia strategic security consultations', ordinalIn2022: 17 },
  },
  regional: {
    weight: 14, china: [], russia: [], mechanismShare: 0.2,
    mechanism: { org: orgs.farEastCommission, label: 'meeting of the', ordinalIn2022: 4 },
  },
  ministries: { weight: 11, china: [], russia: [] },
};

/** Officials quoted or mentioned without meeting anyone. */
export const commentators: PersonSpec[] = [p.ushakov, p.peskov, p.maoNing, p.zakharova];

function place(name: string, kind: PlaceKind, country: string, region?: string): PlaceSpec {
  return { name, kind, country, ...(region ? { region } : {}) };
}

export const countries: PlaceSpec[] = [
  'China', 'Russia', 'United States', 'India', 'Brazil', 'South Africa', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan',
  'Mongolia', 'Ukraine', 'Iran',
].map((name) => place(name, 'country', name));

export const cities: Record<Side, PlaceSpec[]> = {
  China: [
    place('Beijing', 'city', 'China'), place('Shanghai', 'city', 'China'), place('Tianjin', 'city', 'China'),
    place('Hangzhou', 'city', 'China', 'Zhejiang Province'), place('Harbin', 'city', 'China', 'Heilongjiang Province'),
    place('Dalian', 'city', 'China', 'Liaoning Province'), place('Qingdao', 'city', 'China', 'Shandong Province'),
    place("Xi'an", 'city', 'China', 'Shaanxi Province'), place('Chengdu', 'city', 'China', 'Sichuan Province'),
    place('Kunming', 'city', 'China', 'Yunnan Province'), place('Sanya', 'city', 'China', 'Hainan Province'),
  ],
  Russia: [
    place('Moscow', 'city', 'Russia'), place('St. Petersburg', 'city', 'Russia'), place('Kazan', 'city', 'Russia', 'Tatarstan'),
    place('Vladivostok', 'city', 'Russia'), place('Sochi', 'city', 'Russia'), place('Khabarovsk', 'city', 'Russia'),
    place('Blagoveshchensk', 'city', 'Russia'), place('Yekaterinburg', 'city', 'Russia'),
    place('Novosibirsk', 'city', 'Russia'), place('Irkutsk', 'city', 'Russia'),
  ],
};
export const capitals: Record<Side, PlaceSpec> = { China: cities.China[0] as PlaceSpec, Russia: cities.Russia[0] as PlaceSpec };

export const thirdCountryCities: PlaceSpec[] = [
  place('Samarkand', 'city', 'Uzbekistan'), place('Astana', 'city', 'Kazakhstan'), place('Johannesburg', 'city', 'South Africa'),
  place('Rio de Janeiro', 'city', 'Brazil'), place('New Delhi', 'city', 'India'), place('Bishkek', 'city', 'Kyrgyzstan'),
];

export const regions: PlaceSpec[] = [
  ...['Zhejiang', 'Heilongjiang', 'Liaoning', 'Shandong', 'Shaanxi', 'Sichuan', 'Yunnan', 'Hainan', 'Jilin']
    .map((name) => place(`${name} Province`, 'region', 'China')),
  place('Inner Mongolia', 'region', 'China'),
  ...['Tatarstan', 'Primorsky Krai', 'Khabarovsk Krai', 'Amur Region', 'Irkutsk Region', 'Far East', 'Siberia']
    .map((name) => place(name, 'region', 'Russia')),
];

/** Chinese provinces and Russian regions whose leaders meet across the border. */
export const borderRegions: Record<Side, string[]> = {
  China: [
    'Heilongjiang Province', 'Jilin Province', 'Liaoning Province', 'Inner Mongolia', 'Shandong Province', 'Zhejiang Province',
    'Sichuan Province', 'Yunnan Province',
  ],
  Russia: ['Primorsky Krai', 'Khabarovsk Krai', 'Amur Region', 'Irkutsk Region', 'Tatarstan'],
};

export const venues: VenueSpec[] = [
  { ...place('Great Hall of the People', 'venue', 'China'), city: 'Beijing' },
  { ...place('Diaoyutai State Guesthouse', 'venue', 'China'), city: 'Beijing' },
  { ...place('Zhongnanhai', 'venue', 'China'), city: 'Beijing' },
  { ...place('Kremlin', 'venue', 'Russia'), city: 'Moscow' },
  { ...place('Konstantinovsky Palace', 'venue', 'Russia'), city: 'St. Petersburg' },
  { ...place('Novo-Ogaryovo', 'venue', 'Russia'), city: 'Moscow' },
];

export const allPlaces: PlaceSpec[] = [...countries, ...cities.China, ...cities.Russia, ...thirdCountryCities, ...regions, ...venues];

export interface SummitSpec {
  org: OrgSpec;
  date: string;
  city: PlaceSpec;
}

function summit(organization: OrgSpec, date: string, city: string): SummitSpec {
  const found = thirdCountryCities.find((c) => c.name === city) ?? [...cities.China, ...cities.Russia].find((c) => c.name === city);
  if (!found) throw new Error(`unknown summit city ${city}`);
  return { org: organization, date, city: found };
}

export const summits: SummitSpec[] = [
  summit(orgs.sco, '2022-09-16', 'Samarkand'),
  summit(orgs.brics, '2023-08-23', 'Johannesburg'),
  summit(orgs.sco, '2024-07-04', 'Astana'),
  summit(orgs.brics, '2024-10-23', 'Kazan'),
  summit(orgs.brics, '2025-07-07', 'Rio de Janeiro'),
  summit(orgs.sco, '2025-08-31', 'Tianjin'),
  summit(orgs.sco, '2026-06-16', 'Bishkek'),
  summit(orgs.brics, '2026-09-10', 'New Delhi'),
];
