// Invented officials, scholars and newsroom staff: the long tail of a large corpus, where most
// people appear in a handful of articles. Names are built from common Chinese and Russian name
// parts, never colliding with each other or with the real office holders in the pools.
import { borderRegions, expertTitles, people, thinkTanks, type PersonSpec, type Side } from './pools.ts';
import type { Random } from './random.ts';

const chineseSurnames = [
  'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Zhu', 'Gao', 'Lin', 'Guo', 'Luo', 'Liang',
  'Song', 'Zheng', 'Xie', 'Tang', 'Feng', 'Yu', 'Xiao', 'Cheng', 'Cao', 'Yuan', 'Deng', 'Fu', 'Shen', 'Zeng', 'Peng',
  'Lu', 'Su', 'Jiang', 'Jia', 'Wei', 'Xue', 'Ye', 'Yan', 'Pan', 'Du', 'Dai', 'Xia', 'Zhong', 'Tian', 'Ren', 'Fan',
  'Fang', 'Shi', 'Yao', 'Tan', 'Liao', 'Zou', 'Xiong', 'Jin', 'Hao', 'Kong', 'Bai', 'Cui', 'Kang', 'Qiu', 'Qin', 'Gu',
  'Hou', 'Shao', 'Meng', 'Long', 'Duan', 'Lei', 'Qian', 'Yin', 'Qiao',
];
const chineseSyllables = [
  'wei', 'hong', 'jian', 'ming', 'hua', 'ping', 'jun', 'lei', 'yan', 'xin', 'hui', 'qiang', 'lin', 'feng', 'bo', 'tao',
  'jie', 'yong', 'fang', 'hai', 'guo', 'zhi', 'dong', 'xiao', 'yu', 'qing', 'rui', 'peng', 'chao', 'kai', 'wen', 'jing',
  'xue', 'li', 'na', 'yun', 'shan', 'gang', 'liang', 'bin', 'song', 'zhen', 'de', 'an', 'cheng', 'min', 'ying', 'lan',
];
const russianMaleNames = [
  'Alexander', 'Sergey', 'Dmitry', 'Andrey', 'Alexey', 'Vladimir', 'Mikhail', 'Nikolai', 'Igor', 'Oleg', 'Pavel', 'Yury',
  'Viktor', 'Maxim', 'Ivan', 'Roman', 'Anatoly', 'Yevgeny', 'Konstantin', 'Vadim', 'Denis', 'Kirill', 'Boris', 'Grigory',
];
const russianFemaleNames = ['Anna', 'Elena', 'Olga', 'Tatyana', 'Irina', 'Natalya', 'Svetlana', 'Maria', 'Yulia', 'Ekaterina'];
const russianSurnames = [
  'Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Volkov', 'Solovyov',
  'Vasilyev', 'Zaitsev', 'Pavlov', 'Semyonov', 'Golubev', 'Vinogradov', 'Bogdanov', 'Vorobyov', 'Fyodorov', 'Mikhailov',
  'Tarasov', 'Belov', 'Komarov', 'Orlov', 'Kiselyov', 'Makarov', 'Andreyev', 'Kovalyov', 'Ilyin', 'Gusev', 'Titov',
  'Kuzmin', 'Kudryavtsev', 'Baranov', 'Kulikov', 'Alexeyev', 'Stepanov', 'Yakovlev', 'Sorokin', 'Sergeyev', 'Romanov',
  'Zakharov', 'Borisov', 'Korolyov', 'Gerasimov', 'Ponomaryov', 'Grigoryev', 'Lazarev', 'Nikitin', 'Sobolev', 'Ryabov',
  'Polyakov', 'Tsvetkov', 'Danilov', 'Zhukov', 'Frolov', 'Zhuravlyov', 'Nikolaev', 'Krylov', 'Maximov', 'Sidorov',
  'Osipov', 'Fedotov', 'Yegorov', 'Matveyev', 'Bobrov', 'Kalinin', 'Anisimov', 'Antonov', 'Timofeyev', 'Nikiforov',
  'Filippov', 'Markov', 'Bolshakov', 'Sukhanov', 'Alexandrov', 'Konovalov', 'Kazakov', 'Gromov', 'Fomin', 'Davydov',
  'Melnikov', 'Shcherbakov', 'Kolesnikov', 'Karpov', 'Afanasyev', 'Vlasov', 'Maslov', 'Tikhonov', 'Gavrilov', 'Kotov',
];

