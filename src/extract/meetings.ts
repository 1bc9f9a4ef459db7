// Meetings: talks, co-chaired and committee sessions, summits, forums, plenary sessions and
// calls the article reports as held or scheduled. Each trigger phrase yields a candidate with
// the participants, date and place of its own clause; candidates describing the same gathering
// (a caption and the lead, a schedule and its outcome) are then merged.
import type { MeetingFact, MeetingStatus, OrganizationFact, ParsedArticle, PersonFact, Sentence } from './types.ts';
import { dayOnOrBefore, findDates, parseIsoDay, resolveDate, type Day, type DateMention, type ResolvedDate } from './dates.ts';
import { attributionRanges, within } from './attribution.ts';
import { readDateline } from './dateline.ts';
import { places as knownPlaces } from './knowledge.ts';
import { spanText, type Recognized, type Span } from './spans.ts';
import { foldName } from './tokens.ts';
import { counterpartList } from './meeting-lists.ts';
import { isNextEdition, seriesBodies, seriesWords } from './meeting-series.ts';
import { headsOfState, namesHeadsOfState } from './meeting-heads.ts';
import { lastMorning, opensLaterInTheDay } from './meeting-daytime.ts';
import { pronounGathering, visitDate, whenClauseDate } from './meeting-when.ts';
import { leadGathering, placeAtSetting } from './meeting-setting.ts';
import { bodiesOfGathering, CHAIRED_SESSION, isChairedSession, partOf } from './meeting-sessions.ts';
import { withoutBareHosts } from './meeting-hosts.ts';
import { agreesWithoutTime } from './meeting-intentions.ts';
import { describesRole } from './meeting-roles.ts';
import { agreementRanges } from './meeting-consensus.ts';

export interface MeetingContext {
  personName: (s: Span) => string | undefined;
  orgName: (s: Span) => string | undefined;
  people: PersonFact[];
  organizations: OrganizationFact[];
}

export type Kind = 'talks' | 'call' | 'event';

interface Trigger {
  kind: Kind;
  start: number;
  end: number;
  /** A gathering with a name of its own ("10th meeting of ...", "SCO summit"). */
  name: string | null;
  /** Organizations named by the gathering itself. */
  orgs: string[];
  /** "during/at a meeting with X, ...": the meeting's own clause ends at the comma. */
  adjunct: boolean;
  /** Needs two named people before it ("X and Y discussed"). */
  needsPair: boolean;
  /** Has an ordinal ("fourth plenary session"), which makes it a definite gathering. */
  ordinal: boolean;
  /** Needs a participation cue in its clause (forums are often mentioned in passing). */
  needsCue: boolean;
  /** "the talks", "that meeting": refers back to a gathering already reported. */
  anaphor: boolean;
  /** "received", "hosted": a meeting only with a person as object. */
  needsObject: boolean;
}

interface Candidate {
  kind: Kind;
  name: string | null;
  people: string[];
  orgs: string[];
  date: ResolvedDate | null;
  /** The date was stated with the meeting rather than inferred. */
  explicitDate: boolean;
  /** The day is the dateline's, assumed for talks in the lead rather than stated with them. */
  leadDay: boolean;
  location: string | null;
  venue: string | null;
  status: MeetingStatus;
  /** Held by an explicit verb ("met", "took place", "are conducting"). */
  heldVerb: boolean;
  /** Stated in a photo caption, which shows a gathering the story reports. */
  caption: boolean;
  anaphor: boolean;
  /** "The two sides exchanged views ...": goes on reporting the meeting its participants came from. */
  continues: boolean;
  /** The gathering on whose sidelines it happens. */
  host: Candidate | null;
  sentence: Sentence;
  start: number;
  end: number;
}

const ORDINAL_WORDS = (
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth ' +
  'sixteenth seventeenth eighteenth nineteenth twentieth thirtieth'
)
  .split(' ')
  .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
/** Ordinals in either case, so that the rest of a pattern can stay case-sensitive. */
const ORDINAL = `(?:\\d+(?:st|nd|rd|th)|${ORDINAL_WORDS})`;

