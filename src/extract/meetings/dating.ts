// When a meeting took place: the date stated in its clause, else the day the story around it gives.
import type { ParsedArticle, Sentence } from '../types.ts';
import { findDates, resolveDate, type Day, type DateMention, type ResolvedDate } from '../dates/dates.ts';
import type { Recognized } from '../recognize/spans.ts';
import { lastMorning, opensLaterInTheDay } from './daytime.ts';
import type { Candidate, MeetingContext, Trigger } from './candidates.ts';
import type { Anchors } from './anchors.ts';

export const SAME_DAY = /\b(?:on )?the same day\b/;

/** How far after its trigger a date may still be the meeting's own, in characters. */
const OWN_TIME_REACH = 80;

/** A gathering named as already known: the one the story's lead reports. */
const THE_GATHERING = /\b(?:[Tt]he|[Tt]his) (?:meeting|summit|talks|session|gathering|dialogue|forum)\b/;

/** A schedule for later on the day of writing. */
const LATER_TODAY = /\b(?:[Ll]ater (?:in the day|today|this (?:morning|afternoon|evening))|[Tt]his (?:afternoon|evening))\b/;

/** What may precede a date that opens the sentence and sets the day of what follows. */
const SENTENCE_INITIAL_DATE =
  /^\W*(?:(?:Also|Earlier|Later|earlier|later)\s+)?(?:(?:On|In|on|in)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?|(?:Last|Next|Early|Late)\s+)?$/;

/**
 * The date stated with the meeting: the first after the trigger within its clause, else one
 * before it in the same clause with no comma between, else a sentence-initial "On Monday,".
 */
export function attachedDate(
  text: string,
  dates: DateMention[],
  trigger: Trigger,
  from: number,
  lo: number,
  hi: number,
  split: boolean,
  future: boolean,
  denied = false,
): DateMention | null {
  // A bare year after a held meeting is usually history ("founded in 2009"); a coming one may
  // be known only to the year ("in the first half of 2026", "next year").
  const yearOnly = (d: DateMention): boolean => d.value.kind === 'relativeYear' || d.value.kind === 'year';
  // "met on Tuesday, their first encounter since fighting began in January": a date after "since"
  // starts a period (unless the talks are denied: "have not met since May" dates the last).
  const since = (d: DateMention): boolean => !denied && /\bsince\b/.test(text.slice(lo, d.start));
  const after = dates.find(
    (d) => d.start >= lo && d.start < hi && (!yearOnly(d) || future || (split && d.value.kind === 'year')) && !inRelativeClause(text, lo, d.start) && !since(d),
  );
  if (after) return after;
  if (split) return null;
  // "will travel to Doha on Friday, where he is expected to meet X": the place's clause keeps its day.
  const where = (between: string): boolean => /^,\s+where\s+(?:[\w-]+\s+){1,5}$/.test(between);
  const before = [...dates].reverse().find((d) => d.start >= from && d.end <= trigger.start && (!/[,;]|\bthat\b/.test(text.slice(d.end, trigger.start)) || where(text.slice(d.end, trigger.start))));
  if (before && before.value.kind !== 'year') return before;
  // "X visited Cairo in February, his first visit in a decade, and held talks with Y": a verb
  // coordinated with an earlier one of the same subject happens when that one did.
  const coordinated = [...dates].reverse().find(
    (d) => d.start >= from && d.end <= trigger.start && d.value.kind !== 'year' && /\band (?:then |later |also )?$/.test(text.slice(d.end, trigger.start)) && !/[;]|\b(?:that|who|which|whose)\b/.test(text.slice(d.end, trigger.start)),
  );
  if (coordinated && trigger.kind !== 'event') return coordinated;
  // "On Monday, ...", "Last year, ...", "Earlier this week, ...", "Earlier on June 9, ...",
  // "On the afternoon of June 9, ...", "Yesterday you co-chaired ...".
  const initial = dates.find(
    (d) =>
      (SENTENCE_INITIAL_DATE.test(text.slice(0, d.start)) &&
        (/^\s*(?:morning|afternoon|evening|night)?\s*,/.test(text.slice(d.end)) || d.value.kind.startsWith('relative'))) ||
      // "On the sidelines of the retreat yesterday, X held talks": a date closing an opening
      // adverbial dates the main verb's talks, not a session named further on.
      (trigger.kind !== 'event' && OPENING_ADVERBIAL.test(text.slice(0, d.start)) && /^\s*(?:morning|afternoon|evening|night)?\s*,/.test(text.slice(d.end)) && d.end <= trigger.start),
  );
  return initial ?? null;
}

