// What a personal name looks like in this genre: pinyin Chinese names (surname first),
// Russian and other names led by a known given name, or any capitalized pair introduced by a
// title ("Vice Premier X Y") or followed by a role apposition ("X Y, chairman of ...").
import { demonyms } from '../link/knowledge.ts';
import { isChineseSurname, isGivenName } from '../link/personal-names.ts';
import { isCapitalized, type Token } from './tokens.ts';

const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ich|ovna|evna|ichna|inichna)$/u;

const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v))+$/i;

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
