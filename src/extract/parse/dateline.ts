// Datelines open the lead paragraph: "MOSCOW, Nov. 7 (Xinhua) --", "BEIJING, China, Nov 5 —",
// "MOSCOW, December 2. /TASS/.", "MOSCOW (AA) -", "Tianjin, China, Aug 31 (Prensa Latina)",
// "DHAKA, April 17, 2025 (BSS) –", "MOSCOW, February 22 – RIA Novosti.", "Kampala —", "Cairo:",
// "MOSCOW. Nov 26 (Interfax) -", "BEIJING/MOSCOW, Jan 21 (Reuters) -" (the first place is the
// dateline), "WASHINGTON, D.C. —", "NEW DELHI:", "PARIS, 14 March (AFP) -",
// "LONDON, March 14, 2025 /PRNewswire/ --", "ASTANA. KAZINFORM –" (the agency after the city's period).
import { MONTH_PATTERN, monthNumber } from '../dates/dates.ts';
import { lookupFolded, lookupPlace } from '../link/knowledge.ts';
import { isFurniture } from './furniture.ts';
import { isAgency, listedAgencyForm } from './word-lists.ts';

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

const NOT_MONTH = String.raw`(?!(?:${MONTH_PATTERN})\b)`;
const PLACE = String.raw`[A-Z][A-Za-z'-]*\.?(?: ${NOT_MONTH}[A-Z][A-Za-z'-]*){0,3}`;
const DASH = String.raw`--|—|–|-(?=\s)|:(?=\s)`;
const DATELINE = new RegExp(
  // place, "/second place", ", country or agency", "Month D, YYYY", ", agency" before a dash
  String.raw`^(${PLACE})(?:/${PLACE})?(?:, ((?:[A-Z]\.){2,3}|${NOT_MONTH}[A-Z][A-Za-z]+(?: ${NOT_MONTH}[A-Z][A-Za-z]+)?))?` +
    String.raw`(?:,? (?:(${MONTH_PATTERN})\.? (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2}) (${MONTH_PATTERN}))\.?(?:,? \d{4})?)?(?:, ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?=\s*(?:${DASH})))?` +
    // "(Xinhua)", "(dpa)", "/TASS/.", "/PRNewswire/", then the dash or colon
    String.raw`\s*(?:\(([A-Za-z][A-Za-z .&-]{0,30}[A-Za-z.])\)|/([A-Z][A-Za-z]{1,20})/\.?)?\s*(${DASH})?\s*`,
);
/** An agency named after the dash: "MOSCOW, February 22 – RIA Novosti. Russian Foreign Minister …". */
const AGENCY_AFTER = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})\.\s+/u;
/** "ASTANA. KAZINFORM": a city closed by a period, then the agency in capitals. */
const CITY_THEN_AGENCY = /^([A-Za-z'-]{3,})\. ([A-Z][A-Z-]+(?: [A-Z][A-Z-]+)?)$/;
const isKnownPlace = (text: string): boolean => lookupPlace(text) !== undefined;
const agencyOrNull = (name: string | undefined): string | null => (name !== undefined && isAgency(name) ? name : null);

export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [whole, written = '', region, monthFirst, dayAfter, dayFirst, monthAfter, dateAgency, paren, slashed, dash] = m;
  // "March 14" or, in European style, "14 March".
  const [month, day] = [monthFirst ?? monthAfter, dayAfter ?? dayFirst];
  // "MOSCOW. Nov 26": the period closes the place; "St. Petersburg" keeps its own.
  const cityAgency = dash === undefined ? null : CITY_THEN_AGENCY.exec(written);
  const placeAgency = cityAgency && (isAgency(cityAgency[2] ?? '') || !isKnownPlace(cityAgency[2] ?? '')) ? cityAgency : null;
  const placeText = placeAgency ? (placeAgency[1] ?? '') : /^[A-Za-z'-]{3,}\.$/.test(written) ? written.slice(0, -1) : written;
  const dated = month !== undefined;
  // A lower-case parenthesis is a dateline credit only when it names an agency ("(dpa)").
  if (paren !== undefined && !/^[A-Z]/.test(paren) && !isAgency(paren)) return null;
  const after = dash !== undefined && dash !== ':' && paren === undefined && slashed === undefined ? AGENCY_AFTER.exec(paragraph.slice(whole.length)) : null;
  const agency = after && isAgency(after[1] ?? '') ? after : null;
  // "Tehran, IRNA --", "TOKYO, March 14, Kyodo --": an agency where a country or a weekday could stand.
  const source = paren ?? slashed ?? agencyOrNull(dateAgency) ?? agencyOrNull(region) ?? agency?.[1] ?? (placeAgency ? listedAgencyForm(placeAgency[2] ?? '') : null);
  if (source === null) {
    if (dash === undefined) return null;
    // "On March 14 — …" is a sentence: a dated place is in capitals, known, or set off by a comma.
    const setOff = /^[A-Z .'-]+$/.test(placeText) || isKnownPlace(placeText) || /^[,.]/.test(whole.slice(written.length));
    if (dated ? !setOff : !placeOnlyDateline(placeText, dash, paragraph.charAt(whole.length))) return null;
  }
  const known = lookupFolded(placeText);
  if (known !== undefined && known.kind !== 'place') return null;
  return {
    place: known?.names[0] ?? titleCase(placeText),
    placeText,
    source,
    month: dated ? monthNumber(month) : null,
    day: day === undefined ? null : Number(day),
    length: whole.length + (agency?.[0].length ?? 0),
  };
}

/**
 * A place with no date before it: "MOSCOW -" in capitals; a known place or one in capitals
 * before a colon ("Cairo: High-ranking …", "ISLAMABAD: …"); a known place, or one or two capitalised words, before a long dash that
 * opens a sentence ("Kampala — Uganda exported …").
 */
function placeOnlyDateline(placeText: string, dash: string, next: string): boolean {
  // "NEW DELHI: …"; "UPDATE: …" and other page labels are not places.
  if (dash === ':') return isKnownPlace(placeText) || (/^[A-Z][A-Z .'-]{3,}$/.test(placeText) && !isFurniture(placeText));
  if (/^[A-Z .'-]+$/.test(placeText)) return true;
  if (dash !== '—' && dash !== '–' && dash !== '--') return false;
  return isKnownPlace(placeText) || (placeText.split(' ').length <= 2 && /\p{Lu}/u.test(next));
}

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
