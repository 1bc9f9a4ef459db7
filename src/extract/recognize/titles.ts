// Official titles written before names: "Vice Premier", "First Deputy Prime Minister",
// "Economic Development Minister", "Minister of Culture and Tourism", "Ambassador to Russia".
import { gazetteerAt } from '../link/knowledge.ts';
import { isCommonWord } from '../link/common-words.ts';
import { lexicon } from '../link/lexicon.ts';
import { isCapitalized, tokenize, type Token } from './tokens.ts';

const HEADS = new Set(lexicon.titleHeads);
const MODIFIERS = new Set(lexicon.titleModifiers);
/** Several-word courtesy titles by their token keys ("His Excellency", "Tan Sri"). */
const HONORIFICS = lexicon.honorifics.map((h) => tokenize(h).map((t) => t.text));

/** A word that may stand before a title head: listed, or a capitalised common word ("Economy Minister"). */
const isModifier = (t: Token | undefined): boolean =>
  t !== undefined && (MODIFIERS.has(t.text) || (isCapitalized(t) && t.text.length > 2 && isCommonWord(t.text) && !HEADS.has(t.text)));

/** Length of a several-word courtesy title at `i`, 0 when none. */
function honorificAt(tokens: readonly Token[], i: number): number {
  const found = HONORIFICS.filter((h) => h.every((w, n) => tokens[i + n]?.text === w)).map((h) => h.length);
  return Math.max(0, ...found);
}

export const isTitleHead = (word: string): boolean => HEADS.has(word);

/** Length in tokens of a title starting at `tokens[i]` (0 when none). */
export function titleAt(tokens: readonly Token[], keys: readonly string[], i: number, end: number): number {
  const honorific = honorificAt(tokens, i);
  let k = i + honorific;
  while (k < end && isModifier(tokens[k]) && !endsTitle(tokens, k, end)) k++;
  if (k >= end || !HEADS.has(tokens[k]?.text ?? '')) return honorific;
  k++;
  // "Secretary-General", "Director-General"
  if (tokens[k]?.norm === '-' && isCapitalized(tokens[k + 1])) k += 2;
  const head = tokens[k - 1]?.text ?? '';
  const word = tokens[k]?.text;
  if ((word === 'of' || word === 'for') && head === 'Minister') {
    // "Minister of Culture and Tourism": portfolio words only, so a following name is not swallowed.
    const portfolio = countPortfolio(tokens, k + 1, end);
    if (portfolio > 0) return k + 1 + portfolio - i;
  }
  if ((word === 'to' || word === 'in') && /^(?:Ambassador|Envoy|Representative)$/.test(head)) {
    const place = gazetteerAt(keys, k + 1).find((e) => e.kind === 'place');
    if (place) return k + 1 + place.keys.length - i;
  }
  return k - i;
}

const PORTFOLIO = new Set(lexicon.portfolios);

function countPortfolio(tokens: readonly Token[], i: number, end: number): number {
  let n = 0;
  while (i + n < end) {
    const w = tokens[i + n]?.text ?? '';
    if (PORTFOLIO.has(w)) n++;
    else if (w === 'and' && PORTFOLIO.has(tokens[i + n + 1]?.text ?? '')) n++;
    else break;
  }
  return n;
}

/** "Deputy" alone before a name is a title head; before "Prime Minister" it is a modifier. */
function endsTitle(tokens: readonly Token[], k: number, end: number): boolean {
  const w = tokens[k]?.text ?? '';
  if (!HEADS.has(w)) return false;
  const next = k + 1 < end ? tokens[k + 1]?.text ?? '' : '';
  return !MODIFIERS.has(next) && !HEADS.has(next);
}
