// Datelines open the lead paragraph: "MOSCOW, Nov. 7 (Xinhua) --", "BEIJING, China, Nov 5 —",
// "MOSCOW, December 2. /TASS/.", "MOSCOW (AA) -", "Tianjin, China, Aug 31 (Prensa Latina)",
// "DHAKA, April 17, 2025 (BSS) –", "MOSCOW, February 22 – RIA Novosti.", "Kampala —", "Cairo:",
// "MOSCOW. Nov 26 (Interfax) -", "BEIJING/MOSCOW, Jan 21 (Reuters) -" (the first place is the
// dateline), "WASHINGTON, D.C. —", "NEW DELHI:", "PARIS, 14 March (AFP) -",
// "LONDON, March 14, 2025 /PRNewswire/ --", "ASTANA. KAZINFORM –" (the agency after the city's period),
// "BRASÍLIA —" (any script's capitals), "YEREVAN, FEBRUARY 12, ARMENPRESS." (the agency after the date, closed by a period),
// "Addis Abeba, June 25/2026 –" (the year after a slash), "UNITED NATIONS, Sept. 10 (Xinhua) --" (a body's seat as a place),
// "ASUNCIÓN, 2026-07-02 (EFE) --" (an ISO date), "New Delhi [India], August 17 (ANI):" (the country in brackets).
import { MONTH_PATTERN, monthNumber } from '../dates/dates.ts';
import { lookupFolded, lookupPlace } from '../link/knowledge.ts';
import { isFurniture } from './furniture.ts';
import { foldWords, isAgency, listedAgencyForm } from './word-lists.ts';

export interface Dateline {
  /** Canonical place name. */
  place: string;
  /** Surface of the place as written ("MOSCOW"). */
  placeText: string;
  source: string | null;
  month: number | null;
  day: number | null;
  /** The year when the dateline writes one ("Kuala Lumpur, 9 July 2025 —"); it then dates the story. */
  year: number | null;
  /** Length of the dateline prefix, so that sentence splitting and date search can skip it. */
  length: number;
}

