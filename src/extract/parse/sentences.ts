// Sentence boundaries that respect the abbreviations of news copy ("Nov. 7", "U.S. dollars",
// "St. Petersburg", "No. 1") and closing quotes.
import type { Sentence } from '../types.ts';

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.n', 'u.k', 'e.u', 'st', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col',
  'maj', 'capt', 'sgt', 'jr', 'sr', 'vs', 'inc', 'ltd', 'co', 'corp', 'gov', 'sen', 'rep', 'approx', 'fig',
]);

const BOUNDARY = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;

/** Splits `text` (a paragraph starting at `offset` in the body); `protect` chars at its start never split. */
export function splitSentences(
  text: string,
  offset: number,
  paragraph: number,
  firstIndex: number,
  protect = 0,
): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const s = offset + start + lead;
      sentences.push({ index: firstIndex + sentences.length, paragraph, start: s, end: s + body.length, text: body });
    }
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (at < protect) continue;
    if (m[0].startsWith('.') && isAbbreviation(text.slice(start, at))) continue;
    const end = at + m[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

function isAbbreviation(before: string): boolean {
  const word = /(\S+)$/.exec(before)?.[1] ?? '';
  const bare = word.replace(/^["“‘(]+/, '');
  if (/^\p{Lu}$/u.test(bare)) return true;
  // "Canada-U.S. Trade": the abbreviation ends a hyphenated word.
  return ABBREVIATIONS.has(bare.toLowerCase()) || ABBREVIATIONS.has((bare.split('-').pop() ?? '').toLowerCase());
}