/** An opening prepositional phrase with no comma yet: "On the sidelines of the retreat ", "During the visit ". */
const OPENING_ADVERBIAL = /^(?:On|At|During|After|Before|Following|Earlier|Later|Ahead of)\b[^,;]*$/;

/** "to meet Guterres, who arrived in Kazan on Wednesday", "the fair, which opened on Monday": a relative clause tells of something else. */
export function inRelativeClause(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const opened = [...before.matchAll(/,\s+(?:who|whose|which)\s/g)].pop();
  if (opened === undefined || before.slice((opened.index ?? 0) + opened[0].length).includes(',')) return false;
  // "the SCO summit in Tianjin, which will be held on ...", "the Forum (EEF), which opens ...", "the meeting
  // of the Council of Heads of State of the SCO, which will be held ...": a clause right after the gathering is its own.
  return !(opened[0].includes('which') && /^(?:\s+(?:(?:of|the|and)\s+)*\p{Lu}[\w'’-]*)*(?:\s+\([^)]*\))?(?:\s+(?:in|at)(?:\s+\p{Lu}[\w-]*)+)?$/u.test(before.slice(0, opened.index ?? 0)));
}

/** The dateline's day, for the first sentence of the paragraph that carries it. */
export function leadDay(article: ParsedArticle, sentence: Sentence, anchors: Anchors): ResolvedDate | null {
  const lead = sentence.paragraph === anchors.datelineParagraph && sentence.start === article.paragraphs[sentence.paragraph]?.start;
  return lead && anchors.datelineDay ? { date: isoOf(anchors.datelineDay), precision: 'day' } : null;
}

/** "who arrived on Tuesday, held talks on the same day": the day named earlier in the sentence. */
export function sameDay(text: string, dates: DateMention[], anchors: Anchors, future: boolean): ResolvedDate | null {
  const at = SAME_DAY.exec(text)?.index ?? 0;
  const day = dates.find((d) => d.end <= at && (d.value.kind === 'day' || d.value.kind === 'weekday'));
  return day ? resolveDate(day.value, anchors.day, anchors.year, future) : null;
}

/**
 * "On the same day, X met Y": the day of the last meeting reported with people, preferring one
 * X or Y took part in (a meeting merely recalled in between has a day of its own); failing that,
 * of the last gathering reported ("ministers met on Thursday ... On the sidelines, X met Y").
 */
export function lastDay(candidates: readonly Candidate[], people: readonly string[]): ResolvedDate | null {
  const dated = [...candidates].reverse().filter((c) => c.date?.precision === 'day');
  const withPeople = dated.filter((c) => c.people.length > 0);
  return (withPeople.find((c) => c.people.some((p) => people.includes(p))) ?? withPeople[0] ?? dated[0])?.date ?? null;
}

/** Dates the meeting's clause does not state, from the story around it. */
export function fillDate(c: Candidate, article: ParsedArticle, r: Recognized, ctx: MeetingContext, anchors: Anchors): void {
  if (c.date !== null) return;
  if (c.status === 'scheduled') {
    // "Later in the day, X is expected to meet Y": later than the writing, on the day it is written.
    if (LATER_TODAY.test(c.sentence.text) && anchors.published) {
      c.date = { date: isoOf(anchors.published), precision: 'day' };
      return;
    }
    // The schedule of the paragraph: "... on a working trip in Beijing on September 19-20."
    for (let i = c.sentence.index - 1; i >= 0; i--) {
      const s = article.sentences[i];
      if (!s || s.paragraph !== c.sentence.paragraph) break;
      const d = findDates(s.text)[0];
      // A weekday there is the coming one ("when leaders meet on Thursday. The meeting will be chaired by X").
      const resolved = d ? resolveDate(d.value, anchors.day, anchors.year, d.value.kind === 'weekday') : null;
      // "The council last convened in February. X will meet Y ...": a day gone by schedules nothing.
      if (resolved && anchors.published && resolved.date < isoOf(anchors.published).slice(0, resolved.date.length)) continue;
      if (resolved) {
        c.date = resolved;
        return;
      }
    }
    return;
  }
  if (c.people.length === 0) return;
  const morning = opensLaterInTheDay(c.sentence.text) ? lastMorning(article.sentences, c.sentence.index) : undefined;
  const morningDay = morning ? dayOfSentence(morning, anchors) : null;
  if (morningDay) {
    c.date = morningDay;
    return;
  }
  const names = (i: number): boolean => {
    const [a, b] = r.sentenceTokens[i] ?? [0, 0];
    return r.spans.some((x) => x.type === 'person' && x.i >= a && x.j <= b && c.people.includes(ctx.personName(x) ?? ''));
  };
  // The nearest earlier sentence naming a participant and fixing a day ("Zhao Leji on Monday called ...").
  for (let i = c.sentence.index - 1; i >= 0; i--) {
    const s = article.sentences[i];
    const day = s && names(i) ? dayOfSentence(s, anchors) : null;
    if (day) {
      c.date = day;
      return;
    }
  }
  if (c.sentence.paragraph === anchors.datelineParagraph && anchors.datelineDay) {
    c.date = { date: isoOf(anchors.datelineDay), precision: 'day' };
    return;
  }
  // "X, who chaired the meeting, …", "The summit was attended by …": the gathering the lead
  // reports, on the lead's day (before any later sentence naming one of its people on another day).
  // (The lead has words in lower case: a credit line left in the text, "Kazinform, Tashkent", is none.)
  const lead = article.sentences.find((s) => article.paragraphs[s.paragraph]?.kind === 'text' && /\s\p{Ll}/u.test(s.text));
  const leadDay = lead && lead !== c.sentence && THE_GATHERING.test(c.sentence.text) ? dayOfSentence(lead, anchors) : null;
  if (leadDay) {
    c.date = leadDay;
    return;
  }
  // A lead states the news and a later sentence its day ("X met Y in Pyongyang. ... On September 13, X was in Pyongyang").
  for (let i = c.sentence.index + 1; i < article.sentences.length; i++) {
    const s = article.sentences[i];
    const day = s && names(i) ? dayOfSentence(s, anchors) : null;
    if (day) {
      c.date = day;
      return;
    }
  }
  // Else the story's news: the day its lead fixes ("In parallel, X held a working meeting ..."),
  // unless the clause states a time of its own ("talked to X over the phone last week"), or the month of the story.
  const trigger = c.start - c.sentence.start;
  const ownTime = findDates(c.sentence.text).some((d) => d.start < trigger + OWN_TIME_REACH);
  const newsDay = ownTime ? null : storyDay(article, anchors);
  const month = anchors.published ? isoOf(anchors.published).slice(0, 7) : null;
  if (newsDay && month && newsDay.date.startsWith(month)) c.date = newsDay;
  else if (month) c.date = { date: month, precision: 'month' };
  else if (anchors.year !== null) c.date = { date: String(anchors.year), precision: 'year' };
}

/** The day the story's lead fixes, if any. */
export function storyDay(article: ParsedArticle, anchors: Anchors): ResolvedDate | null {
  const lead = article.sentences.find((s) => article.paragraphs[s.paragraph]?.kind === 'text');
  return lead ? dayOfSentence(lead, anchors) : null;
}

function isoOf(d: Day): string {
  return resolveDate({ kind: 'day', y: d.y, m: d.m, d: d.d, range: false }, null, null, false)?.date ?? '';
}

function dayOfSentence(s: Sentence, anchors: Anchors): ResolvedDate | null {
  const lead = s.start === anchors.datelineStart;
  const skip = lead ? anchors.datelineLength : 0;
  for (const d of findDates(s.text.slice(skip))) {
    if (d.value.kind !== 'day' && d.value.kind !== 'weekday') continue;
    const resolved = resolveDate(d.value, anchors.day, anchors.year, false);
    if (resolved?.precision === 'day') return resolved;
  }
  return lead && anchors.datelineDay ? { date: isoOf(anchors.datelineDay), precision: 'day' } : null;
}

/** An undated meeting at the place of a dated gathering of the same status happens during it. */
export function borrowDate(m: Candidate, all: Candidate[]): void {
  if (m.date !== null || m.location === null) return;
  const host = all.find((o) => o !== m && o.date !== null && o.location === m.location && o.status === m.status);
  if (host) m.date = host.date;
}
