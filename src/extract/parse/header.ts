// Page furniture above a story, in each outlet's house style: time stamps (stamp.ts: "Xinhua)
// 15:41, November 07, 2025", "Published: Jun 05, 2025 10:32 PM", "16:20"), bylines and credit
// lines ("By ZHANG YI | China Daily | Updated: 2025-05-08 07:45", "Talha Ozturk |21.01.2025 -
// Update : 21.01.2025", "By Global Times", "Reuters | Beijing | Updated: 03-07-2023 12:26 IST",
// "Agencies |", "Ahram Online , Wednesday 28 Aug 2024", "Kazan, Friday, 14 March 2025", "Reuters, Nairobi") and the place
// line of official readouts ("The Kremlin, Moscow").
import { readLabelledField } from './header-labels.ts';
import { stampDate } from './stamp.ts';
import { isOutletLike, outletName } from './outlet.ts';
import { foldWords, pageFurniture } from './word-lists.ts';
import { lookupPlace } from '../link/knowledge.ts';

export interface HeaderLine {
  publishedOn: string | null;
  source: string | null;
  /** The byline segment naming an author, as written ("By ZHANG YI", "Talha Ozturk"). */
  byline: string | null;
  /** Canonical city of a readout's place line or of a credit line ("Reuters | Beijing"). */
  place: string | null;
}

/** Rows are split at bars and middle dots ("The Canadian Press · Posted: …"), and before a stamp
 * label run on after a byline ("By Global Times Published: …"). */
