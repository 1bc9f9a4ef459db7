// Bodies whose names carry no organizational head word ("Sberbank", "Tokyo Electron", "Centro
// Democrático"): news says what they are beside the name — a class noun ("securities depository
// X", "the X agency", "the opposition X party", "firms including X and Y"), a corporate post ("X
// chief executive Y", "chairman of X", "shares of X"), a company suffix ("X Co.", "X Inc.") or a post
// on it ("said on X").
import { demonyms, gazetteerAt } from '../link/knowledge.ts';
import { isCommonWord } from '../link/common-words.ts';
import type { Recognized } from './spans.ts';
import { isTitleHead } from './titles.ts';
import { isCapitalized } from './tokens.ts';

/** Lower-case nouns that say a name is a body's: "the Autostat agency", "lender Sberbank". */
const CLASS_NOUNS = new Set(
  ('company firm corporation conglomerate giant utility operator lender insurer carrier airline automaker carmaker ' +
    'chipmaker manufacturer producer exporter retailer depository agency association party movement broadcaster ' +
    'newspaper daily tabloid website militia').split(' '),
);
/** Their plurals opening a list: "firms including A and B", "companies such as A". */
const CLASS_PLURALS = /^(?:companies|firms|corporations|conglomerates|lenders|banks|carriers|airlines|automakers|carmakers|chipmakers|manufacturers|producers|exporters|retailers|insurers|groups|operators|utilities)$/;
/** A corporate post after the name, followed by its holder: "Tesla chief executive Elon Musk". */
const POST_AFTER = /^(?:chief executive|CEO|chairman|Chairman|chairwoman|Chairwoman|boss|founder|co-founder)$/;
/** A corporate post or holding before "of"/"in": "chief executive of X", "shares of X", "a stake in X". */
const POST_BEFORE = /^(?:chief executive|CEO|chairman|chairwoman|shares|stake|subsidiary|shareholders|executives|directors-general|director-general|boss|founder)$/;
/** Words of posting: "said on X", "wrote on X", "a statement on X". */
const POSTED = /^(?:said|says|posted|posts|wrote|writes|tweeted|shared|announced|statement|post|message|account)$/;
/** Company suffixes: "Samsung Electronics Co.", "SK hynix Inc.". */
const SUFFIX = /^(?:Co|Inc|Corp|Ltd|PLC|Plc|LLC|AG|GmbH|Bhd|Tbk|NV)$/;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|On|At|As|But|And)$/;

/** Length in tokens of a body named at `i` with no head word, by what the sentence calls it; 0 when none. */
export function describedBodyAt(r: Recognized, i: number, end: number): number {
  const { tokens } = r;
  const word = (k: number): string => tokens[k]?.text ?? '';
  // "said on X", "posted on X", "in a statement on X": the platform a post is on.
  if (word(i) === 'X' && word(i - 1) === 'on' && [2, 3, 4, 5].some((k) => POSTED.test(word(i - k)))) return 1;
  if (!nameWord(r, i) && !(isCapitalized(tokens[i]) && tokens[i]?.lineStart && nameWord(r, i, true))) return 0;
  // The run: capitalised words, joined by hyphens ("GroenLinks-PvdA"), up to four words.
  let j = i + 1;
  let words = 1;
  while (j < end && words < 4 && !gazetteerAt(r.keys, j).some((e) => e.kind === 'person')) {
    if (word(j) === '-' && nameWord(r, j + 1) && tokens[j]?.start === tokens[j - 1]?.end) j += 2;
    else if (nameWord(r, j)) {
      j++;
      words++;
    } else if (/^\p{Ll}+$/u.test(word(j)) && SUFFIX.test(word(j + 1)) && j + 1 < end) {
      j++; // "SK hynix Inc."
      words++;
    } else break;
  }
  if (SUFFIX.test(word(j)) && j < end) return j + 1 - i;
  // A place, a people or someone already known: not a body by this rule ("Chinese company", "China chairman").
  if (words === 1 && demonyms.has(word(i))) return 0;
  if (gazetteerAt(r.keys, i).some((e) => e.keys.length >= j - i)) return 0;
  const two = (k: number): string => `${word(k)} ${word(k + 1)}`;
  const before = tokens[i - 1]?.text.toLowerCase() === 'the' ? i - 2 : i - 1;
  const classBefore = CLASS_NOUNS.has(word(i - 1)) && /^\p{Ll}/u.test(word(i - 1));
  const classAfter = CLASS_NOUNS.has(word(j)) && !(words === 1 && isCommonWord(word(i)));
  const postAfter = (POST_AFTER.test(word(j)) || POST_AFTER.test(two(j))) && isCapitalized(tokens[j + (POST_AFTER.test(two(j)) ? 2 : 1)]);
  const postBefore = /^(?:of|in)$/.test(word(before)) && (POST_BEFORE.test(word(before - 1)) || POST_BEFORE.test(two(before - 2)));
  return classBefore || classAfter || postAfter || postBefore || listed(r, i) ? j - i : 0;
}

/** A capitalised word that may be part of a body's name (no title, weekday, month or article). */
function nameWord(r: Recognized, k: number, first = false): boolean {
  const t = r.tokens[k];
  return t !== undefined && isCapitalized(t) && (first || !t.lineStart) && !isTitleHead(t.text) && !CALENDAR.test(t.text) && !SUFFIX.test(t.text);
}

/** "firms including A, B and C", "companies such as A": `i` opens a name of that list. */
function listed(r: Recognized, i: number): boolean {
  const word = (k: number): string => r.tokens[k]?.text ?? '';
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const w = word(k);
    if (w === 'including' || w === 'like' || (w === 'as' && word(k - 1) === 'such')) return CLASS_PLURALS.test(word(w === 'as' ? k - 2 : k - 1));
    if (!(w === ',' || w === 'and' || /^\p{Lu}/u.test(w) || w === '-')) return false;
  }
  return false;
}
