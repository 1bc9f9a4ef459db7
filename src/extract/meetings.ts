// Meetings: talks, co-chaired and committee sessions, summits, forums, plenary sessions and
// calls the article reports as held or scheduled. Each trigger phrase yields a candidate with
// the participants, date and place of its own clause; candidates describing the same gathering
// (a caption and the lead, a schedule and its outcome) are then merged.
import type { MeetingFact, ParsedArticle } from './types.ts';
import type { Recognized } from './spans.ts';
import { leadGathering, placeAtSetting } from './meeting-setting.ts';
import { withoutBareHosts } from './meeting-hosts.ts';
import type { Candidate, MeetingContext } from './meeting-candidates.ts';
import { anchorsOf, type Anchors } from './meeting-anchors.ts';
import { sentenceMeetings } from './meeting-clauses.ts';
import { borrowDate, fillDate } from './meeting-dating.ts';
import { absorbSessions, merge } from './meeting-merging.ts';

export type { Kind, MeetingContext } from './meeting-candidates.ts';

export function extractMeetings(article: ParsedArticle, r: Recognized, ctx: MeetingContext): MeetingFact[] {
  const anchors = anchorsOf(article);
  const candidates: Candidate[] = [];
  for (const sentence of article.sentences) {
    if (article.paragraphs[sentence.paragraph]?.kind === 'footer') continue;
    candidates.push(...sentenceMeetings(article, r, ctx, sentence, anchors, candidates));
  }
  const { merged: all, survivor } = merge(candidates);
  const merged = withoutBareHosts(all, (m) => (m.host ? survivor(m.host) : undefined));
  for (const m of merged) {
    // Talks on the sidelines of a gathering happen when and where it does, unless stated.
    const host = m.host ? survivor(m.host) : undefined;
    if (!host || host === m) continue;
    if (!m.explicitDate) m.date = host.date;
    m.location ??= host.location;
  }
  for (const m of merged) fillDate(m, article, r, ctx, anchors);
  absorbSessions(merged);
  for (const m of merged) borrowDate(m, merged);
  for (const m of merged) {
    // Talks reported from a datelined story took place there unless the story says otherwise.
    if (m.location === null && m.kind !== 'call' && m.people.length > 0) m.location = anchors.datelinePlace;
  }
  const setting = anchors.datelinePlace === null ? leadGathering(merged, leadParagraph(article)) : undefined;
  if (setting) placeAtSetting(merged, setting);
  return merged
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
