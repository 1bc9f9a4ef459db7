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

/** Lower-case words inside a spelled-out name that its acronym skips ("Unión General de Trabajadores"). */
const SKIPPED = /^(?:of|the|and|for|on|in|de|del|des|du|la|le|el|y|e|et|di|da|do|dos|das|der|für|und|van|von)$/;

/** Head words of named things that are not bodies, whatever acronym they carry. */
const NOT_BODIES = new Set(
  ('forum summit conference meeting talks round dialogue consultation consultations agreement accord treaty pact ' +
    'convention protocol declaration charter act law initiative plan programme program project strategy framework ' +
    'mechanism agenda corridor zone line control partnership scheme package exercise drill operation games cup ' +
    'championship festival expo index').split(' '),
);

/** "CCOO" for "Comisiones Obreras": Spanish doubles the initial of a plural word. */
const undoubled = (acronym: string): string => acronym.replace(/(\p{Lu})\1/gu, '$1');

/**
 * "Miejskie Zakłady Autobusowe (MZA)", "Comisiones Obreras (CCOO)": capitalised words followed by
 * the acronym of their initials name a body when no English head word says otherwise. The
 * name's length in tokens (without the acronym) and the acronym, null when none. A known person's
 * name is left alone ("Andrés Manuel López Obrador (AMLO)" is a person the knowledge base holds).
 */
export function spelledOutAt(r: Recognized, i: number, end: number): { length: number; acronym: string } | null {
  const initials: string[] = [];
  let k = i;
  while (k < end && k - i < 10) {
    const t = r.tokens[k];
    if (isCapitalized(t) && /^\p{Lu}\p{Ll}/u.test(t?.text ?? '')) initials.push(t?.text.charAt(0) ?? '');
    else if (!(initials.length > 0 && SKIPPED.test(t?.text ?? '') && isCapitalized(r.tokens[k + 1]))) break;
    k++;
  }
  const acronym = r.tokens[k + 1]?.text ?? '';
  if (initials.length < 2 || r.tokens[k]?.text !== '(' || r.tokens[k + 2]?.text !== ')' || !LETTERS.test(acronym)) return null;
  const spelled = initials.join('').toUpperCase();
  if (spelled !== acronym && spelled !== undoubled(acronym)) return null;
  if (gazetteerAt(r.keys, i).some((e) => e.kind === 'person')) return null;
  // "Eastern Economic Forum (EEF)", "Line of Actual Control (LAC)": gatherings, agreements, plans
  // and lines get acronyms too; their head word says so.
  if (NOT_BODIES.has(r.tokens[k - 1]?.text.toLowerCase() ?? '')) return null;
  return { length: k - i, acronym };
}