/** Month names as written in text or set in capitals ("FEBRUARY 12"). */
const MONTH = `${MONTH_PATTERN}|${MONTH_PATTERN.toUpperCase()}`;
const NOT_MONTH = String.raw`(?!(?:${MONTH})\b)`;
const PLACE = String.raw`\p{Lu}[\p{L}'-]*\.?(?: ${NOT_MONTH}\p{Lu}[\p{L}'-]*){0,3}`;
const DASH = String.raw`--|—|–|-(?=\s)|:(?=\s)`;
/** "2026-07-02": year, month and day as numbers. */
const ISO_DATE = String.raw`(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)`;
const DATELINE = new RegExp(
  // place, "/second place", ", country or agency", "Month D, YYYY", ", agency" before a dash
  String.raw`^(${PLACE})(?:/${PLACE})?(?: \[${NOT_MONTH}[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\])?(?:, ((?:[A-Z]\.){2,3}|${NOT_MONTH}[A-Z][A-Za-z]+(?: ${NOT_MONTH}[A-Z][A-Za-z]+)?))?` +
    String.raw`(?:,? (?:(${MONTH})\.? (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)? (${MONTH}))\.?(?:(?:,? |\/)(\d{4}))?|, ${ISO_DATE})?(?:, ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?:(?=\s*(?:${DASH}))|\.(?=\s)))?` +
    // "(Xinhua)", "(dpa)", "/TASS/.", "/PRNewswire/", then the dash or colon
    String.raw`\s*(?:\(([A-Za-z][A-Za-z .&-]{0,30}[A-Za-z.])\)|/([A-Z][A-Za-z]{1,20})/\.?)?\s*(${DASH})?\s*`,
  'u',
);
/** An agency named after the dash: "MOSCOW, February 22 – RIA Novosti. Russian Foreign Minister …". */
const AGENCY_AFTER = /^(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})\.\s+/u;
/** "ASTANA. KAZINFORM": a city closed by a period, then the agency in capitals. */
const CITY_THEN_AGENCY = /^([A-Za-z'-]{3,})\. ([A-Z][A-Z-]+(?: [A-Z][A-Z-]+)?)$/;
const isKnownPlace = (text: string): boolean => lookupPlace(text) !== undefined;
const agencyOrNull = (name: string | undefined): string | null => (name !== undefined && isAgency(name) ? name : null);
/** After a date, a listed agency in capitals is named as listed ("ARMENPRESS" is Armenpress). */
const agencyForm = (name: string | undefined): string | null => {
  const agency = agencyOrNull(name);
  return agency !== null && /^[\p{Lu} -]+$/u.test(agency) && agency.length > 5 ? listedAgencyForm(agency) : agency;
};

export function readDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [whole, written = '', region, monthFirst, dayAfter, dayFirst, monthAfter, writtenYear, isoYear, isoMonth, isoDay, dateAgency, paren, slashed, dash] = m;
  // "March 14" or, in European style, "14 March"; or "2026-07-02".
  const monthName = monthFirst ?? monthAfter;
  const month = monthName === undefined ? (isoMonth === undefined ? null : Number(isoMonth)) : monthNumber(monthName);
  const [day, year] = [dayAfter ?? dayFirst ?? isoDay, writtenYear ?? isoYear];
  // "MOSCOW. Nov 26": the period closes the place; "St. Petersburg" keeps its own.
  const cityAgency = dash === undefined ? null : CITY_THEN_AGENCY.exec(written);
  const placeAgency = cityAgency && (isAgency(cityAgency[2] ?? '') || !isKnownPlace(cityAgency[2] ?? '')) ? cityAgency : null;
  const placeText = placeAgency ? (placeAgency[1] ?? '') : /^[A-Za-z'-]{3,}\.$/.test(written) ? written.slice(0, -1) : written;
  const dated = month !== null;
  // A lower-case parenthesis is a dateline credit only when it names an agency ("(dpa)").
  if (paren !== undefined && !/^[A-Z]/.test(paren) && !isAgency(paren)) return null;
  // An unlisted credit needs a place that looks like one: "Defence Minister Antti Häkkänen (NCP), who …" is a sentence.
  if (paren !== undefined && !isAgency(paren) && !/^[\p{Lu} .'-]+$/u.test(placeText) && !isKnownPlace(placeText)) return null;
  const after = dash !== undefined && dash !== ':' && paren === undefined && slashed === undefined ? AGENCY_AFTER.exec(paragraph.slice(whole.length)) : null;
  const agency = after && isAgency(after[1] ?? '') ? after : null;
  // "Tehran, IRNA --", "TOKYO, March 14, Kyodo --": an agency where a country or a weekday could stand.
  const source = paren ?? slashed ?? agencyForm(dateAgency) ?? agencyOrNull(region) ?? agency?.[1] ?? (placeAgency ? listedAgencyForm(placeAgency[2] ?? '') : null);
  if (source === null) {
    if (dash === undefined) return null;
    // "On March 14 — …" is a sentence: a dated place is in capitals, known, or set off by a comma;
    // before a colon, only a place in capitals or a known one ("Trade Council, 14 March 2025: results" is a headline).
    const setOff =
      /^[\p{Lu} .'-]+$/u.test(placeText) || isKnownPlace(placeText) || (dash !== ':' && /^[,.]/.test(whole.slice(written.length)));
    if (dated ? !setOff : !placeOnlyDateline(placeText, dash, paragraph.charAt(whole.length))) return null;
  }
  const known = lookupFolded(placeText);
  // "UNITED NATIONS, Sept. 10 (Xinhua) --": with a date and a credit the line can only be a
  // dateline, so a name the knowledge base holds as a body is the body's seat here.
  const seat = known !== undefined && known.kind !== 'place';
  if (seat && !(dated && source !== null)) return null;
  return {
    place: seat || known === undefined || keepsDiacritics(placeText, known.names[0] ?? '') ? titleCase(placeText) : (known.names[0] ?? placeText),
    placeText,
    source,
    month,
    day: day === undefined ? null : Number(day),
    year: year === undefined ? null : Number(year),
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
  if (dash === ':') return isKnownPlace(placeText) || (/^\p{Lu}[\p{Lu} .'-]{3,}$/u.test(placeText) && !isFurniture(placeText));
  if (/^[\p{Lu} .'-]+$/u.test(placeText)) return true;
  if (dash !== '—' && dash !== '–' && dash !== '--') return false;
  return isKnownPlace(placeText) || (placeText.split(' ').length <= 2 && /\p{Lu}/u.test(next));
}

/** "BRASÍLIA" for a known "Brasilia": the article's own spelling, accents and all, names the place. */
const keepsDiacritics = (written: string, canonical: string): boolean =>
  /[^\p{ASCII}]/u.test(written) && foldWords(written) === foldWords(canonical);

export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