const SEGMENT = /\s*[|·•]\s*|\s+(?=(?:Published|Updated|Posted|Last updated)\b)/;
const AGENCY_PREFIX = /^\(?([A-Z][\w ]*)\)\s*/;
/** "Ahram Online , Wednesday 28 Aug 2024": the outlet's name, a comma, then its stamp. */
const OUTLET_COMMA = /^(\p{Lu}[^,]{1,40}?)\s*,\s*(.+)$/u;
const BYLINE = /^(?:(?:written|story|reported|posted|words|text) by\s+|by\s+|(?:author|reporter)\s*:\s*)(.+)$/i;
/** "Reuters Staff", "AFP Correspondent": an outlet's desk signing the story. */
const OUTLET_DESK = /^(.+?)\s+(?:staff(?: reporter| writer)?|correspondent|desk|news desk|newsroom|bureau)$/i;
const PERSON = String.raw`\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){1,3}`;
/** One to three authors: "Laurie Chen and Guy Faulconbridge". */
const AUTHORS = new RegExp(String.raw`^${PERSON}(?:(?:, | and | & )${PERSON}){0,2}$`, 'u');
const BYLINE_OUTLET = /^(.+?),\s+(\p{Lu}[\p{L}.&' -]{1,40})$/u;
/** "JANE DOE Associated Press": names in capitals, then the outlet in its own case. */
const OUTLET_AFTER_NAMES = /^(\p{Lu}[\p{Lu}\p{Ll}' -]*\p{Lu}) (\p{Lu}\p{Ll}[\p{L}.&' -]{1,40})$/u;
const BYLINE_PLACE = /^(.+?) in (\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?)$/u;
const READING_TIME = /^\d+\s*min(?:ute)?s? read$/i;
const BEAT = /^(?:\p{Ll}[\p{Ll}-]* )+(?=\p{Lu})/u;
const WITH_AGENCY = /\s+with\s+(?:\p{Lu}{2,5}|agencies|wires)$/iu;
/** "Madrid - 10 FEB 2026 - 14:05 CET": the city the story was filed from, a dash, then its stamp. */
const CITY_DASH = /^(\p{Lu}[\p{L}.' -]{1,30}?)\s+[-–—]\s+(.+)$/u;
const SECTION_TAGS = /^\p{Lu}[\p{L}&]*(?:, \p{Lu}[\p{L}&]*)+$/u;
/** "BNamericas": one capitalised word, in a row that also holds a stamp, is the site's name. */
const ONE_NAME = /^\p{Lu}[\p{L}\d&'.-]{2,}$/u;
/** "By Dana Omarova in Nation on 9 August 2024": the day the byline was filed, after "on". */
const BYLINE_DAY = /^(.+?),? on (.+)$/;
/** "Losana Vakatale, RNZ Pacific journalist": the author, then the outlet they write for. */
const STAFF_CREDIT = new RegExp(String.raw`^(${PERSON}), (\p{Lu}[\p{L}.&' -]{1,40}?) (?:journalist|reporter|correspondent|writer|editor)$`, 'u');
const REGION_NAME = / (?:Region|Oblast|Territory|Krai|Province)$/;
const PLACE_LINE = /^(?:The )?(\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}), (\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})$/u;

/**
 * "Zhou Huiying in Changchun": the author and, when it is a known city, where they filed from;
 * after a filing day ("… in Nation on 9 August 2024") "in" names the page's section instead.
 */
function splitBylinePlace(who: string, dated: boolean): { who: string; city: string | null } {
  const m = BYLINE_PLACE.exec(who);
  const city = m ? lookupPlace(m[2] ?? '') : undefined;
  if (m && city?.kind === 'city') return { who: m[1] ?? who, city: city.name };
  return { who: m && dated && AUTHORS.test(m[1] ?? '') ? (m[1] ?? who) : who, city: null };
}

/** Reads one line as page furniture, or returns null when it is story text. */
export function readHeaderLine(line: string): HeaderLine | null {
  const out: HeaderLine = { publishedOn: null, source: null, byline: null, place: null };
  const labelled = readLabelledField(line);
  if (labelled) return { ...out, source: labelled.source };
  const placeLine = PLACE_LINE.exec(line);
  const venue = placeLine ? lookupPlace(placeLine[1] ?? '') : undefined;
  if (placeLine && venue?.kind === 'venue') {
    const city = lookupPlace(placeLine[2] ?? '');
    if (city?.kind === 'city') return { ...out, place: city.name };
    // "Novo-Ogaryovo, Moscow Region": a residence outside any city is itself the place.
    return REGION_NAME.test(placeLine[2] ?? '') ? { ...out, place: venue.name } : null;
  }
  // "Reuters, Nairobi": the outlet and the city its story was filed from.
  const filedFrom = placeLine && isOutletLike(placeLine[1] ?? '') ? lookupPlace(placeLine[2] ?? '') : undefined;
  if (filedFrom?.kind === 'city') return { ...out, source: placeLine?.[1] ?? null, place: filedFrom.name };
  const staff = STAFF_CREDIT.exec(line);
  if (staff) return { ...out, source: staff[2] ?? null, byline: `By ${staff[1] ?? ''}` };
  const segments = line.split(SEGMENT).map((s) => s.trim()).filter((s) => s.length > 0);
  let names: string[] = [];
  let placeOnly = false;
  /** "TNN | Aug 7, 2025": a name shaped like an outlet, kept only if the row also holds a stamp. */
  let outletBeside: string | null = null;
  for (const raw of segments) {
    let segment = raw;
    const agency = AGENCY_PREFIX.exec(segment);
    if (agency) {
      out.source ??= agency[1] ?? null;
      segment = segment.slice(agency[0].length);
    }
    // "Source: Xinhua | 2026-04-15 18:55:00 | Editor: huaxia"
    const labelled = segments.length > 1 ? readLabelledField(segment) : null;
    if (labelled) {
      out.source ??= labelled.source;
      continue;
    }
    const outletStamp = OUTLET_COMMA.exec(segment);
    const named = outletStamp?.[1] ?? '';
    const outletDate = outletStamp && isOutletLike(named) ? stampDate(outletStamp[2] ?? '') : undefined;
    if (outletDate !== undefined) {
      out.source ??= named;
      out.publishedOn ??= outletDate;
      continue;
    }
    // "Nairobi, Tuesday, 14 March 2025": the city the story was filed from, then its stamp.
    const cityStamp = outletStamp ? lookupPlace(named) : undefined;
    const cityDate = cityStamp?.kind === 'city' ? stampDate(outletStamp?.[2] ?? '') : undefined;
    if (cityStamp !== undefined && cityDate !== undefined) {
      out.place ??= cityStamp.name;
      out.publishedOn ??= cityDate;
      continue;
    }
    // "Madrid - 10 FEB 2026 - 14:05 CET", "KYODO NEWS - Aug 22, 2026 - 20:17": a city or an outlet, a dash, its stamp.
    const dashed = CITY_DASH.exec(segment);
    const dashCity = dashed ? lookupPlace(dashed[1] ?? '') : undefined;
    const dashOutlet = dashed !== null && dashCity === undefined && isOutletLike(dashed[1] ?? '');
    const dashDate = dashCity?.kind === 'city' || dashOutlet ? stampDate(dashed?.[2] ?? '') : undefined;
    if (typeof dashDate === 'string') {
      if (dashOutlet) out.source ??= dashed?.[1] ?? null;
      else out.place ??= dashCity?.name ?? null;
      out.publishedOn ??= dashDate;
      continue;
    }
    // "… | World, All": the sections a stamped row files the story under.
    if (out.publishedOn !== null && SECTION_TAGS.test(segment)) continue;
    const date = stampDate(segment);
    if (date !== undefined) {
      out.publishedOn ??= date;
      continue;
    }
    // "Reuters | Beijing | Updated: …", "Updated on: … | Astana": the city the story was filed from.
    const city = segments.length > 1 ? lookupPlace(segment) : undefined;
    if (city?.kind === 'city') {
      out.place ??= city.name;
      placeOnly = true;
      continue;
    }
    if (READING_TIME.test(segment)) continue;
    const folded = foldWords(segment);
    const oneName = ONE_NAME.test(segment) && lookupPlace(segment) === undefined &&
      ![pageFurniture.desks, pageFurniture.sections, pageFurniture.navigation].some((words) => words.has(folded));
    if (segments.length > 1 && outletName(segment) === null && !BYLINE.test(segment) && (isOutletLike(segment) || oneName)) {
      outletBeside ??= segment;
      continue;
    }
    const by = BYLINE.exec(segment);
    const filedOn = by ? BYLINE_DAY.exec(by[1] ?? '') : null;
    const filedDay = filedOn ? stampDate(filedOn[2] ?? '') : undefined;
    if (filedDay !== undefined) out.publishedOn ??= filedDay;
    // "BY DAILY SABAH WITH AA": the outlet, with the agency it drew on.
    // "By political reporter Hannah Leung": the author's beat before the name.
    const byWhom = (filedDay !== undefined ? (filedOn?.[1] ?? '') : (by?.[1] ?? '')).replace(WITH_AGENCY, '').replace(BEAT, '');
    // "By Jane Doe, Associated Press", "By JANE DOE Associated Press": the outlet after the author's name.
    const credited = by ? (BYLINE_OUTLET.exec(byWhom) ?? OUTLET_AFTER_NAMES.exec(byWhom)) : null;
    const outlet = credited ? outletName(credited[2] ?? '') : null;
    if (outlet !== null) out.source ??= outlet;
    const author = outlet !== null ? (credited?.[1] ?? '') : byWhom;
    const filed = by ? splitBylinePlace(author, filedDay !== undefined) : { who: segment, city: null };
    const who = filed.who;
    out.place ??= filed.city;
    // "By Vatican News": a name ending in a medium word signs for the site, not a person.
    const media = outletName(who) ?? outletName(OUTLET_DESK.exec(who)?.[1] ?? '') ?? (by && isOutletLike(who) ? who : null);
    if (media !== null) out.source ??= media;
    else if (pageFurniture.desks.has(foldWords(who))) continue; // "By Staff Reporter", "Our Staff Reporter |": no one to name
    else if ((by || segments.length > 1) && AUTHORS.test(who)) names = [...names, by ? `By ${who}` : segment];
    else return null;
  }
  if (outletBeside !== null) {
    if (out.publishedOn === null) return null;
    out.source ??= outletBeside;
  }
  // A bare name or city is furniture only beside a stamp or outlet ("Talha Ozturk |21.01.2025").
  const bare = (names.length > 0 && !BYLINE.test(segments[0] ?? '')) || placeOnly;
  if (bare && out.publishedOn === null && out.source === null) return null;
  out.byline = names[0] ?? null;
  return out;
}
