// What an article fixes for all its meetings: the publication and dateline days, the dateline place, its year, and the forum acronyms it defines.
import type { ParsedArticle } from '../types.ts';
import { dayOnOrBefore, findDates, parseIsoDay, resolveDate, type Day } from '../dates/dates.ts';
import { readDateline } from '../parse/dateline.ts';
import { forumAcronyms } from './triggers.ts';

export interface Anchors {
  /** Weekdays and bare dates resolve against the publication day (gold README), else the dateline day. */
  day: Day | null;
  published: Day | null;
  datelineDay: Day | null;
  datelineParagraph: number;
  /** Body offset where the dateline starts, and its length. */
  datelineStart: number;
  datelineLength: number;
  datelinePlace: string | null;
  /** Best guess of the article's year when it carries no date. */
  year: number | null;
  forums: Array<[RegExp, string]>;
}

export function anchorsOf(article: ParsedArticle): Anchors {
  const published = parseIsoDay(article.publishedOn);
  let datelineDay: Day | null = null;
  let datelineParagraph = -1;
  let datelineStart = -1;
  let datelineLength = 0;
  for (const p of article.paragraphs) {
    if (p.kind !== 'text') continue;
    const found = readDateline(article.body.slice(p.start, p.end));
    if (!found) continue;
    datelineParagraph = p.index;
    datelineStart = p.start;
    datelineLength = found.length;
    if (found.month !== null && found.day !== null && published) datelineDay = dayOnOrBefore(found.month, found.day, published);
    break;
  }
  // A readout datelined by its place line ("The Kremlin, Moscow") reports that day's meeting in
  // its first paragraph.
  if (datelineParagraph < 0 && article.dateline !== null && published) {
    const lead = article.paragraphs.find((p) => p.kind === 'text' && /[.!?]["”]?$/.test(article.body.slice(p.start, p.end)));
    if (lead) {
      datelineParagraph = lead.index;
      datelineDay = published;
    }
  }
  return {
    day: published ?? datelineDay,
    published,
    datelineDay,
    datelineParagraph,
    datelineStart,
    datelineLength,
    datelinePlace: article.dateline,
    year: published?.y ?? estimateYear(article.body),
    forums: forumAcronyms(article.body),
  };
}

/**
 * An undated article still dates itself: the latest explicit "Month YYYY" is past, and a bare
 * month it mentions as coming ("set for Oct. 22-24") lies after it.
 */
function estimateYear(body: string): number | null {
  const mentions = findDates(body);
  let latest: Day | null = null;
  for (const m of mentions) {
    const v = m.value;
    if ((v.kind === 'month' || v.kind === 'day') && v.y !== null) {
      const d = { y: v.y, m: v.m, d: 1 };
      if (!latest || d.y > latest.y || (d.y === latest.y && d.m > latest.m)) latest = d;
    } else if (v.kind === 'year' && (!latest || v.y > latest.y)) latest = { y: v.y, m: 1, d: 1 };
  }
  if (!latest) return null;
  let year = latest.y;
  for (const m of mentions) {
    if ((m.value.kind === 'month' || m.value.kind === 'day') && m.value.y === null) {
      const resolved = resolveDate(m.value, latest, null, true);
      if (resolved) year = Math.max(year, Number(resolved.date.slice(0, 4)));
    }
  }
  return year;
}
