// Official titles written before names: "Vice Premier", "First Deputy Prime Minister",
// "Economic Development Minister", "Minister of Culture and Tourism", "Ambassador to Russia".
import { gazetteerAt } from '../link/knowledge.ts';
import { isCapitalized, type Token } from './tokens.ts';

const HEADS = new Set(
  ('President Premier Minister Chairman Chairwoman Chairperson Secretary Secretary-General Spokesperson Spokesman ' +
    'Spokeswoman Ambassador Envoy Representative Aide Assistant Adviser Advisor Counselor Speaker Director Governor ' +
    'Mayor Commander Chief Leader Senator Chancellor King Queen Prince Emir General Admiral Marshal Professor ' +
    'Prosecutor Patriarch Deputy Colonel Attache').split(' '),
);

const MODIFIERS = new Set(
  ('Vice Deputy First Executive Foreign Defense Defence Prime Special Chief Senior Permanent State Acting Former ' +
    'Presidential Economic Development Finance Trade Commerce Industry Energy Agriculture Culture Education Health ' +
    'Interior Justice Emergencies Transport Labor Natural Resources Digital Sports Science Assistant Honorary ' +
    'Commerce Security Parliamentary Party General Secretary Colonel Major Lieutenant Brigadier Rear').split(' '),
);

export const isTitleHead = (word: string): boolean => HEADS.has(word);

/** Length in tokens of a title starting at `tokens[i]` (0 when none). */
export function titleAt(tokens: readonly Token[], keys: readonly string[], i: number, end: number): number {
  let k = i;
  while (k < end && MODIFIERS.has(tokens[k]?.text ?? '') && !endsTitle(tokens, k, end)) k++;
  if (k >= end || !HEADS.has(tokens[k]?.text ?? '')) return 0;
  k++;
  // "Secretary-General", "Director-General"
  if (tokens[k]?.text === '-' && isCapitalized(tokens[k + 1])) k += 2;
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

const PORTFOLIO = new Set(
  ('Commerce Culture Tourism Foreign Affairs Defense Defence National Finance Trade Industry Energy Agriculture Education ' +
    'Health Justice Transport Science Technology Information Natural Resources Emergency Situations Economic Development ' +
    'Public Security State Civil Affairs Ecology Environment Water Labor Social Welfare Sports Digital Construction').split(' '),
);

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
