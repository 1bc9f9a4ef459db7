// Page furniture above a story, in each outlet's house style: time stamps ("Xinhua) 15:41,
// November 07, 2025", "Published: Jun 05, 2025 10:32 PM", "14:07 GMT 03.09.2025", "Updated
// 20:41, 14-Oct-2025", "2025-04-23 18:30", "16:20"), bylines ("By ZHANG YI | China Daily |
// Updated: 2025-05-08 07:45", "Talha Ozturk |21.01.2025 - Update : 21.01.2025", "By Global
// Times") and the place line of official readouts ("The Kremlin, Moscow").
import { MONTH_PATTERN, formatDay, monthNumber } from '../dates/dates.ts';
import { readLabelledField } from './header-labels.ts';
import { lookupFolded, lookupPlace, organizations } from '../link/knowledge.ts';

export interface HeaderLine {
  publishedOn: string | null;
  source: string | null;
  /** The byline segment naming an author, as written ("By ZHANG YI", "Talha Ozturk"). */
  byline: string | null;
  /** Canonical city of a readout's place line. */
  place: string | null;
}

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*(?:GMT|UTC|BJT|MSK)(?:[+-]\d{1,2})?)?`;
const LABEL = String.raw`(?:(?:Published|Updated|Update|Posted|Last updated)\s*:?\s*)?`;
const DATE_FORMS: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  [/(\d{4})-(\d{2})-(\d{2})/, (m) => day(m[1], m[2], m[3])],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => day(m[3], m[2], m[1])],
  [new RegExp(String.raw`\b(\d{1,2})-(${MONTH_PATTERN})-(\d{4})\b`), (m) => day(m[3], String(monthNumber(m[2] ?? '')), m[1])],
  [new RegExp(String.raw`\b(${MONTH_PATTERN})\.? (\d{1,2}),? (\d{4})\b`), (m) => day(m[3], String(monthNumber(m[1] ?? '')), m[2])],
  // Day first, as RT and SCMP stamp pages: "23 Oct, 2024 18:47", "8:30pm, 9 Jul 2025".
  [new RegExp(String.raw`\b(\d{1,2}) (${MONTH_PATTERN})\.?,? (\d{4})\b`), (m) => day(m[3], String(monthNumber(m[2] ?? '')), m[1])],
];
/** What may surround a date in a stamp: labels, times, separators. */
const STAMP_REST = new RegExp(String.raw`^(?:\s|[-–,]|${LABEL}|${TIME})*$`, 'i');
const AGENCY_PREFIX = /^([A-Z][\w ]*)\)\s*/;
const BYLINE = /^by\s+(.+)$/i;
const PERSON = /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}$/u;
const BYLINE_PLACE = /^(.+?) in (\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?)$/u;
const REGION_NAME = / (?:Region|Oblast|Territory|Krai|Province)$/;
const PLACE_LINE = /^(?:The )?(\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}), (\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})$/u;

function day(y: string | undefined, m: string | undefined, d: string | undefined): string | null {
  const [yy, mm, dd] = [Number(y), Number(m), Number(d)];
  if (!(mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 && yy > 1900)) return null;
  return formatDay({ y: yy, m: mm, d: dd });
}

/** A segment that is only a (labelled) date and time; undefined when it is something else. */
function stampDate(segment: string): string | null | undefined {
  if (new RegExp(String.raw`^${LABEL}${TIME}$`, 'i').test(segment)) return null;
  for (const [pattern, read] of DATE_FORMS) {
    const m = pattern.exec(segment);
    if (!m) continue;
    // "21.01.2025 - Update : 21.01.2025": the first date is the publication.
    const rest = segment.replace(new RegExp(pattern.source, 'g'), '');
    return STAMP_REST.test(rest) ? read(m) : undefined;
  }
  return undefined;
}

const mediaName = (s: string): string | null => {
  const known = lookupFolded(s);
  return known?.kind === 'org' && organizations.get(known.names[0] ?? '')?.media ? s : null;
};

/** "Zhou Huiying in Changchun": the author and, when it is a known city, where they filed from. */
function splitBylinePlace(who: string): { who: string; city: string | null } {
  const m = BYLINE_PLACE.exec(who);
  const city = m ? lookupPlace(m[2] ?? '') : undefined;
  return m && city?.kind === 'city' ? { who: m[1] ?? who, city: city.name } : { who, city: null };
}

/** Reads one line as page furniture, or returns null when it is story text. */
export function readHeaderLine(line: string): HeaderLine | null {
  const out: HeaderLine = { publishedOn: null, source: null, byline: null, place: null };
  const labelled = readLabelledField(line);
  if (labelled) return { ...out, source: labelled.source };
  const placeLine = PLACE_LINE.exec(line);
  if (placeLine) {
    const venue = lookupPlace(placeLine[1] ?? '');
    const city = lookupPlace(placeLine[2] ?? '');
    if (venue?.kind !== 'venue') return null;
    if (city?.kind === 'city') return { ...out, place: city.name };
    // "Novo-Ogaryovo, Moscow Region": a residence outside any city is itself the place.
    return REGION_NAME.test(placeLine[2] ?? '') ? { ...out, place: venue.name } : null;
  }
  const segments = line.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
  let names: string[] = [];
  for (const raw of segments) {
    let segment = raw;
    const agency = AGENCY_PREFIX.exec(segment);
    if (agency) {
      out.source ??= agency[1] ?? null;
      segment = segment.slice(agency[0].length);
    }
    const date = stampDate(segment);
    if (date !== undefined) {
      out.publishedOn ??= date;
      continue;
    }
    const by = BYLINE.exec(segment);
    const filed = by ? splitBylinePlace(by[1] ?? '') : { who: segment, city: null };
    const who = filed.who;
    out.place ??= filed.city;
    const media = mediaName(who);
    if (media !== null) out.source ??= media;
    else if ((by || segments.length > 1) && PERSON.test(who)) names = [...names, filed.city === null ? segment : `By ${who}`];
    else return null;
  }
  // A bare name is a byline only beside a stamp or outlet ("Talha Ozturk |21.01.2025").
  if (names.length > 0 && !BYLINE.test(segments[0] ?? '') && out.publishedOn === null && out.source === null) return null;
  out.byline = names[0] ?? null;
  return out;
}
