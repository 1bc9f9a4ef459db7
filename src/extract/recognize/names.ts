// What a personal name looks like in this genre: pinyin Chinese names (surname first),
// Russian and other names led by a known given name, or any capitalized pair introduced by a
// title ("Vice Premier X Y") or followed by a role apposition ("X Y, chairman of ...").
import { demonyms, lookupPlace } from '../link/knowledge.ts';
import { isTitleHead } from './titles.ts';
import { isCommonWord, isWordNetPlace } from '../link/common-words.ts';
import { isChineseSurname, isEastAsianSurname, isGivenName, isVietnameseSurname } from '../link/personal-names.ts';
import type { Pos } from './pos.ts';
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


/** Lower-case particles inside names: "Mohammed bin Salman", "Ursula von der Leyen", "al-Sisi". */
const PARTICLE = /^(?:bin|bint|binti|ibn|al|el|Al|El|von|der|den|van|ter|de|da|di|du|dos|das|del|della|la|le|ben|ould)$/;

/** An abbreviated title with its period ("Dr.", "Mr.", "Prof.": a short title head of seed/lexicon.json) before a name. */
export const isCourtesyAbbreviation = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]?.text.length ?? 0) <= 4 && isTitleHead(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.';

/** A regnal number after a given name: "Abdullah II", "Charles III" (not "I", the pronoun). */
const REGNAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;

/** Tags that never stand inside a personal name. */
const NOT_IN_NAME = new Set(['VERB', 'AUX', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'NUM', 'PUNCT']);

const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** End of the name word at `k`, with parts joined by a hyphen or apostrophe ("Kyung-wha", "Akufo-Addo", "O'Brien"). */
export function wordEnd(tokens: readonly Token[], k: number, end: number): number {
  // "‘Ulukalala": a Polynesian name may open with an okina written as a quote.
  if (/^[‘'ʻ]$/.test(tokens[k]?.text ?? '') && joined(tokens[k], tokens[k + 1]) && isNameWord(tokens[k + 1]) && k + 1 < end) return wordEnd(tokens, k + 1, end);
  if (!isNameWord(tokens[k])) return k;
  let e = k + 1;
  while (e + 1 < end && /^[-'’]$/.test(tokens[e]?.norm ?? '') && joined(tokens[e - 1], tokens[e]) && joined(tokens[e], tokens[e + 1]) && /^\p{L}/u.test(tokens[e + 1]?.text ?? '')) e += 2;
  return e;
}

/** After an initial at `k` ("O." in "Tore O. Sandvik", "S" in "S Jaishankar"), else `k`; the period is required unless `bare`. */
function initialEnd(tokens: readonly Token[], k: number, end: number, bare: boolean): number {
  if (!/^\p{Lu}$/u.test(tokens[k]?.text ?? '')) return k;
  const dotted = tokens[k + 1]?.text === '.' && joined(tokens[k], tokens[k + 1]);
  const after = dotted ? k + 2 : k + 1;
  return (dotted || bare) && after < end && isNameWord(tokens[after]) ? after : k;
}

/** After a run of initials at `k` ("K. P." in "K. P. Sharma Oli", "S" in "S Jaishankar"), else `k`. */
function initialsEnd(tokens: readonly Token[], k: number, end: number): number {
  let e = k;
  while (/^\p{Lu}$/u.test(tokens[e]?.text ?? '') && tokens[e + 1]?.text === '.' && tokens[e]?.end === tokens[e + 1]?.start && e + 2 < end) e += 2;
  return e > k ? initialEnd(tokens, e - 2, end, false) : initialEnd(tokens, k, end, true);
}

interface NameChunk {
  /** Token length. */
  length: number;
  /** Start token of each capitalised name word. */
  words: number[];
}

/** Capitalised name words from `i`, with particles between them ("Mohamed bin Zayed Al Nahyan"). */
function nameChunk(tokens: readonly Token[], i: number, end: number): NameChunk {
  const words: number[] = [];
  let k = i;
  let e = wordEnd(tokens, k, end);
  while (e > k && words.length < 5) {
    // "Sri Lanka Dr. P. Nandalal Weerasinghe": an abbreviated courtesy title opens the next name.
    if (words.length > 0 && isCourtesyAbbreviation(tokens, k)) break;
    words.push(k);
    k = e;
    if (tokens[k]?.lineStart) break;
    if (words.length === 1 && k < end && REGNAL.test(tokens[k]?.text ?? '')) {
      words.push(k);
      k++;
    }
    let p = initialEnd(tokens, k, end, false);
    while (p < end && PARTICLE.test(tokens[p]?.text ?? '')) p += tokens[p + 1]?.norm === '-' && joined(tokens[p], tokens[p + 1]) ? 2 : 1;
    e = p > k ? wordEnd(tokens, p, end) : wordEnd(tokens, k, end);
    if (p > k && e > p) k = p;
  }
  return { length: k - i, words };
}

/** East Asian names put the family name first: "Kang Kyung-wha", "Kim Jong-un", "Zhao Leji". */
function familyNameFirst(parts: readonly string[]): boolean {
  const [first, second] = parts;
  if (parts.length < 2 || parts.length > 3 || first === undefined || second === undefined) return false;
  if (isChineseSurname(first) && PINYIN.test(second)) return true;
  // "Kim Jong-un", "Lee Jae Myung": a family name before a two-syllable given name.
  return isEastAsianSurname(first) && (second.includes('-') || (parts.length === 3 && parts.every((p) => p.length <= 6)));
}

/** Chinese and Korean names are family name first; others end with it. */
export function surnameOf(name: string): string {
  const parts = name.split(' ');
  if (familyNameFirst(parts)) return parts[0] ?? name;
  return parts[parts.length - 1] ?? name;
}

/**
 * Length in tokens of a personal name starting at `tokens[i]` (0 when none).
 * `introduced`: a title or "counterpart" precedes, so any capitalised pair is a name. Without
 * such a cue, a run of proper nouns is a name when it ends in a word that is no common English
 * word ("Alen Simonyan", not "State House") and is not governed by an article ("the Casa Rosada").
 */
export function personNameAt(tokens: readonly Token[], pos: readonly Pos[], i: number, end: number, introduced: boolean): number {
  const length = nameLength(tokens, pos, i, end, introduced);
  return length > 0 && namesAThing(tokens, i, length) ? 0 : length;
}

function nameLength(tokens: readonly Token[], pos: readonly Pos[], i: number, end: number, introduced: boolean): number {
  const t = tokens[i];
  const next = i + 1 < end ? tokens[i + 1] : undefined;
  // "President To Lam": a short word such a name begins with is a name after a title.
  if (introduced && t !== undefined && !isNameWord(t) && /^\p{Lu}\p{Ll}{1,2}$/u.test(t.text) && isNameWord(next) && pos[i + 1] === 'PROPN') return 2;
  // "External Affairs Minister S. Jaishankar", "minister S Jaishankar", "Prime Minister K. P.
  // Sharma Oli": initials, then the name.
  const initial = introduced ? initialsEnd(tokens, i, end) : i;
  if (initial > i) return initial - i + nameChunk(tokens, initial, end).length;
  if (!isNameWord(t) || t === undefined) return 0;
  // "bin Al Hussein", "Qasr Al Watan": an Arabic article particle goes on a name, never opens one.
  if (PARTICLE.test(t.text) && (PARTICLE.test(tokens[i - 1]?.text ?? '') || isNameWord(tokens[i - 1]))) return 0;
  if (isChineseSurname(t.text) && isNameWord(next) && PINYIN.test(next?.text ?? '') && wordEnd(tokens, i + 1, end) === i + 2) return 2;
  // "Tran Thanh Man", "Pham Minh Chinh": a Vietnamese family name opens a name of three or four words.
  if (isVietnameseSurname(t.text)) {
    const chunk = nameChunk(tokens, i, end);
    if (chunk.words.length >= 3 && chunk.words.length <= 4) return chunk.length;
  }
  const chunk = nameChunk(tokens, i, end);
  if (chunk.words.length < 2 || isTitleHead(t.text)) return 0;
  if (isGivenName(t.text)) return chunk.length;
  // "Chairman of the Management Board Leonid Mikhelson": common words open a body, not a name.
  const [first, second] = chunk.words.map((k) => tokens[k]?.text ?? '');
  if (introduced) return isCommonWord(first ?? '') && isCommonWord(second ?? '') ? 0 : chunk.length;
  // "Anastasia Petrovna Volkova": a patronymic in the middle makes a Russian full name.
  if (chunk.words.length === 3 && PATRONYMIC.test(tokens[chunk.words[1] ?? 0]?.text ?? '')) return chunk.length;
  // "X Y, an associate research fellow from ..."
  // (Not "President of Kazakhstan Kassym-Jomart Tokayev, ...": the country of a title opens no name.)
  const titleCountry = tokens[i - 1]?.text === 'of' && lookupPlace(t.text) !== undefined;
  if (tokens[i + chunk.length]?.text === ',' && !titleCountry && roleFollows(tokens, i + chunk.length + 1, end)) return chunk.length;
  const last = chunk.words[chunk.words.length - 1] ?? i;
  // "the Casa Rosada", "at Seri Perdana", "in Port Louis": places and buildings, not people.
  const governed = /^(?:the|The|at|in|from|near|to|into|outside|inside)$/.test(tokens[i - 1]?.text ?? '');
  const tagged = chunk.words.every((k) => !NOT_IN_NAME.has(pos[k] ?? 'X')) && pos[last] === 'PROPN';
  const written = chunk.words.map((k) => tokens[k]?.text ?? '').join(' ');
  // "Sri Lankan", "Tamil Nadu": a demonym or a place of several words is no one's name.
  const nameLike =
    // A region's name is a surname too ("Patricia Scotland"); a city's or country's rarely.
    chunk.words.every((k) => !isCommonWord(tokens[k]?.text ?? '') && (lookupPlace(tokens[k]?.text ?? '')?.kind ?? 'region') === 'region') &&
    !demonyms.has(written) && !lookupPlace(written) && !isWordNetPlace(written);
  return !governed && tagged && nameLike ? chunk.length : 0;
}

/** Things named after people: "the Gabriel Passos refinery", "Major Dhyan Chand National Stadium". */
const NAMED_AFTER = new Set(
  ('refinery stadium airport port harbour harbor plant mine dam hospital university college school academy institute ' +
    'bridge street avenue road boulevard highway square station terminal arena park base prize award trophy cup ' +
    'foundation memorial museum library centre center hall complex field').split(' '),
);

/** The name at `i` of `length` tokens names a thing after its person: a facility word follows, after capitalised modifiers. */
function namesAThing(tokens: readonly Token[], i: number, length: number): boolean {
  let k = i + length;
  for (let n = 0; n < 3 && isCapitalized(tokens[k]) && isCommonWord(tokens[k]?.text ?? '') && !NAMED_AFTER.has(tokens[k]?.text.toLowerCase() ?? ''); n++) k++;
  return NAMED_AFTER.has(tokens[k]?.text.toLowerCase() ?? '');
}

const ROLE_WORDS = new Set(
  ('chairman chairwoman chairperson leader member director fellow researcher professor scholar expert analyst speaker ' +
    'legislator diplomat advisor adviser president minister secretary spokesperson spokesman spokeswoman ambassador aide ' +
    'assistant head chief editor correspondent dean envoy representative founder officer official commander governor ' +
    'mayor premier deputy vice general lawmaker senator researcher economist reporter journalist writer photographer').split(' '),
);

/** "IOC president Kirsty Coventry", "CCOO general secretary Unai Sordo": a role in lower case right before a name. */
export const isRoleWord = (t: Token | undefined): boolean => t !== undefined && ROLE_WORDS.has(t.text);

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
