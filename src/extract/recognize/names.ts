// What a personal name looks like in this genre: pinyin Chinese names (surname first),
// Russian and other names led by a known given name, or any capitalized pair introduced by a
// title ("Vice Premier X Y") or followed by a role apposition ("X Y, chairman of ...").
import { demonyms } from '../link/knowledge.ts';
import { isCapitalized, type Token } from './tokens.ts';

const CHINESE_SURNAMES = new Set(
  ('Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han ' +
    'Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du ' +
    'Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao ' +
    'Meng Long Wan Duan Lei Qian Yin Yi Chang Qiao Lai Gong Wen Zhai Xi Geng Mu Ouyang Sima Niu Bao Gan Ji Shu Yue ' +
    'Lan Ning Ruan Zhan Xing Qi Pang Che Zuo Ai Rong Ge Hua Huo Jing Ke Lou Miao Nie Qu Rao Sha Tao Wei Xiang Yue Zang Zhuang')
    .split(' '),
);

const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ich|ovna|evna|ichna|inichna)$/u;

const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v))+$/i;

const GIVEN_NAMES = new Set(
  ('Vladimir Sergey Sergei Dmitry Dmitri Dmitriy Mikhail Alexander Aleksandr Alexandr Andrei Andrey Alexei Alexey Aleksei ' +
    'Yuri Yury Yuriy Valentina Maria Mariya Elena Yelena Olga Tatyana Tatiana Natalia Natalya Irina Svetlana Anna ' +
    'Ekaterina Yekaterina Galina Lyudmila Ludmila Marina Vera Nadezhda Larisa Oksana Viktoria Victoria Elvira Veronika ' +
    'Gennady Gennadiy Vyacheslav Denis Maksim Maxim Anton Nikolai Nikolay Igor Oleg Pavel Viktor Victor Ivan Anatoly ' +
    'Anatoliy Boris Yevgeny Evgeny Yevgeniy Konstantin Kirill Roman Ruslan Marat Valery Valeriy Leonid Grigory ' +
    'Stanislav Vadim Vitaly Georgy Fyodor Pyotr Peter Arkady Timur Rustam Ramzan Artem Artyom Ilya Semyon Yaroslav ' +
    'Vasily Vasiliy Stepan Daniil Gleb Yegor Egor Nikita Matvei Lev Eduard Vladislav Svyatoslav Zakhar Mikhail ' +
    'John James Michael David Robert William Richard Thomas Mark Paul Donald Joe Joseph Kamala Hillary Barack George ' +
    'Antony Anthony Marco Mike Lloyd Jake Jens Ursula Emmanuel Olaf Friedrich Angela Rishi Keir Giorgia Pedro Luiz ' +
    'Narendra Shehbaz Imran Recep Hakan Abdullah Mohammed Muhammad Mohammad Ahmed Ali Hassan Masoud Ebrahim Shavkat ' +
    'Sadyr Emomali Serdar Ilham Nikol Irakli Aleksandar Cyril Nelson Luis Miguel Nicolas Daniel Gustavo Andres Javier ' +
    'Carlos Jose Ana Juan Fidel Raul Bruno Steve Kevin Brian Scott Elizabeth Mary Susan Jennifer Linda Sarah Kim Alexandra ' +
    'Anastasia Yulia Yuliya Daria Darya Ksenia Kseniya Polina Sofia Alina Kristina Lyubov Zhanna Inna Alla Nina Zoya Raisa ' +
    'Valentin Arseny Mikhail Rodion Savva Taras Ilyas Kirill')
    .split(' '),
);

/** Capitalized words that are never part of a personal name. */
const NOT_NAMES = new Set(
  ('The A An In On At As For From To Of By With And But Or If It Its This That These Those He She They We Our His Her ' +
    'Their Both Apart According Earlier Later Meanwhile Also However Noting Following During Having Commenting Observers ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec President Premier Minister ' +
    'Chairman Chairwoman Secretary Spokesperson Spokesman Spokeswoman Ambassador Aide Speaker Director Deputy Vice ' +
    'Prime Foreign Defense Defence First General State Party Council Committee Ministry Congress Assembly Duma Bureau ' +
    'Summit Forum Day War Treaty Plan Initiative Union Organization Organisation Agency Republic Federation Kremlin ' +
    'Great Hall Region Province City North South East West Eastern Western Northern Southern Central National People ' +
    'Global New International Russia China Chinese Russian Beijing Moscow Xinhua TASS BRICS SCO Sino Euro Asian Asia ' +
    'Pacific Security Economic Cooperation Development Research Academy Institute Center Centre Photo Video Web Editor')
    .split(' '),
);

export const isOrdinalToken = (t: Token | undefined): boolean => t !== undefined && /^\d+(?:st|nd|rd|th)$/.test(t.text);

export function isNameWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    isCapitalized(t) &&
    /^\p{Lu}\p{Ll}[\p{L}]*$/u.test(t.text) &&
    !NOT_NAMES.has(t.text) &&
    !demonyms.has(t.text)
  );
}

export const isChineseSurname = (word: string): boolean => CHINESE_SURNAMES.has(word);
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(word);

/** Chinese names are surname first; others end with the surname. */
export function surnameOf(name: string): string {
  const parts = name.split(' ');
  const first = parts[0] ?? name;
  if (parts.length === 2 && isChineseSurname(first) && PINYIN.test(parts[1] ?? '')) return first;
  return parts[parts.length - 1] ?? name;
}

/**
 * Length in tokens of a personal name starting at `tokens[i]` (0 when none).
 * `introduced`: a title or "counterpart" precedes, so any capitalized pair is a name.
 */
export function personNameAt(tokens: readonly Token[], i: number, end: number, introduced: boolean): number {
  const t = tokens[i];
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  if (!isNameWord(t) || t === undefined) return 0;
  if (isChineseSurname(t.text) && isNameWord(next) && PINYIN.test(next?.text ?? '')) return 2;
  let n = 1;
  while (n < 3 && i + n < end && isNameWord(tokens[i + n])) n++;
  if (n < 2) return 0;
  if (isGivenName(t.text) || introduced) return n;
  // "Anastasia Petrovna Volkova": a patronymic in the middle makes a Russian full name.
  if (n === 3 && PATRONYMIC.test(tokens[i + 1]?.text ?? '')) return 3;
  // "X Y, an associate research fellow from ..."
  if (n === 2 && tokens[i + 2]?.text === ',' && roleFollows(tokens, i + 3, end)) return 2;
  return 0;
}

const ROLE_WORDS = new Set(
  ('chairman chairwoman chairperson leader member director fellow researcher professor scholar expert analyst speaker ' +
    'legislator diplomat advisor adviser president minister secretary spokesperson spokesman spokeswoman ambassador aide ' +
    'assistant head chief editor correspondent dean envoy representative founder officer official commander governor ' +
    'mayor premier deputy vice general lawmaker senator researcher economist').split(' '),
);

/** ", (who is)? (also)? (a|an|the)? <words> <role word>" starting at `i`. */
export function roleFollows(tokens: readonly Token[], i: number, end: number): boolean {
  let k = i;
  const skip = new Set(['who', 'is', 'also', 'a', 'an', 'the', 'was']);
  while (k < end && skip.has(tokens[k]?.text ?? '')) k++;
  for (let n = 0; n < 5 && k + n < end; n++) {
    const w = tokens[k + n]?.text.toLowerCase() ?? '';
    if (ROLE_WORDS.has(w)) return true;
    if (!/^[a-z-]+$/i.test(w)) return false;
  }
  return false;
}
