// Datelines open the lead paragraph: "MOSCOW, Nov. 7 (Xinhua) --", "BEIJING, China, Nov 5 —",
// "MOSCOW, December 2. /TASS/.", "MOSCOW (AA) -", "Tianjin, China, Aug 31 (Prensa Latina)".
import { MONTH_PATTERN, monthNumber } from '../dates/dates.ts';
import { lookupFolded } from '../link/knowledge.ts';

export interface Dateline {
  /** Canonical place name. */
  place: string;
  /** Surface of the place as written ("MOSCOW"). */
  placeText: string;
  source: string | null;
  month: number | null;
  day: number | null;
  /** Length of the dateline prefix, so that sentence splitting and date search can skip it. */
  length: number;
}

const PLACE = String.raw`[A-Z][A-Za-z'-]*\.?(?: [A-Z][A-Za-z'-]*){0,3}`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:, (?!(?:${MONTH_PATTERN})\b)([A-Z][a-z]+(?: [A-Z][a-z]+)?))?(?:,? (${MONTH_PATTERN})\.? (\d{1,2})(?:st|nd|rd|th)?\.?)?` +
    String.raw`\s*(?:\(([A-Z][A-Za-z ]{0,30}[A-Za-z])\)|/([A-Z]{2,12})/\.?)?\s*(--|—|–|-(?=\s))?\s*`,
);

export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [whole, placeText = '', , month, day, paren, slashed, dash] = m;
  const source = paren ?? slashed ?? null;
  const dated = month !== undefined;
  if (!(source !== null || (dated && dash !== undefined) || (dash !== undefined && /^[A-Z .'-]+$/.test(placeText)))) {
    return null;
  }
  const known = lookupFolded(placeText);
  if (known !== undefined && known.kind !== 'place') return null;
  return {
    place: known?.names[0] ?? titleCase(placeText),
    placeText,
    source,
    month: dated ? monthNumber(month) : null,
    day: day === undefined ? null : Number(day),
    length: whole.length,
  };
}

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
