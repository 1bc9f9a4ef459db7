// Unknown acronyms: in news an acronym written in capitals that no gazetteer knows and the
// article never spells out is almost always a body ("the RCMP said", "M23 rebels", "FDLR").
import { gazetteerAt } from '../link/knowledge.ts';
import { isCommonWord, isNonBodyAcronym } from '../link/common-words.ts';
import type { Recognized } from './spans.ts';
import { isTitleHead } from './titles.ts';
import { isCapitalized } from './tokens.ts';

const LETTERS = /^\p{Lu}{2,6}$/u;
/** "II", and an ordinal ending an event's name ("WWII"). */
const ROMAN = /^[IVXLC]+$|II$|IV$/;

/** Length in tokens (1, or 2 for "M23", "G7") of an unknown acronym naming a body at `i`, 0 when none. */
export function acronymOrgAt(r: Recognized, i: number, end: number): number {
  const t = r.tokens[i];
  if (t === undefined) return 0;
  const next = r.tokens[i + 1];
  const withDigits = /^\p{Lu}$/u.test(t.text) && next !== undefined && next.start === t.end && /^\d+$/.test(next.text) && i + 1 < end;
  if (!withDigits && !LETTERS.test(t.text)) return 0;
  // Glued to what follows otherwise ("RJ983", "NZ$15"): a code or a currency.
  if (!withDigits && next !== undefined && next.start === t.end && /^[\p{L}\d$€£¥]/u.test(next.text)) return 0;
  if (withDigits && next.text.length > 2) return 0; // "RJ983": a flight, a code
  if (!withDigits && (ROMAN.test(t.text) || isTitleHead(t.text) || isCommonWord(t.text) || isNonBodyAcronym(t.text))) return 0;
  // "MOSCOW", "YONHAP": a known name in capitals.
  const capitalised = `${t.text[0] ?? ''}${t.text.slice(1).toLowerCase()}`;
  if (gazetteerAt(r.keys, i).length > 0 || gazetteerAt([capitalised], 0).length > 0) return 0;
  const before = r.tokens[i - 1];
  const after = r.tokens[i + (withDigits ? 2 : 1)];
  // Part of a name ("JD Vance", "Tianwan NPP", "RNZ Pacific"), a line in capitals, a credit
  // ("CO/YMU"), a time zone after a time ("12:26 IST", "08:42 AM IST"), "COVID-19".
  if ((isCapitalized(before) && r.pos[i - 1] === 'PROPN') || isCapitalized(after) || /^(?:\/|-|\d+|\p{Lu}{2,})$/u.test(before?.text ?? '') || /^[/-]$/.test(after?.text ?? '')) return 0;
  const written = withDigits ? `${t.text}${next.text}` : t.text;
  // Spelled out in the article ("International Defence Industry Fair (IDEF)"): the phrase decides what it is.
  if (r.body.includes(`(${written})`)) return 0;
  return withDigits ? 2 : 1;
}
