// Meetings: talks, co-chaired and committee sessions, summits, forums, plenary sessions and
// calls the article reports as held or scheduled. Each trigger phrase yields a candidate with
// the participants, date and place of its own clause; candidates describing the same gathering
// (a caption and the lead, a schedule and its outcome) are then merged.
import type { MeetingFact, ParsedArticle } from '../types.ts';
import type { Recognized } from '../recognize/spans.ts';
import { leadGathering, placeAtSetting } from './setting.ts';
import { withoutBareHosts } from './hosts.ts';
import type { Candidate, MeetingContext } from './candidates.ts';
import { anchorsOf, type Anchors } from './anchors.ts';
import { sentenceMeetings } from './clauses.ts';
export { CLAUSE_RULES, type ClauseRuleName } from './clauses.ts';
import { borrowDate, fillDate } from './dating.ts';
import { absorbSessions, merge } from './merging.ts';

export type { Kind, MeetingContext } from './candidates.ts';

/** A lead reporting a visit that has begun: "has arrived in", "is on a state visit", "is visiting", "as they visit". */
const VISIT_UNDER_WAY = /\b(?:has|have) arrived\b|\b(?:is|are) (?:currently )?(?:on|paying) (?:a|an|his|her|their) (?:[\w-]+ ){0,3}visit\b|\b(?:is|are) (?:currently )?visiting\b|\bas (?:he|she|they) visits?\b/;

/** What every meeting pass is handed: the article and what extraction found in it. */
interface PassInput {
  article: ParsedArticle;
  r: Recognized;
  ctx: MeetingContext;
  anchors: Anchors;
}

/** Each pass refines the merged candidates; the list is the order they run in. */
type MeetingPass = (meetings: Candidate[], input: PassInput) => Candidate[];

/** The passes after candidates are found and merged, in order, by name (for `--ablate`). */
export const MEETING_PASSES = {
  /**
   * Talks on the sidelines of a gathering happen when and where it does, unless stated; and a
   * gathering reported only as the setting of held talks ("first met on the sidelines of the APEC
   * summit in October") was held then too.
   */
  'sidelines-take-host-time-and-place': (meetings) => {
    for (const m of meetings) {
      const host = m.host;
      if (!host || host === m) continue;
      if (m.status === 'held' && host.sentence === m.sentence && !host.heldVerb) {
        host.status = 'held';
        if (m.explicitDate && m.date) host.date = m.date;
      }
      if (!m.explicitDate) m.date = host.date;
      m.location ??= host.location;
    }
    return meetings;
  },
  'date-from-story': (meetings, { article, r, ctx, anchors }) => {
    for (const m of meetings) fillDate(m, article, r, ctx, anchors);
    return meetings;
  },
  'sessions-absorbed-by-gathering': (meetings) => {
    absorbSessions(meetings);
    return meetings;
  },
  'date-borrowed-from-same-meeting': (meetings) => {
    for (const m of meetings) borrowDate(m, meetings);
    return meetings;
  },
  /** "Tokayev held talks with Aliyev. ... Tokayev also met with Japarov", "Bio later met X": the same person's next talks, that day. */
  'also-or-later-met-that-day': (meetings) => {
    meetings.forEach((m, n) => {
      const adverb = /\b(also|later)\s+$/.exec(m.sentence.text.slice(0, m.start - m.sentence.start))?.[1];
      if (m.explicitDate || m.status !== 'held' || adverb === undefined) return;
      const before = meetings
        .slice(0, n)
        .reverse()
        .find((p) => p.status === 'held' && p.date?.precision === 'day' && m.subject.some((x) => p.people.includes(x)));
      // "later met": later on the day of the talks the story reports before.
      if (before && (adverb === 'later' || m.sentence.index - before.sentence.index <= 2)) m.date = before.date;
    });
    return meetings;
  },
  /**
   * "Putin has arrived in Beijing on a state visit ... Putin will hold talks with Xi": what a visit
   * under way at publication schedules, with no date of its own, happens that month.
   */
  'visit-under-way-dates-its-schedule': (meetings, { article }) => {
    const lead = article.sentences.filter((s) => article.paragraphs[s.paragraph]?.kind === 'text').slice(0, 2).map((s) => s.text).join(' ');
    if (!article.publishedOn || !VISIT_UNDER_WAY.test(lead)) return meetings;
    for (const m of meetings) {
      if (m.status === 'scheduled' && m.date === null) m.date = { date: article.publishedOn.slice(0, 7), precision: 'month' };
    }
    return meetings;
  },
  /** Talks reported from a datelined story took place there unless the story says otherwise. */
  'dateline-locates-talks': (meetings, { anchors }) => {
    for (const m of meetings) {
      if (m.location === null && m.kind !== 'call' && m.people.length > 0) m.location = anchors.datelinePlace;
    }
    return meetings;
  },
  'undatelined-story-set-at-lead-gathering': (meetings, { article, anchors }) => {
    const setting = anchors.datelinePlace === null ? leadGathering(meetings, leadParagraph(article)) : undefined;
    if (setting) placeAtSetting(meetings, setting);
    return meetings;
  },
} satisfies Record<string, MeetingPass>;

export type MeetingPassName = keyof typeof MEETING_PASSES;

export interface MeetingOptions {
  /** Meeting passes and clause rules (`CLAUSE_RULES`) to leave out, by name. */
  skip?: ReadonlySet<string>;
}

export function extractMeetings(article: ParsedArticle, r: Recognized, ctx: MeetingContext, options: MeetingOptions = {}): MeetingFact[] {
  const anchors = anchorsOf(article);
  const candidates: Candidate[] = [];
  for (const sentence of article.sentences) {
    if (article.paragraphs[sentence.paragraph]?.kind === 'footer') continue;
    candidates.push(...sentenceMeetings(article, r, ctx, sentence, anchors, candidates, options.skip));
  }
  const { merged: all, survivor } = merge(candidates);
  // Merging picks one survivor per gathering; hosts point at it from here on.
  const merged = withoutBareHosts(all, (m) => (m.host ? survivor(m.host) : undefined)).map((m) => {
    const host = m.host ? survivor(m.host) : undefined;
    if (host) m.host = host;
    return m;
  });
  const input: PassInput = { article, r, ctx, anchors };
  let meetings = merged;
  for (const [name, pass] of Object.entries(MEETING_PASSES) as [MeetingPassName, MeetingPass][]) {
    if (!options.skip?.has(name)) meetings = pass(meetings, input);
  }
  return meetings
    .filter((m) => m.people.length > 0 || m.orgs.length > 0)
    .map((m) => ({
      summary: summaryOf(m, anchors),
      name: m.name,
      participants: m.people,
      organizations: m.orgs,
      date: m.date?.date ?? null,
      datePrecision: m.date?.precision ?? 'unknown',
      status: m.status,
      location: m.kind === 'call' ? null : m.location,
      venue: m.venue,
      evidence: { sentence: m.sentence.index, start: m.start, end: m.end },
    }));
}

function leadParagraph(article: ParsedArticle): number {
  return article.paragraphs.find((p) => p.kind === 'text')?.index ?? -1;
}

/** The evidence sentence without its dateline, kept short. */
function summaryOf(m: Candidate, anchors: Anchors): string {
  const lead = m.sentence.paragraph === anchors.datelineParagraph && m.sentence.start === anchors.datelineStart;
  const text = lead ? m.sentence.text.slice(anchors.datelineLength).trim() : m.sentence.text;
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