const chineseMinistries = [
  'Commerce', 'Foreign Affairs', 'Culture and Tourism', 'Education', 'Transport', 'Agriculture and Rural Affairs',
  'Science and Technology', 'Natural Resources', 'Ecology and Environment', 'Industry and Information Technology',
];
const russianMinistries = [
  'Industry and Trade', 'Energy', 'Transport', 'Agriculture', 'Education', 'Culture', 'Economic Development',
  'Science and Higher Education', 'Natural Resources', 'Digital Development',
];

export interface SyntheticPeople {
  regional: Record<Side, PersonSpec[]>;
  ministries: Record<Side, PersonSpec[]>;
  experts: Record<Side, PersonSpec[]>;
  photographers: string[];
  webEditors: string[];
  reporters: string[];
}

class NameMaker {
  private readonly used = new Set(Object.values(people).flatMap((p) => [p.name, ...p.spellings]));

  constructor(private readonly random: Random) {}

  chinese(): string {
    for (;;) {
      const surname = this.random.pick(chineseSurnames);
      const given = this.random.pick(chineseSyllables) + this.random.pick(chineseSyllables);
      const name = `${surname} ${given.charAt(0).toUpperCase()}${given.slice(1)}`;
      if (this.claim(name)) return name;
    }
  }

  russian(): string {
    for (;;) {
      const female = this.random.chance(0.25);
      const family = this.random.pick(russianSurnames);
      const surname = female ? `${family}a` : family;
      const name = `${this.random.pick(female ? russianFemaleNames : russianMaleNames)} ${surname}`;
      if (this.claim(name)) return name;
    }
  }

  of(side: Side): string {
    return side === 'China' ? this.chinese() : this.russian();
  }

  private claim(name: string): boolean {
    if (this.used.has(name)) return false;
    this.used.add(name);
    return true;
  }
}

function official(names: NameMaker, country: Side, title: string, ownTitle = false): PersonSpec {
  return { name: names.of(country), country, title, spellings: [], ...(ownTitle ? { ownTitle } : {}) };
}

export function syntheticPeople(random: Random): SyntheticPeople {
  const names = new NameMaker(random);
  const regionTitles = (side: Side, region: string) =>
    side === 'China'
      ? [`Party Secretary of ${region}`, `Governor of ${region}`, `Vice Governor of ${region}`]
      : [`Governor of ${region}`, `Deputy Governor of ${region}`];
  const regional = (side: Side) =>
    borderRegions[side].flatMap((region) => regionTitles(side, region).map((t) => official(names, side, t, true)));
  const ministries = (side: Side) =>
    (side === 'China' ? chineseMinistries : russianMinistries).flatMap((ministry) =>
      [1, 2, 3].map(() => official(names, side, side === 'China' ? `Vice Minister of ${ministry}` : `Deputy Minister of ${ministry}`)));
  const experts = (side: Side) =>
    Array.from({ length: 300 }, () => {
      return {
        name: names.of(side), country: side, title: 'scholar', spellings: [],
        post: { title: random.pick(expertTitles), org: random.pick(thinkTanks[side]) },
      };
    });
  return {
    regional: { China: regional('China'), Russia: regional('Russia') },
    ministries: { China: ministries('China'), Russia: ministries('Russia') },
    experts: { China: experts('China'), Russia: experts('Russia') },
    photographers: Array.from({ length: 40 }, () => names.chinese()),
    webEditors: Array.from({ length: 16 }, () => names.chinese()),
    reporters: Array.from({ length: 8 }, () => names.russian()),
  };
}