const NUMBERED_SESSION = new RegExp(
  `\\b(${ORDINAL}|next|upcoming) ((?:regular |annual |joint |plenary )?(?:meeting|session|round))\\b(?: (of|between) the\\b)?`,
  'g',
);
const SUMMIT = /\b[Ss]ummit\b/g;
const FORUM = new RegExp(`\\b(?:(${ORDINAL}) )?((?:[A-Z][\\w-]*(?: and)? )+)Forum\\b`, 'g');
/** "Eastern Economic Forum (EEF)": the acronym names the forum in later sentences ("the ninth EEF"). */
const FORUM_ACRONYM = /\b((?:[A-Z][\w-]*(?: and)? )+Forum) \(([A-Z]{2,})\)/g;
/** "Meeting of the X", "the meeting of the SCO Council of Foreign Ministers": a session of a named body (kept only when one follows). */
const MEETING_OF = /\b(?:Meeting|(?<=\bthe )meeting) of the\b/g;
const THIS_EVENT = /\b(?:this|that) (?:meeting|event|summit|gathering)\b/g;
/** "a meeting of defense ministers of the SCO", "the SCO defense ministers' meeting", "a meeting of G20 foreign ministers". */
const MINISTERS_MEETING = /\b(?:meeting of (?:the )?(?:[\w-]+ ){0,3}(?:ministers|leaders|heads of (?:state|government)|speakers|chiefs)\b|(?:[\w-]+ ){0,2}(?:ministers|leaders|chiefs|speakers)['’]? meeting\b)/g;
/** The subject "the two sides" names the participants of the meeting just reported. */
const BOTH_SIDES = /\b(?:[Tt]he two (?:sides|leaders|presidents|heads of (?:state|government)|ministers|premiers|prime ministers|delegations|parties|officials)|[Bb]oth sides)\b/;
const SAME_DAY = /\b(?:on )?the same day\b/;
/** "On the sidelines, X met Y": of the gathering just reported, so on its day. */
const ON_THE_SIDELINES = /\b[Oo]n the sidelines,/;
/** What may precede a date that opens the sentence and sets the day of what follows. */
const SENTENCE_INITIAL_DATE =
  /^\W*(?:(?:Also|Earlier|Later|earlier|later)\s+)?(?:(?:On|In|on|in)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?|(?:Last|Next|Early|Late)\s+)?$/;
const SIDELINES = /\bsidelines of\b/;
const TALKS: Array<[RegExp, Kind, boolean]> = [
  [/\b(?:met|meets|meet)\b(?: with\b)?/g, 'talks', false],
  [/\b(?:during|at|after|following) (?:a|the|their|his|her) (?:video |phone |telephone )?(?:call|conversation)\b/gi, 'call', true],
  [/\b(?:during|at|after|following) (?:a|the|their|his|her) (?:meeting|talks)\b(?: with\b)?/gi, 'talks', true],
  [/\b(?:a|[Tt]he|their|his|her) meeting with\b/g, 'talks', false],
  [
    new RegExp(
      `\\b(?:held|hold|holds|holding|had|have|conducted|conducting|host|hosts|hosted|hosting) (?:(?:a|an|their|his|her) )?(?:${ORDINAL} )?` +
        '(?:(?:bilateral|formal|informal|separate|extensive|in-depth|official|closed-door|further|strategic) ){0,3}(?:talks|meeting|consultations|round of talks)\\b',
      'g',
    ),
    'talks',
    false,
  ],
  [/\b(?:chaired|chairs|chairing|presided over)\b(?= the\b)/g, 'talks', false],
  [/\b(?:talks|discussions|consultations) (?:with|between)\b/g, 'talks', false],
  [/\bconsultations\b/g, 'talks', false],
  [/\bco-chair(?:ed|s|ing)?\b/g, 'talks', false],
  [/\b(?:video|phone|telephone) (?:calls?|conversations?|talks)\b/g, 'call', false],
  [/['’]s meeting\b/g, 'talks', false],
  [/\bmeetings with\b/g, 'talks', false],
  [/\b(?:be |been |being |was |were |is |are )?received by\b/g, 'talks', false],
  [/\b(?:receive|receives|received|receiving|host|hosts|hosted|hosting)\b(?= (?:the )?(?:visiting )?\p{Lu})/gu, 'talks', false],
  [/\b(?:tea|informal|working|restricted|expanded|one-on-one) (?:gathering|talks|meeting|dinner|lunch|breakfast)\b/g, 'talks', false],
];
/** A definite reference to a gathering already reported ("the talks are scheduled for April 1"). */
const ANAPHOR = /\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z]+ )?(?:talks|consultations|meeting|conversation|call)\b(?! (?:of|between|with|mechanisms?)\b)/g;
const DISCUSSED = /\b(?:discussed|discuss|exchanged views|talked)\b/g;
const DISCUSSED_ONLY = /^(?:discussed|discuss|exchanged views|talked)$/;

const FUTURE =
  /\b(?:will|would|shall|next (?:week|month|year)|plans? to|planned|planning|to attend|to participate|set for|set to|agreed to (?:meet|hold|convene)|scheduled|upcoming|expected|getting ready|prepare for|preparing for|ahead of|due to|(?:days|weeks) before|are planned|is planned)\b/i;
const HELD_VERB =
  /\b(?:met|meets|held|took place|was held|were held|co-chaired|concluded|convened|convening|are conducting|is conducting|greeted|hosted|hosting|discussed|took part)\b/i;
const PARTICIPATION = /\b(?:attend|attended|attending|participate|participated|participating|take part|took part|for the|at the|sidelines|host|hosted|hosting|held|open|opened|address|addressed)\b/i;
/** Words that place talks beside a gathering rather than make them the gathering ("attended the EEF and met with Putin"). */
const SEPARATE_EVENT = /\b(?:on the sidelines of|ahead of|on the eve of|before|after|during|preparations? for|preparing for|prepare for|and|to (?:take part in|attend|participate in))\b/i;
const SEGMENT_BREAK = /;\s|,\s+(?:and|but|while)\s+(?=(?:he|she|they|it|the|this|that|his|her|its)\b)|,\s+while\s+|\s+and\s+(?:later|then)\s+/g;
/** "X said that", "X told reporters on Friday that", "X announced at a news briefing that", "X said the call ...". */
const REPORTED = /\b(?:said|says|confirmed|announced|noted|added|stressed|told)\b(?:[^,;]{0,60}? that\s+|\s+(?=(?:the|a|an|this|that|these|those)\s))/g;
/** Undecided or denied: what follows is not reported as held or scheduled. */
const HEDGED = /\b(?:(?:not|never) (?:yet )?(?:decided|confirmed|planned|planning)|undecided|whether|denie[sd]|deny(?:ing)?|ruled out|no plans?)\b/i;
const BRIEFED = /\b(?:briefed|informed|updated|gave (?:[\w-]+ ){1,3}details)\b/;
const COUNT_BEFORE = /\b(?:two|three|four|several|many|\d+|their|the two)\s+(?:\w+\s+)?$/i;

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

interface Anchors {
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

function anchorsOf(article: ParsedArticle): Anchors {
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

/** Forum acronyms defined in the article, as patterns to their full names. */
function forumAcronyms(body: string): Array<[RegExp, string]> {
  return [...body.matchAll(FORUM_ACRONYM)].map((m) => [new RegExp(`(?<!\\()\\b(?:(${ORDINAL}) )?${m[2] ?? ''}\\b`, 'g'), m[1] ?? '']);
}

function triggersIn(text: string, forums: ReadonlyArray<[RegExp, string]>): Trigger[] {
  const found: Trigger[] = [];
  const push = (m: RegExpMatchArray, t: Omit<Trigger, 'start' | 'end'>): void => {
    const start = m.index ?? 0;
    found.push({ ...t, start, end: start + m[0].length });
  };
  const base = { name: null, orgs: [], adjunct: false, needsPair: false, ordinal: false, needsCue: false, anaphor: false, needsObject: false };
  for (const m of text.matchAll(MINISTERS_MEETING)) {
    const start = m.index ?? 0;
    if (!found.some((t) => start < t.end && t.start < start + m[0].length)) push(m, { ...base, kind: 'event', name: m[0].toLowerCase() });
  }
  for (const m of text.matchAll(NUMBERED_SESSION)) {
    const start = m.index ?? 0;
    if (found.some((t) => start < t.end && t.start < start + m[0].length)) continue;
    const numbered = !/^(?:next|upcoming)$/.test(m[1] ?? '');
    // "the next meeting of X" names the body's series, not one edition.
    const name = numbered ? `${m[1] ?? ''} ${m[2] ?? ''}`.toLowerCase() : (m[2] ?? '');
    // "At the upcoming round, ...": the next edition of the series just reported; "This will be
    // the twentieth round of such consultations": the one just reported.
    const before = text.slice(0, m.index ?? 0);
    const anaphor = m[3] === undefined && ((!numbered && /\b[Tt]he $/.test(before)) || /\b(?:[Tt]his|[Ii]t|which) (?:will be|is|was|would be|marks) the $/.test(before));
    push(m, { ...base, kind: 'event', name, ordinal: numbered, anaphor });
  }
  for (const m of text.matchAll(CHAIRED_SESSION)) push(m, { ...base, kind: 'event', name: m[1] ?? null });
  for (const m of text.matchAll(MEETING_OF)) {
    const start = m.index ?? 0;
    if (!found.some((t) => start < t.end && t.start < start + m[0].length)) push(m, { ...base, kind: 'event', name: 'meeting' });
  }
  for (const m of text.matchAll(SUMMIT)) push(m, { ...base, kind: 'event', name: 'summit' });
  for (const m of text.matchAll(FORUM)) {
    const name = m[1] === undefined ? m[0] : `${m[1].toLowerCase()}${m[0].slice(m[1].length)}`;
    push(m, { ...base, kind: 'event', name, ordinal: m[1] !== undefined, needsCue: m[1] === undefined });
  }
  for (const [pattern, forum] of forums) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1] === undefined ? forum : `${m[1].toLowerCase()} ${forum}`;
      push(m, { ...base, kind: 'event', name, ordinal: m[1] !== undefined, needsCue: m[1] === undefined });
    }
  }
  for (const m of text.matchAll(THIS_EVENT)) {
    // "that meeting" points back; "this meeting" is the one the story is at.
    if (/\battend|\bparticipat/.test(text)) push(m, { ...base, kind: 'event', anaphor: m[0].startsWith('that') });
  }
  for (const [pattern, kind, adjunct] of TALKS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (found.some((t) => start < t.end && t.start < start + m[0].length)) continue;
      if (/^meetings/.test(m[0]) && COUNT_BEFORE.test(text.slice(0, start))) continue;
      if (/meeting$/i.test(m[0]) && /^\s*mechanisms?/.test(text.slice(start + m[0].length))) continue;
      if (/^co-chair/.test(m[0]) && describesRole(text.slice(0, start), m[0])) continue;

      // "The consultations were co-chaired by ...": a determiner makes a bare noun refer back.
      // "After the meeting, ..." likewise, unless it goes on to name who met ("during the meeting with").
      const anaphor =
        (/^(?:talks|consultations)$/.test(m[0]) && /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?$/.test(text.slice(0, start))) ||
        (adjunct && /\b(?:the|this) (?:meeting|talks)$/i.test(m[0])) ||
        // "The meeting with Li Qiang will take place on ...": opening a sentence, it names the other side of one just reported.
        (start === 0 && /^The meeting with$/.test(m[0])) ||
        (/^co-chair/.test(m[0]) && pronounGathering(text.slice(start + m[0].length)));
      push(m, { ...base, kind, adjunct, anaphor, needsObject: /^(?:receiv|host)/.test(m[0]) });
    }
  }
  for (const m of text.matchAll(ANAPHOR)) {
    const start = m.index ?? 0;
    if (!found.some((t) => start < t.end && t.start < start + m[0].length)) push(m, { ...base, kind: 'talks', anaphor: true });
  }
  for (const m of text.matchAll(DISCUSSED)) {
    const start = m.index ?? 0;
    if (!found.some((t) => Math.abs(t.start - start) < 40)) push(m, { ...base, kind: 'talks', needsPair: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Segment {
  start: number;
  end: number;
}

function segmentsOf(text: string, from: number): Segment[] {
  const segments: Segment[] = [];
  let start = from;
  for (const m of text.matchAll(SEGMENT_BREAK)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    segments.push({ start, end: at });
    start = at + m[0].length;
  }
  segments.push({ start, end: text.length });
  return segments;
}

function sentenceMeetings(
  article: ParsedArticle,
  r: Recognized,
  ctx: MeetingContext,
  sentence: Sentence,
  anchors: Anchors,
  earlier: readonly Candidate[],
): Candidate[] {
  const text = sentence.text;
  const caption = article.paragraphs[sentence.paragraph]?.kind === 'caption';
  const skip = sentence.start === anchors.datelineStart ? anchors.datelineLength : 0;
  const [a, b] = r.sentenceTokens[sentence.index] ?? [0, 0];
  const spans = r.spans.filter((s) => s.i >= a && s.j <= b && !s.nested && !s.role);
  const at = (s: Span): number => (r.tokens[s.i]?.start ?? 0) - sentence.start;
  const triggers = triggersIn(text, anchors.forums).filter((t) => t.start >= skip && !(t.needsObject && receivesThing(text, t, spans, at, r)));
  if (triggers.length === 0) return [];
  const segments = segmentsOf(text, skip);
  const dates = findDates(text.slice(skip), skip);
  const attribution = attributionRanges(text);
  const agreements = agreementRanges(text);
  const out: Candidate[] = [];
  const sidelines = new Set<Candidate>();

  triggers.forEach((trigger, n) => {
    const segment = segments.find((g) => trigger.start >= g.start && trigger.start < g.end) ?? { start: skip, end: text.length };
    // Several triggers in one clause ("met with X and later held a meeting with Y") split it.
    const prev = triggers[n - 1];
    const next = triggers[n + 1];
    let from = segment.start;
    let to = segment.end;
    // "A will meet B on Wednesday, and C is scheduled to meet him": the clauses part at ", and".
    const coordination = (lo: number, hi: number): RegExpMatchArray | undefined => [...text.slice(lo, hi).matchAll(/,\s+and\s+/g)].pop();
    if (prev && prev.kind !== 'event' && trigger.kind !== 'event' && prev.start >= segment.start) {
      const and = coordination(prev.end, trigger.start);
      from = Math.max(from, and ? prev.end + (and.index ?? 0) + and[0].length : prev.end);
    }
    if (next && next.kind !== 'event' && trigger.kind !== 'event' && next.start < segment.end) {
      const and = coordination(trigger.end, next.start);
      to = Math.min(to, and ? trigger.end + (and.index ?? 0) : next.start);
    }
    // "X said that Y plans to attend the summit", "X told reporters that A and B will hold
    // talks": the participants are in the reported clause.
    const reported = trigger.adjunct ? undefined : [...text.slice(from, trigger.start).matchAll(REPORTED)].pop();
    if (reported) {
      const clauseStart = from + (reported.index ?? 0) + reported[0].length;
      const named = spans.filter((s) => s.type === 'person' && at(s) >= clauseStart && at(s) < trigger.start).length;
      // "Mao Ning announced ... that Wang Yi will travel for consultations", "Gao told the Global
      // Times that the consultations ...": the speaker only reports, unless "he" takes them up.
      const speakerResumed = /\b(?:he|she|they|his|her|their)\b/i.test(text.slice(clauseStart, trigger.start));
      if (trigger.kind === 'event' || named >= 2 || !speakerResumed) from = clauseStart;
    }
    // "X briefed Y on the talks held ...", "X gave Y details of the meeting ...": the teller and
    // the told are not the participants of what is told.
    if (BRIEFED.test(text.slice(from, trigger.start))) from = trigger.start;
    // "had not yet decided whether to take part in the summit", "denied plans for a meeting".
    if (HEDGED.test(text.slice(from, trigger.start))) return;
    // People and dates of a clause naming the report's source, or who reached an agreement, are not the meeting's.
    const sourceOf = [...(within(attribution, trigger.start) ? [] : attribution), ...agreements];
    const clauseEnd = trigger.adjunct ? Math.min(to, indexOrEnd(text, ',', trigger.end)) : to;

    const inRange = (s: Span, lo: number, hi: number): boolean => at(s) >= lo && at(s) < hi && !within(sourceOf, at(s));
    const persons = (lo: number, hi: number): string[] =>
      unique(spans.filter((s) => s.type === 'person' && inRange(s, lo, hi)).map((s) => ctx.personName(s) ?? spanText(r, s)));

    // "to meet the needs of ...", "received a letter": the verb needs someone to meet.
    const needsObject = trigger.needsObject || /^meet$/.test(text.slice(trigger.start, trigger.end));
    // "is scheduled to meet him": the other party of the meeting reported just before.
    const pronounObject = /^\s+(?:him|her)\b/.test(text.slice(trigger.end)) ? lastWithPair([...earlier, ...out]) : undefined;
    if (needsObject && !pronounObject && persons(trigger.end, Math.min(to, trigger.end + 60)).length === 0) return;
    let people = persons(from, to);
    if (pronounObject) {
      const subjectNow = persons(from, trigger.start);
      people = unique([...people, ...pronounObject.people.filter((p) => !subjectNow.includes(p)).slice(-1)]);
    }
    const subject = persons(from, trigger.start);
    // "X and Y held talks on ... and co-chaired a meeting of ...": the second verb shares the subject.
    if (subject.length === 0 && prev && prev.kind !== 'event' && prev.start >= segment.start && /\band\s+(?:also\s+|then\s+)?$/.test(text.slice(prev.end, trigger.start))) {
      people = unique([...persons(segment.start, prev.start), ...people]);
    }
    // "The two sides also co-chaired ...": the participants of the meeting just reported.
    const leaders = subject.length === 0 && namesHeadsOfState(text.slice(from, trigger.start)) ? headsOfState(ctx.people, sentence.index) : null;
    const sides =
      trigger.kind !== 'event' && subject.length === 0 && !leaders && BOTH_SIDES.test(text.slice(from, trigger.start)) ? lastWithPair([...earlier, ...out]) : undefined;
    if (sides) people = unique([...sides.people, ...people]);
    if (leaders) people = unique([...leaders, ...people]);
    if (trigger.needsPair && !sides && subject.length < 2) return;
    if (trigger.needsPair && people.length < 2) return;
    if (subject.length === 0 && !sides && trigger.kind !== 'event') people = unique([...pronounSubject(text.slice(from, trigger.start), article, r, ctx, sentence, prev, n, triggers, text), ...people]);
    if (trigger.kind === 'event' && trigger.needsCue && !PARTICIPATION.test(text.slice(from, trigger.start))) return;

    let orgs: string[] = [];
    let name = trigger.name;
    const nextEdition = trigger.kind === 'event' && !trigger.anaphor && isNextEdition(text, trigger);
    if (trigger.kind === 'event') {
      const named = eventName(trigger, text, spans, at, r, ctx) ?? (nextEdition ? { name: trigger.name, orgs: [] } : null);
      if (named === null) return;
      name = named.name;
      orgs = named.orgs;
      if (orgs.length === 0 && /summit|this|that|ministers|leaders|chiefs|speakers|heads/i.test(text.slice(trigger.start, trigger.end))) {
        // The body whose gathering it is: named in or right around the phrase, else anywhere in the sentence.
        const near = spans.filter((s) => s.type === 'org' && at(s) >= trigger.start - 12 && at(s) <= trigger.end + 8);
        const pool = near.length > 0 || !/summit|this|that/i.test(text.slice(trigger.start, trigger.end)) ? near : spans;
        orgs = unique(pool.filter((s) => s.type === 'org').map((s) => ctx.orgName(s) ?? '').filter((o) => international(ctx, o)));
      }
      const gathering = orgs.length === 0 && isChairedSession(text.slice(trigger.start, trigger.end)) ? partOf(text.slice(trigger.end)) : null;
      if (gathering) orgs = bodiesOfGathering(gathering, earlier);
      // "The commission will hold its next meeting": the body is the subject.
      if (orgs.length === 0 && /\b(?:its|their) $/.test(text.slice(0, trigger.start))) {
        orgs = unique(spans.filter((s) => s.type === 'org' && inRange(s, from, trigger.start)).map((s) => ctx.orgName(s) ?? spanText(r, s)));
      }
      if (nextEdition && orgs.length === 0 && people.length === 0) {
        const bodies = unique(spans.filter((s) => s.type === 'org').map((s) => ctx.orgName(s) ?? '').filter((o) => international(ctx, o)));
        orgs = seriesBodies(bodies, seriesWords(text, trigger), [...earlier, ...out]);
      }
    } else {
      orgs = unique(
        spans
          .filter((s) => s.type === 'org' && inRange(s, trigger.end, clauseEnd))
          // "met officials of X", "co-chaired a meeting of the X Commission": the body takes part,
          // unless it is named in a clause about the guest ("who came for a meeting of the X").
          .filter((s) => /\b(?:officials|delegation|delegations|representatives|members|leaders|leadership|meeting|session) (?:of|from) (?:the )?$/.test(text.slice(0, at(s))))
          .filter((s) => !inRelativeClause(text, trigger.end, at(s)))
          .map((s) => ctx.orgName(s) ?? spanText(r, s)),
      );
    }

    const clause = text.slice(from, clauseEnd);
    const heldVerb = HELD_VERB.test(text.slice(Math.max(from, trigger.start - 30), Math.min(clauseEnd, trigger.end + 30)));
    const status: MeetingStatus = nextEdition || (!heldVerb && FUTURE.test(clause)) ? 'scheduled' : 'held';

    // "They met in Moscow ... in May and in Beijing ... on Sept 3": one meeting per place.
    const parts = trigger.kind === 'event' ? [[trigger.end, clauseEnd] as const] : splitByPlaces(text, trigger.end, clauseEnd);
    const firstOfTrigger = out.length;
    for (const [lo, hi] of parts) {
      const own = dates.filter((d) => !within(sourceOf, d.start));
      const date = attachedDate(text, own, trigger, from, lo, hi, parts.length > 1, status === 'scheduled') ?? whenClauseDate(text, trigger.start, own);
      if (agreesWithoutTime(text.slice(from, hi), date !== null)) continue;
      let resolved = date ? resolveDate(date.value, anchors.day, anchors.year, status === 'scheduled') : null;
      // "On the same day, X met Y": the day of the meeting reported just before.
      const besideLast = status === 'held' && ON_THE_SIDELINES.test(text.slice(0, trigger.start));
      if (resolved === null && (SAME_DAY.test(text.slice(from, hi)) || besideLast)) resolved = sameDay(text, own, anchors, status === 'scheduled') ?? lastDay([...earlier, ...out], people);
      const place = locationIn(spans, at, text, parts.length > 1 ? lo : from, hi, trigger.start, r, anchors);
      if (sides && resolved === null) resolved = sides.date;
      if (status === 'scheduled') resolved ??= visitDate(text.slice(0, trigger.start), people, [...earlier, ...out]);
      // "Brazil will chair BRICS in 2025, and the next summit will take place in Rio": the sentence's date.
      if (nextEdition && resolved === null) resolved = own[0] ? resolveDate(own[0].value, anchors.day, anchors.year, true) : null;
      // The lead reports talks on the dateline's day (a session it names may be another day); fixing
      // it now keeps references to other days from merging in.
      const dayOfLead = resolved === null && status === 'held' && trigger.kind !== 'event' ? leadDay(article, sentence, anchors) : null;
      resolved ??= dayOfLead;
      if (sides) place.location ??= sides.location;
      out.push({
        kind: trigger.kind,
        name,
        people,
        orgs,
        date: resolved,
        explicitDate: resolved !== null,
        leadDay: dayOfLead !== null,
        location: place.location,
        venue: place.venue,
        status: resolved && anchors.published && resolved.precision === 'day' && resolved.date > (article.publishedOn ?? '') ? 'scheduled' : status,
        heldVerb,
        caption,
        anaphor: trigger.anaphor,
        continues: sides !== undefined,
        host: null,
        sentence,
        start: sentence.start + trigger.start,
        end: sentence.start + trigger.end,
      });
      if (SIDELINES.test(text.slice(from, hi)) && trigger.kind !== 'event') sidelines.add(out[out.length - 1] as Candidate);
    }
    // "met with A, ..., and with B", "held separate meetings with A and B": a meeting with each.
    const list = counterpartList(text, trigger, clauseEnd, persons, (p) => ctx.people.find((f) => f.name === p)?.country ?? null);
    if (list) {
      const listed = list.groups.flat();
      const others = unique([...list.hub, ...people.filter((p) => !listed.includes(p))]);
      for (const c of out.splice(firstOfTrigger)) {
        for (const group of list.groups) {
          const copy = { ...c, people: unique([...others, ...group]) };
          out.push(copy);
          if (sidelines.has(c)) sidelines.add(copy);
        }
        sidelines.delete(c);
      }
    }
  });
  const combined = combineInSentence(out, text, sentence);
  for (const talks of sidelines) {
    talks.host = combined.find((c) => c.kind === 'event' && c !== talks) ?? [...earlier].reverse().find((c) => c.kind === 'event') ?? null;
  }
  return combined;
}

/** The dateline's day, for the first sentence of the paragraph that carries it. */
function leadDay(article: ParsedArticle, sentence: Sentence, anchors: Anchors): ResolvedDate | null {
  const lead = sentence.paragraph === anchors.datelineParagraph && sentence.start === article.paragraphs[sentence.paragraph]?.start;
  return lead && anchors.datelineDay ? { date: isoOf(anchors.datelineDay), precision: 'day' } : null;
}

/** "who arrived on Tuesday, held talks on the same day": the day named earlier in the sentence. */
function sameDay(text: string, dates: DateMention[], anchors: Anchors, future: boolean): ResolvedDate | null {
  const at = SAME_DAY.exec(text)?.index ?? 0;
  const day = dates.find((d) => d.end <= at && (d.value.kind === 'day' || d.value.kind === 'weekday'));
  return day ? resolveDate(day.value, anchors.day, anchors.year, future) : null;
}

/**
 * "On the same day, X met Y": the day of the last meeting reported with people, preferring one
 * X or Y took part in (a meeting merely recalled in between has a day of its own); failing that,
 * of the last gathering reported ("ministers met on Thursday ... On the sidelines, X met Y").
 */
function lastDay(candidates: readonly Candidate[], people: readonly string[]): ResolvedDate | null {
  const dated = [...candidates].reverse().filter((c) => c.date?.precision === 'day');
  const withPeople = dated.filter((c) => c.people.length > 0);
  return (withPeople.find((c) => c.people.some((p) => people.includes(p))) ?? withPeople[0] ?? dated[0])?.date ?? null;
}

/** "received BRICS partner status", "hosted SCO events": the object is a body's thing, not a guest. */
function receivesThing(text: string, trigger: Trigger, spans: Span[], at: (s: Span) => number, r: Recognized): boolean {
  const object = spans.find((s) => at(s) > trigger.end && /^\s+(?:the\s+)?$/.test(text.slice(trigger.end, at(s))));
  if (object?.type !== 'org') return false;
  const next = /^\s+([a-z]+)/.exec(text.slice(at(object) + spanText(r, object).length))?.[1];
  return next !== undefined && !/^(?:leaders?|delegations?|officials|representatives|chiefs?|heads?|members)$/.test(next);
}

/** The most recent meeting with two or more named participants. */
function lastWithPair(candidates: readonly Candidate[]): Candidate | undefined {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c && c.people.length >= 2) return c;
  }
  return undefined;
}


function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? text.length : i;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

function international(ctx: MeetingContext, name: string): boolean {
  const org = ctx.organizations.find((o) => o.name === name);
  return org !== undefined && org.country === null && !/-/.test(org.name);
}

/** "They met", "She met", or a second verb sharing the subject of the first. */
function pronounSubject(
  before: string,
  article: ParsedArticle,
  r: Recognized,
  ctx: MeetingContext,
  sentence: Sentence,
  prev: Trigger | undefined,
  n: number,
  triggers: Trigger[],
  text: string,
): string[] {
  const pronoun = /^\W*(They|He|She|they|he|she)\b/.exec(before.trim() === '' && prev ? text.slice(0, prev.start) : before)?.[1];
  if (before.trim() === '' && n > 0 && prev && pronoun === undefined) return [];
  if (pronoun === undefined) return [];
  const previous = article.sentences[sentence.index - 1];
  if (!previous || triggers.length === 0) return [];
  const [a, b] = r.sentenceTokens[previous.index] ?? [0, 0];
  const names = unique(
    r.spans.filter((s) => s.type === 'person' && s.i >= a && s.j <= b && !s.role).map((s) => ctx.personName(s) ?? spanText(r, s)),
  );
  return /they/i.test(pronoun) ? names : names.slice(0, 1);
}

/** The name and organizations of a named gathering. */
function eventName(
  trigger: Trigger,
  text: string,
  spans: Span[],
  at: (s: Span) => number,
  r: Recognized,
  ctx: MeetingContext,
): { name: string | null; orgs: string[] } | null {
  const phrase = text.slice(trigger.start, trigger.end);
  const orgAfter = spans.find((s) => s.type === 'org' && at(s) >= trigger.end && at(s) <= trigger.end + 2);
  if (/summit$/i.test(phrase)) {
    // "BRICS security summit", "SCO Summit", "Tianjin Summit", "Kazan BRICS summit".
    const before = spans.filter((s) => at(s) + spanText(r, s).length >= trigger.start - 12 && at(s) < trigger.start && (s.type === 'org' || s.type === 'place'));
    const org = before.find((s) => s.type === 'org');
    const place = before.find((s) => s.type === 'place');
    const modifier = /\b([a-z]+) $/.exec(text.slice(0, trigger.start))?.[1];
    const topical = modifier !== undefined && !/^(?:the|a|an|this|that|of|at|in|to|for|recent|upcoming|next|last|before|after)$/.test(modifier) ? `${modifier} ` : '';
    if (org) return { name: `${ctx.orgName(org) ?? spanText(r, org)} ${topical}summit`, orgs: [ctx.orgName(org) ?? spanText(r, org)] };
    if (place) return { name: `${place.known[0] ?? spanText(r, place)} summit`, orgs: [] };
    return null;
  }
  if (/^[Mm]eeting of the$/.test(phrase)) {
    if (!orgAfter) return null;
    const org = ctx.orgName(orgAfter) ?? spanText(r, orgAfter);
    return { name: `meeting of the ${org}`, orgs: [org] };
  }
  if (trigger.name !== null && /(?:meeting|session|round)(?: (?:of|between) the)?$/i.test(phrase)) {
    const head = (trigger.name ?? '').replace(/ (?:of|between) the$/, '');
    if (/of the$/i.test(phrase) && orgAfter) {
      const org = ctx.orgName(orgAfter) ?? spanText(r, orgAfter);
      const ordinal = /^(\d+(?:st|nd|rd|th)) /.exec(spanText(r, orgAfter))?.[1];
      return { name: `${head} of the ${ordinal ? `${ordinal} ` : ''}${org}`, orgs: [org] };
    }
    if (/between the$/i.test(phrase)) {
      const rest = /^[^,.;]*?(?=\s+(?:in|on|at|with)\s|[,.;]|$)/.exec(text.slice(trigger.end))?.[0] ?? '';
      return { name: `${head} between the${rest}`, orgs: [] };
    }
    return { name: head, orgs: [] };
  }
  return { name: trigger.name, orgs: [] };
}

/** Splits "(twice this year,) in Moscow ... in May and in Beijing ... on Sept 3" at "and in <Place>". */
function splitByPlaces(text: string, from: number, to: number): Array<readonly [number, number]> {
  const parts: Array<readonly [number, number]> = [];
  let start = from;
  const region = text.slice(from, to);
  // "met in Moscow ...", "met twice this year, in Moscow ...".
  if (!/^(?:\s+[\w-]+){0,3},?\s+in\s+\p{Lu}/u.test(region)) return [[from, to]];
  for (const m of region.matchAll(/\s+and\s+(?=in\s+\p{Lu})/gu)) {
    const at = from + (m.index ?? 0);
    parts.push([start, at]);
    start = at + m[0].length;
  }
  parts.push([start, to]);
  return parts;
}

/**
 * The date stated with the meeting: the first after the trigger within its clause, else one
 * before it in the same clause with no comma between, else a sentence-initial "On Monday,".
 */
function attachedDate(
  text: string,
  dates: DateMention[],
  trigger: Trigger,
  from: number,
  lo: number,
  hi: number,
  split: boolean,
  future: boolean,
): DateMention | null {
  // A bare year after a held meeting is usually history ("founded in 2009"); a coming one may
  // be known only to the year ("in the first half of 2026", "next year").
  const yearOnly = (d: DateMention): boolean => d.value.kind === 'relativeYear' || d.value.kind === 'year';
  const after = dates.find(
    (d) => d.start >= lo && d.start < hi && (!yearOnly(d) || future || (split && d.value.kind === 'year')) && !inRelativeClause(text, lo, d.start),
  );
  if (after) return after;
  if (split) return null;
  const before = [...dates].reverse().find((d) => d.start >= from && d.end <= trigger.start && !/[,;]|\bthat\b/.test(text.slice(d.end, trigger.start)));
  if (before && before.value.kind !== 'year') return before;
  // "On Monday, ...", "Last year, ...", "Earlier this week, ...", "Earlier on June 9, ...",
  // "On the afternoon of June 9, ...", "Yesterday you co-chaired ...".
  const initial = dates.find(
    (d) =>
      SENTENCE_INITIAL_DATE.test(text.slice(0, d.start)) &&
      (/^\s*(?:morning|afternoon|evening|night)?\s*,/.test(text.slice(d.end)) || d.value.kind.startsWith('relative')),
  );
  return initial ?? null;
}

/** "to meet Guterres, who arrived in Kazan on Wednesday", "the fair, which opened on Monday": a relative clause tells of something else. */
function inRelativeClause(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const opened = [...before.matchAll(/,\s+(?:who|whose|which)\s/g)].pop();
  if (opened === undefined || before.slice((opened.index ?? 0) + opened[0].length).includes(',')) return false;
  // "the SCO summit in Tianjin, which will be held on ...", "the Forum (EEF), which opens ...": a clause right after the gathering is its own.
  return !(opened[0].includes('which') && /^(?:\s+\([^)]*\))?(?:\s+(?:in|at)(?:\s+\p{Lu}[\w-]*)+)?$/u.test(before.slice(0, opened.index ?? 0)));
}

function locationIn(
  spans: Span[],
  at: (s: Span) => number,
  text: string,
  from: number,
  to: number,
  after: number,
  r: Recognized,
  anchors: Anchors,
): { location: string | null; venue: string | null } {
  let location: string | null = null;
  let venue: string | null = null;
  let region: string | null = null;
  // Places after the trigger describe the meeting; earlier ones may belong to the reporter.
  const ordered = [...spans].sort((x, y) => Number(at(x) < after) - Number(at(y) < after) || at(x) - at(y));
  for (const s of ordered) {
    if (s.type !== 'place' || at(s) < from || at(s) >= to) continue;
    const name = s.known[0] ?? spanText(r, s);
    const kind = knownPlaces.get(name)?.kind ?? s.placeKind ?? 'city';
    if (kind === 'venue') {
      venue ??= name;
      continue;
    }
    const before = text.slice(Math.max(from, at(s) - 60), at(s));
    if (!placesMeeting(before, text.slice(at(s)), at(s) < after)) continue;
    if (kind === 'city') location ??= name;
    else if (kind === 'region') region ??= name;
  }
  if (location === null && /\bhere\b/.test(text.slice(from, to))) location = anchors.datelinePlace;
  if (location === null && venue !== null) location = knownPlaces.get(venue)?.parent ?? null;
  return { location: location ?? region, venue };
}

/**
 * Whether a place, given the text before and from it, is where the clause's meeting happens:
 * "in Moscow", "in the eastern port city of Qingdao", "visited Beijing and met", "travel to
 * St Petersburg, where he will be received" — but not "a trip to Moscow", nor "met X and visited Y".
 */
function placesMeeting(before: string, from: string, beforeTrigger: boolean): boolean {
  if (beforeTrigger && /\bvisited\s+$/.test(before)) return true;
  if (/\bto\s+$/.test(before) && /^[^,.;]*,\s+where\b/.test(from)) return true;
  const near = before.slice(-40);
  if (!/\b(?:in|at)\s+(?:[\w’']+\s+){0,4}$/.test(near) && !/\b(?:in|at)\s+the\s+(?:[\w’'-]+\s+){0,5}(?:city|town|port|capital) of\s+$/.test(before)) return false;
  return !/\bto\s+(?:[\w’']+\s+){0,2}$/.test(near);
}

/** A bilateral verb and the gathering it names are one meeting ("co-chaired the 30th regular meeting"). */
function combineInSentence(candidates: Candidate[], text: string, sentence: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    // "The consultations were co-chaired by X and Y": a reference back works like a named gathering.
    const event = c.kind === 'event' || c.anaphor ? undefined : candidates.find((e) => (e.kind === 'event' && e.name !== null) || e.anaphor);
    const between = event ? text.slice(Math.min(c.end, event.end) - sentence.start, Math.max(c.start, event.start) - sentence.start) : '';
    // "the 12th meeting of the dialogue between the CPC and United Russia, which was co-chaired by X and Y".
    const chairedByRelative = event !== undefined && event.end <= c.start && /,\s+(?:which|that) (?:was|were) (?:jointly )?$/.test(between);
    if (event && (chairedByRelative || !SEPARATE_EVENT.test(between))) {
      event.people = unique([...c.people, ...event.people]);
      event.date ??= c.date;
      event.explicitDate ||= c.explicitDate;
      event.location ??= c.location;
      event.venue ??= c.venue;
      event.heldVerb ||= c.heldVerb;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Dates the meeting's clause does not state, from the story around it. */
function fillDate(c: Candidate, article: ParsedArticle, r: Recognized, ctx: MeetingContext, anchors: Anchors): void {
  if (c.date !== null) return;
  if (c.status === 'scheduled') {
    // The schedule of the paragraph: "... on a working trip in Beijing on September 19-20."
    for (let i = c.sentence.index - 1; i >= 0; i--) {
      const s = article.sentences[i];
      if (!s || s.paragraph !== c.sentence.paragraph) break;
      const d = findDates(s.text)[0];
      const resolved = d ? resolveDate(d.value, anchors.day, anchors.year, false) : null;
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
  // The nearest earlier sentence naming a participant and fixing a day ("Zhao Leji on Monday called ...").
  for (let i = c.sentence.index - 1; i >= 0; i--) {
    const s = article.sentences[i];
    if (!s) continue;
    const [a, b] = r.sentenceTokens[i] ?? [0, 0];
    const named = r.spans.some((x) => x.type === 'person' && x.i >= a && x.j <= b && c.people.includes(ctx.personName(x) ?? ''));
    if (!named) continue;
    const day = dayOfSentence(s, anchors);
    if (day) {
      c.date = day;
      return;
    }
  }
  if (c.sentence.paragraph === anchors.datelineParagraph && anchors.datelineDay) {
    c.date = { date: isoOf(anchors.datelineDay), precision: 'day' };
    return;
  }
  if (anchors.published) c.date = { date: isoOf(anchors.published).slice(0, 7), precision: 'month' };
  else if (anchors.year !== null) c.date = { date: String(anchors.year), precision: 'year' };
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

const compatibleDate = (a: ResolvedDate | null, b: ResolvedDate | null): boolean =>
  a === null || b === null || a.date.startsWith(b.date) || b.date.startsWith(a.date);
const compatiblePlace = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;
const subset = (a: readonly string[], b: readonly string[]): boolean => a.every((x) => b.includes(x));

function sameGathering(x: Candidate, y: Candidate): boolean {
  if (!compatibleDate(x.date, y.date) || !compatiblePlace(x.location, y.location) || !compatiblePlace(x.venue, y.venue)) return false;
  // A caption shows a gathering the story reports: shared people suffice, whatever the wording.
  if (x.caption || y.caption) return x.people.length > 0 && (subset(x.people, y.people) || subset(y.people, x.people));
  if (x.kind === 'event' || y.kind === 'event') {
    if (x.kind !== y.kind) return false;
    if (x.name !== null && y.name !== null) {
      const a = foldName(x.name);
      const b = foldName(y.name);
      return a.startsWith(b) || b.startsWith(a);
    }
    const shared = x.people.some((p) => y.people.includes(p)) || x.orgs.some((o) => y.orgs.includes(o));
    return x.name === y.name && shared;
  }
  if (x.people.length === 0 || y.people.length === 0) return false;
  return subset(x.people, y.people) || subset(y.people, x.people);
}

/**
 * The gathering a definite reference ("the talks", "that meeting") points back to: the latest
 * one of the same status, unless the reference names two people of its own who are not in it
 * (and does not say they attended it).
 */
function antecedentOf(out: readonly Candidate[], c: Candidate): Candidate | undefined {
  // "A and B attended the consultations": the latest gathering reported as consultations.
  const noun = joins(c) ? gatheringNoun(c) : null;
  const named = noun === null ? undefined : [...out].reverse().find((m) => !m.caption && gatheringNoun(m) === noun);
  if (named) return named;
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i];
    // A held gathering may have been announced before; "this meeting" is not a coming one.
    if (!m || m.caption || (m.status === 'scheduled' && c.status === 'held')) continue;
    if (c.people.length >= 2 && m.people.length > 0 && !c.people.some((p) => m.people.includes(p)) && !joins(c)) return undefined;
    // "The meeting took place ... on Wednesday" opening the sentence after the lead states the day
    // the dateline only suggested ("gave details of the meeting held on July 23" is another one).
    const statesLeadDay = m.leadDay && c.sentence.index === m.sentence.index + 1 && c.start === c.sentence.start;
    if (c.date?.precision === 'day' && m.date?.precision === 'day' && m.explicitDate && !statesLeadDay && c.date.date !== m.date.date) continue;
    // "The two sides exchanged views ... at the Conference on Disarmament in Geneva": places in what
    // the sentence right after the talks says was discussed are topics, not where they were.
    const followsOn = c.continues && c.sentence.index === m.sentence.index + 1 && reportsDiscussion(c);
    if (!followsOn && (!compatiblePlace(m.location, c.location) || !compatiblePlace(m.venue, c.venue))) continue;
    return m;
  }
  return undefined;
}

function gatheringNoun(c: Candidate): string | null {
  const trigger = c.sentence.text.slice(c.start - c.sentence.start, c.end - c.sentence.start);
  return /\b(?:talks|consultations|meeting|conversation|call|session)\b/.exec(trigger)?.[0] ?? null;
}

function reportsDiscussion(c: Candidate): boolean {
  return DISCUSSED_ONLY.test(c.sentence.text.slice(c.start - c.sentence.start, c.end - c.sentence.start));
}

/** "A and B attended the meeting", "Taking part in the meeting were A and B": they joined the gathering referred to, whoever else met there. */
function joins(c: Candidate): boolean {
  return /\b(?:attended|joined|took part in|participated in|[Tt]aking part in|[Pp]articipating in)\s+(?:the\s+)?$/.test(c.sentence.text.slice(0, c.start - c.sentence.start));
}

function mergeInto(a: Candidate, b: Candidate): void {
  a.people = unique([...a.people, ...b.people]);
  a.orgs = unique([...a.orgs, ...b.orgs]);
  // A stated date beats an inferred one; then the more precise wins ("scheduled for April 1" over "next week").
  const better = (x: Candidate, y: Candidate): boolean =>
    y.date !== null && (x.date === null || (y.explicitDate && !x.explicitDate) || (y.explicitDate === x.explicitDate && y.date.date.length > x.date.date.length));
  const restates = a.leadDay && b.explicitDate && !b.leadDay && b.date !== null;
  if (better(a, b) || restates) a.date = b.date;
  a.leadDay &&= !restates;
  a.explicitDate ||= b.explicitDate;
  // "The two sides discussed the situation in the Asia-Pacific region": topics, not the place.
  if (!b.continues) {
    a.location ??= b.location;
    a.venue ??= b.venue;
  }
  if (a.name === null || (b.name !== null && b.name.length > a.name.length)) a.name = b.name;
  if (a.kind === 'talks' && b.kind === 'call') a.kind = 'call';
  a.heldVerb ||= b.heldVerb;
  a.host ??= b.host;
  // An announced meeting that is reported as taking place is held.
  a.status = a.heldVerb ? 'held' : a.status === 'scheduled' || b.status === 'scheduled' ? 'scheduled' : 'held';
  if (a.caption && !b.caption) {
    // The story's own sentence is the better evidence and says what kind of gathering it was.
    Object.assign(a, { caption: false, kind: b.kind, sentence: b.sentence, start: b.start, end: b.end });
  }
}

function merge(candidates: Candidate[]): { merged: Candidate[]; survivor: (c: Candidate) => Candidate } {
  const out: Candidate[] = [];
  const into = new Map<Candidate, Candidate>();
  for (const c of candidates) {
    const same = (c.anaphor || c.continues ? antecedentOf(out, c) : undefined) ?? out.find((m) => sameGathering(m, c));
    if (same) {
      mergeInto(same, c);
      into.set(c, same);
    } else out.push(c);
  }
  const survivor = (c: Candidate): Candidate => {
    let s = c;
    for (let next = into.get(s); next !== undefined; next = into.get(s)) s = next;
    return s;
  };
  return { merged: out, survivor };
}

/** A session with no named people on the day of the only talks is where those talks happened. */
function absorbSessions(out: Candidate[]): void {
  for (const session of [...out]) {
    if (session.kind !== 'event' || session.people.length > 0 || session.date?.precision !== 'day' || !session.explicitDate) continue;
    const talks = out.filter((m) => m.kind === 'talks' && m.date?.date === session.date?.date && m.status === 'held');
    const host = talks[0];
    if (talks.length !== 1 || !host) continue;
    mergeInto(host, session);
    host.kind = 'event';
    out.splice(out.indexOf(session), 1);
  }
}

/** An undated meeting at the place of a dated gathering of the same status happens during it. */
function borrowDate(m: Candidate, all: Candidate[]): void {
  if (m.date !== null || m.location === null) return;
  const host = all.find((o) => o !== m && o.date !== null && o.location === m.location && o.status === m.status);
  if (host) m.date = host.date;
}

/** The evidence sentence without its dateline, kept short. */
function summaryOf(m: Candidate, anchors: Anchors): string {
  const lead = m.sentence.paragraph === anchors.datelineParagraph && m.sentence.start === anchors.datelineStart;
  const text = lead ? m.sentence.text.slice(anchors.datelineLength).trim() : m.sentence.text;
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
