// The meetings one sentence reports: each trigger’s clause, with its participants, date, place and status.
import type { MeetingStatus, ParsedArticle, Sentence } from '../types.ts';
import { MONTH_PATTERN, dayBefore, findDates, resolveDate } from '../dates/dates.ts';
import { attributionRanges, within } from './attribution.ts';
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';
import { counterpartList } from './lists.ts';
import { isNextEdition, seriesBodies, seriesWords } from './series.ts';
import { headsOfState, namesHeadsOfState } from './heads.ts';
import { visitDate, whenClauseDate } from './when.ts';
import { bodiesOfGathering, isChairedSession, partOf } from './sessions.ts';
import { agreesWithoutTime } from './intentions.ts';
import { agreementRanges } from './consensus.ts';
import { unique, type Candidate, type MeetingContext } from './candidates.ts';
import { receivesThing, triggersIn } from './triggers.ts';
import type { Anchors } from './anchors.ts';
import { attachedDate, inRelativeClause, lastDay, leadDay, SAME_DAY, sameDay, storyDay } from './dating.ts';
import { locationIn, splitByPlaces } from './places.ts';
import { meetingBodies } from './bodies.ts';
import { describedCounterparts, describedPeople } from './described.ts';
import { eventName, international, lastWithPair, pronounSubject } from './participants.ts';

/** The subject "the two sides" ("the two foreign ministers", "the two NA leaders") names the participants of the meeting just reported. */
const BOTH_SIDES = /\b(?:[Tt]he two (?:[A-Z]{2,} |[a-z-]+ (?=(?:ministers|leaders|presidents|premiers|prime ministers|delegations)\b))?(?:sides|leaders|presidents|heads of (?:state|government)|ministers|premiers|prime ministers|delegations|parties|officials)|[Bb]oth sides|[Tt]he pair)\b/;

/** "On the sidelines, X met Y": of the gathering just reported, so on its day. */
const ON_THE_SIDELINES = /\b[Oo]n the sidelines,/;

const SIDELINES = /\bsidelines of\b/;
/** Right before a gathering, words that make it the setting of other talks. */
const BESIDE = /\b(?:[Oo]n|[Aa]t) the (?:sidelines|margins?) of\s+$|\b(?:[Aa]head of|[Oo]n the eve of)\s+$/;

/** What may follow an intransitive "meet": an adverbial, an infinitive, the clause's end. */
const RECIPROCAL_AFTER = /^\s*(?:[,.;]|$|(?:to|on|in|at|later|again|next|this|during|for|soon|before|after|when|separately|privately|face-to-face|in person)\b)/;

/** A plural present of meeting, not after an auxiliary or "to" ("leaders meet", "who gather"), and not "meet the needs". */
const PRESENT_GATHERING = /(?<!\b(?:to|will|would|could|should|can|may|might|must|did|do|does|not|never|and|or)\s)\b(?:meet|gather|convene)\b(?!\s+(?:the|its|their)\s+(?:needs|demands?|targets?|goals?|requirements?|criteria|standards?|deadlines?|expectations?))/;
const PASSIVE_TO_COME = /\b(?:will|shall|would|to|is to|are to)\s+be\s+(?:jointly\s+|also\s+)?[a-z]+(?:ed|held)\b/g;
const PAST_GATHERING = /\b(?:met|gathered|convened|held|was|were|had|did)\b/;

const EVE_OF = /\b[Oo]n the eve of the (?:[\w-]+ ){0,3}?(?:summit|meeting|session|forum|talks)\b/;

const FUTURE =
  /(?:['’]ll\b|\b(?:will|would|shall|next (?:week|month|year)|plans? to|planned|planning|to attend|to participate|set for|set to|agreed to (?:meet|hold|convene)|scheduled|upcoming|expected|getting ready|prepare for|preparing for|ahead of|due to|(?:days|weeks) before|are planned|is planned|to visit|to travel)\b)/i;
const HELD_VERB =
  /\b(?:met|meets|held|took place|was held|were held|co-chaired|chaired|presided|concluded|convened|convening|are conducting|is conducting|greeted|hosted|hosting|discussed|took part|spoke|spoken|talked|conferred)\b/i;
const PARTICIPATION = /\b(?:attend|attended|attending|participate|participated|participating|take part|took part|for the|at the|sidelines|host|hosted|hosting|held|open|opened|address|addressed)\b/i;
/** Words that place talks beside a gathering rather than make them the gathering ("attended the EEF and met with Putin"). */
const SEPARATE_EVENT = /\b(?:on the sidelines of|ahead of|on the eve of|before|after|during|preparations? for|preparing for|prepare for|and|to (?:take part in|attend|participate in))\b/i;
/** (", and the Foreign Minister of Jordan, X": a title after "the" goes on listing people, no new clause.) */
const SEGMENT_BREAK = /;\s|,\s+(?:and|but|while)\s+(?=(?:he|she|they|it|the(?!\s+(?:[A-Z][\w-]*\s+)*(?:Minister|Secretary|President|Secretary-General|Chairperson|Chairman|Ambassador)\b)|this|that|his|her|its)\b)|,\s+while\s+|\s+and\s+(?:later|then)\s+(?!with\b)/g;
/** "X said that", "X told reporters on Friday that", "X announced at a news briefing that", "X said the call ...". */
const REPORTED = /\b(?:said|says|confirmed|announced|noted|added|stressed|told)\b(?:[^,;]{0,60}? that\s+|\s+(?=(?:the|a|an|this|that|these|those)\s))/g;
/** Undecided or denied: what follows is not reported as held or scheduled. */
const HEDGED = /\b(?:(?:not|never) (?:yet )?(?:decided|confirmed|planned|planning)|undecided|whether|denie[sd]|deny(?:ing)?|ruled out|no plans?|no (?:[a-z-]+ )?$)/i;
/** Denied right before the gathering: "have not held face-to-face talks since a meeting …" (that meeting stands), "have yet to meet". */
const NEGATED = /\b(?:(?:not|never) (?:yet )?(?:(?:held|had|hold|have)\s+(?:(?!since\b)[\w-]+\s+){0,2})?|(?:have|has|had|are|is) yet to )$/i;
/** "have not held talks since a meeting": the subject's last meeting, which follows. */
const DENIED_SINCE = /\b(?:not|never) (?:yet )?(?:held|had|met)\b[^.;]*?\bsince (?:a|an|the|their) (?:[\w-]+ ){0,3}(?:meeting|summit|talks)\s+$/;
/** A plan told in the past perfect did not happen: "had been due to meet", "had been scheduled to hold talks". */
const UNREALIZED = /\bhad been (?:due|scheduled|expected|set|supposed|planned|slated|meant) to\s+(?:[\w-]+\s+){0,2}$/;
const CALLED_OFF =
  /^[^;]*?\b(?:(?:was|were|had been|has been|have been) (?:cancell?ed|called off|scrapped|postponed)|(?:did not|didn['’]t|never) (?:take place|happen|materiali[sz]e)|had been (?:due|scheduled|expected|set|planned|slated) to (?:take place|be held|go ahead))\b/;
/** "after the White House cancelled a trilateral meeting": a gathering called off right before it is named. */
const CANCELLED_BEFORE = /\b(?:cancell?ed|called off|scrapped|postponed)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$/;
/** "have not met since September 2023": the denial dates the last meeting, which is reported. */
const SINCE_DATE = new RegExp(String.raw`^[^.;]{0,60}?\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:${MONTH_PATTERN}|\d{4})\b`);
/** A body's people named right after it: "Shin Bet officials", "ECOWAS leaders", "a Hamas delegation". */
const GROUP_AFTER = /^\s+(?:chief|chiefs|head|officials|delegation|delegates|leaders|leadership|representatives|envoys|ministers)\b/;
/** A lower-case gathering's complement naming its parties: "(of the) inter-party dialogue mechanism between ". */
const BETWEEN_BODIES = /^\s*(?:(?:of\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,4})?between\s+/;
const CHAIRED = /^(?:chaired|chairs|chairing|presided over)$/;
const SENT_FROM = /\b(?:greetings|message|letter|regards|wishes|congratulations|condolences|invitation)["”’']?\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
const BRIEFED = /\b(?:briefed|informed|updated|gave (?:[\w-]+ ){1,3}details)\b/;

/**
 * The clause rules that can be left out by name (`npm run eval -- --ablate`), each a phenomenon
 * of news language; the rest of this file is the frame every rule refines.
 */
export const CLAUSE_RULES = {
  'reported-speech': '"X said that A and B will hold talks": the participants are in the reported clause',
  'teller-is-not-participant': '"X briefed Y on the talks": neither took part in them',
  'hedged-is-not-reported': '"had not decided whether to attend", "denied plans for a meeting": nothing to report',
  'negated-is-not-held': '"have not held talks since a meeting", "had been due to meet, but ... was cancelled": the talks denied are none ("not met since May 2023" dates the last)',
  'before-the-meeting-is-a-time': '"Before the meeting, X opened an exhibition", "X, speaking ahead of the talks": a time, not who took part',
  'inserted-clause-is-not-subject': '"X, who was accompanied by Y, met Z": Y, named inside the inserted clause, did not meet',
  'described-participants': '"the Saudi foreign minister": a participant named earlier, now by title only',
  'pronoun-object': '"is scheduled to meet him": the other party of the meeting just reported',
  'bodies-meet': '"the commission will meet again in 2026": a body meeting with no one else named',
  'shared-subject': '"X and Y held talks ... and co-chaired a meeting": the second verb shares the subject',
  'heads-of-state': '"the two heads of state": the article\'s heads of state',
  'both-sides': '"the two sides", "the two foreign ministers": the pair just reported',
  'pronoun-subject': '"They met", "he will meet": the people the story is about',
  'counterpart-list': '"held separate meetings with A and B": one meeting with each',
  'one-gathering-per-sentence': '"co-chaired the 30th regular meeting": a verb and the gathering it names are one meeting',
} as const;

export type ClauseRuleName = keyof typeof CLAUSE_RULES;

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

export function sentenceMeetings(
  article: ParsedArticle,
  r: Recognized,
  ctx: MeetingContext,
  sentence: Sentence,
  anchors: Anchors,
  earlier: readonly Candidate[],
  leaveOut: ReadonlySet<string> = new Set(),
): Candidate[] {
  const on = (rule: ClauseRuleName): boolean => !leaveOut.has(rule);
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

  // "the Saudi foreign minister", "his Congolese and Rwandan counterparts": found once per sentence.
  const described = on('described-participants') ? [...describedPeople(text, sentence.index, ctx.people), ...describedCounterparts(text, ctx.people)] : [];

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
    const reported = trigger.adjunct || !on('reported-speech') ? undefined : [...text.slice(from, trigger.start).matchAll(REPORTED)].pop();
    /** "Lavrov told reporters that he had discussed … by phone with X": the speaker, taken up by "he". */
    let resumedSpeaker: string[] = [];
    if (reported) {
      const clauseStart = from + (reported.index ?? 0) + reported[0].length;
      const named = spans.filter((s) => s.type === 'person' && at(s) >= clauseStart && at(s) < trigger.start).length;
      // "Mao Ning announced ... that Wang Yi will travel for consultations", "Gao told the Global
      // Times that the consultations ...": the speaker only reports, unless "he" takes them up.
      const speakerResumed = /\b(?:he|she|they|his|her|their)\b/i.test(text.slice(clauseStart, trigger.start));
      if (trigger.kind === 'event' || named >= 2 || !speakerResumed) from = clauseStart;
    }
    // (Looked for from the clause's start: an earlier verb of the reported clause may have cut `from`.)
    const said = trigger.adjunct || !on('reported-speech') ? undefined : [...text.slice(segment.start, trigger.start).matchAll(REPORTED)].pop();
    if (said) {
      const clauseStart = segment.start + (said.index ?? 0) + said[0].length;
      const namedAfter = spans.some((s) => s.type === 'person' && at(s) >= clauseStart && at(s) < trigger.start);
      const speakers = spans.filter((s) => s.type === 'person' && at(s) >= segment.start && at(s) < clauseStart);
      if (!namedAfter && speakers.length === 1 && /^\s*(?:he|she)\b/i.test(text.slice(clauseStart))) resumedSpeaker = speakers.map((s) => ctx.personName(s) ?? spanText(r, s));
    }
    // "X briefed Y on the talks held ...", "X gave Y details of the meeting ...": the teller and
    // the told are not the participants of what is told.
    if (on('teller-is-not-participant') && BRIEFED.test(text.slice(from, trigger.start))) from = trigger.start;
    // "Before the meeting, X and Y opened an exhibition": the gathering only dates what they did.
    if (on('before-the-meeting-is-a-time') && trigger.anaphor && /\b(?:[Bb]efore|[Aa]head of|[Pp]rior to)\s+$/.test(text.slice(0, trigger.start))) return;
    // "had not yet decided whether to take part in the summit", "denied plans for a meeting".
    if (on('hedged-is-not-reported') && HEDGED.test(text.slice(from, trigger.start))) return;
    if (on('negated-is-not-held') && NEGATED.test(text.slice(from, trigger.start)) && !SINCE_DATE.test(text.slice(trigger.end, to))) return;
    // "had been due to meet in December, but that summit was cancelled": a plan that did not happen.
    if (on('negated-is-not-held') && (UNREALIZED.test(text.slice(from, trigger.start)) || CALLED_OFF.test(text.slice(trigger.end)) || CANCELLED_BEFORE.test(text.slice(0, trigger.start)))) return;
    // People and dates of a clause naming the report's source, or who reached an agreement, are not the meeting's.
    const sourceOf = [...(within(attribution, trigger.start) ? [] : attribution), ...agreements];
    const clauseEnd = trigger.adjunct ? Math.min(to, indexOrEnd(text, ',', trigger.end)) : to;

    // "to prepare Lula's visit": whose visit it is, not who met ("Putin's talks with Xi" are his).
    const possessorOnly = (s: Span): boolean =>
      /^['’]s (?!(?:[\w-]+ )?(?:talks|meeting|meetings|call|conversation|summit|visit to meet)\b)/.test(text.slice(at(s) + spanText(r, s).length)) ||
      // "conveyed warm greetings from President X": the sender of a message is not at the table.
      SENT_FROM.test(text.slice(Math.max(0, at(s) - 60), at(s)));
    const inRange = (s: Span, lo: number, hi: number): boolean => at(s) >= lo && at(s) < hi && !within(sourceOf, at(s));
    // "X, who was accompanied by Y, later met Z": who is named inside the subject's inserted clause did not meet.
    const inserted = on('inserted-clause-is-not-subject') ? insertedClause(text, from, trigger.start) : null;
    const persons = (lo: number, hi: number): string[] =>
      unique([
        ...spans
          .filter((s) => s.type === 'person' && inRange(s, lo, hi) && !possessorOnly(s) && !(inserted && at(s) > inserted.start && at(s) < inserted.end))
          .map((s) => ctx.personName(s) ?? spanText(r, s)),
        // "the Saudi foreign minister": a participant named earlier, now by title only; "his
        // Congolese and Rwandan counterparts", named later.
        ...described
          .filter((d) => d.at >= lo && d.at < hi && !within(sourceOf, d.at))
          .map((d) => d.name),
      ]);

    // "to meet the needs of ...", "received a letter": the verb needs someone to meet.
    const needsObject = trigger.needsObject || /^meet$/.test(text.slice(trigger.start, trigger.end));
    // "is scheduled to meet him": the other party of the meeting reported just before.
    const pronounObject = on('pronoun-object') && /^\s+(?:him|her)\b/.test(text.slice(trigger.end)) ? lastWithPair([...earlier, ...out]) : undefined;
    // "received the Iranian delegation led by X": the guest is named after the delegation.
    const reach = /^\s+(?:the |a |an )?(?:[\w-]+ ){0,4}delegation\b/.test(text.slice(trigger.end)) ? 140 : 60;
    // "The commission will meet again in 2026": a body meets with no one else named.
    const bodies = trigger.kind === 'event' || !on('bodies-meet') ? [] : meetingBodies(text, trigger, spans.filter((s) => inRange(s, from, trigger.start)), at, r, ctx.orgName);
    // "A and B are expected to meet later in the week": "meet" with a plural subject and no object is reciprocal.
    const reciprocal = /^meet$/.test(text.slice(trigger.start, trigger.end)) && RECIPROCAL_AFTER.test(text.slice(trigger.end)) && persons(from, trigger.start).length >= 2;
    // "convened" reports a meeting only of the body that is its subject.
    if (/^(?:convened|convenes|reconvened)$/.test(text.slice(trigger.start, trigger.end)) && bodies.length === 0) return;
    if (needsObject && !reciprocal && !pronounObject && bodies.length === 0 && persons(trigger.end, Math.min(to, trigger.end + reach)).length === 0) return;
    let people = persons(from, to);
    // "A and B have not held talks since a meeting hosted by C": the pair met at that meeting.
    const deniedSince = DENIED_SINCE.exec(text.slice(segment.start, trigger.start));
    if (deniedSince) people = unique([...persons(segment.start, segment.start + deniedSince.index), ...people]);
    if (pronounObject) {
      const subjectNow = persons(from, trigger.start);
      people = unique([...people, ...pronounObject.people.filter((p) => !subjectNow.includes(p)).slice(-1)]);
    }
    const subject = persons(from, trigger.start);
    // "X and Y held talks on ... and co-chaired a meeting of ...": the second verb shares the subject.
    if (on('shared-subject') && subject.length === 0 && prev && prev.kind !== 'event' && prev.start >= segment.start && /\band\s+(?:also\s+|then\s+)?$/.test(text.slice(prev.end, trigger.start))) {
      people = unique([...persons(segment.start, prev.start), ...people]);
    }
    // "The two sides also co-chaired ...": the participants of the meeting just reported.
    const leaders = on('heads-of-state') && subject.length === 0 && namesHeadsOfState(text.slice(from, trigger.start)) ? headsOfState(ctx.people, sentence.index) : null;
    const sides =
      on('both-sides') && trigger.kind !== 'event' && subject.length === 0 && !leaders && BOTH_SIDES.test(text.slice(from, trigger.start)) ? lastWithPair([...earlier, ...out]) : undefined;
    if (sides) people = unique([...sides.people, ...people]);
    // "X and Y agreed on Tuesday to ... The two leaders held talks": with no talks reported before,
    // the two people the story has named so far.
    const pairBefore =
      on('both-sides') && !sides && trigger.kind !== 'event' && subject.length === 0 && !leaders && BOTH_SIDES.test(text.slice(from, trigger.start))
        ? unique(r.spans.filter((s) => s.type === 'person' && s.sentence < sentence.index && !s.role).map((s) => ctx.personName(s) ?? spanText(r, s)))
        : [];
    if (pairBefore.length === 2) people = unique([...pairBefore, ...people]);
    if (leaders) people = unique([...leaders, ...people]);
    if (trigger.needsPair && !sides && subject.length < 2) return;
    if (trigger.needsPair && people.length < 2) return;
    const pronounPeople = on('pronoun-subject') && subject.length === 0 && resumedSpeaker.length === 0 && !sides && trigger.kind !== 'event'
      ? pronounSubject(text.slice(from, trigger.start), article, r, ctx, sentence, prev, n, triggers, text, [...earlier, ...out])
      : [];
    people = unique([...resumedSpeaker, ...pronounPeople, ...people]);
    if (trigger.kind === 'event' && trigger.needsCue && !PARTICIPATION.test(text.slice(from, trigger.start))) return;

    let orgs: string[] = [];
    let name = trigger.name;
    const nextEdition = trigger.kind === 'event' && !trigger.anaphor && isNextEdition(text, trigger);
    if (trigger.kind === 'event') {
      // "The summit was attended by A, B and C": the gathering needs no name, its by-phrases say who met.
      const attended = / by$/.test(text.slice(trigger.start, trigger.end));
      if (attended && people.length < 2) return;
      const named = eventName(trigger, text, spans, at, r, ctx) ?? (nextEdition || attended ? { name: trigger.name, orgs: [] } : null);
      if (named === null) return;
      name = named.name;
      orgs = named.orgs;
      if (orgs.length === 0 && /summit|this|that|ministers|leaders|chiefs|speakers|heads/i.test(text.slice(trigger.start, trigger.end))) {
        // The body whose gathering it is: named in or right around the phrase, else anywhere in the sentence.
        const near = spans.filter((s) => s.type === 'org' && at(s) >= trigger.start - 12 && at(s) <= trigger.end + 8);
        const pool = near.length > 0 || !/summit|this|that/i.test(text.slice(trigger.start, trigger.end)) ? near : spans;
        orgs = unique(pool.filter((s) => s.type === 'org').map((s) => ctx.orgName(s) ?? '').filter((o) => international(ctx, o)));
      }
      // "the 11th meeting of the inter-party dialogue between United Russia and the CPC": the bodies between which it is held.
      const between = orgs.length === 0 ? BETWEEN_BODIES.exec(text.slice(trigger.end)) : null;
      if (between) {
        const lo = trigger.end + between.index + between[0].length;
        const hi = lo + (/[,;.]|\s(?:opened|was|were|is|are|will|in|on|at)\s/.exec(text.slice(lo))?.index ?? text.length - lo);
        orgs = unique(spans.filter((s) => s.type === 'org' && at(s) >= lo && at(s) < hi).map((s) => ctx.orgName(s) ?? spanText(r, s)));
      }
      const gathering = orgs.length === 0 && isChairedSession(text.slice(trigger.start, trigger.end)) ? partOf(text.slice(trigger.end)) : null;
      if (gathering) orgs = bodiesOfGathering(gathering, earlier);
      // "The commission will hold its next meeting", "The Arab League ... held an emergency
      // meeting": the body that holds it is the subject.
      if (orgs.length === 0 && /\b(?:its|their) $|\b(?:held|holds|hold|holding|convened|convenes|convene) (?:an? |its |their )?(?:[\w-]+ ){0,2}$/.test(text.slice(from, trigger.start))) {
        orgs = unique(spans.filter((s) => s.type === 'org' && inRange(s, from, trigger.start)).map((s) => ctx.orgName(s) ?? spanText(r, s)));
      }
      if (nextEdition && orgs.length === 0 && people.length === 0) {
        const bodies = unique(spans.filter((s) => s.type === 'org').map((s) => ctx.orgName(s) ?? '').filter((o) => international(ctx, o)));
        orgs = seriesBodies(bodies, seriesWords(text, trigger), [...earlier, ...out]);
      }
    } else {
      const joinsBefore = /\b(?:attended|joined|took part in|participated in)\s+(?:the\s+)?$/.test(text.slice(from, trigger.start));
      orgs = unique(
        spans
          // "A delegation of Shin Bet attended the meeting", "ECOWAS leaders met": a body's
          // people before the verb take part too.
          .filter((s) => s.type === 'org' && (inRange(s, trigger.end, clauseEnd) || ((joinsBefore || GROUP_AFTER.test(text.slice(at(s) + spanText(r, s).length))) && inRange(s, from, trigger.start))))
          // "met officials of X", "co-chaired a meeting of the X Commission": the body takes part,
          // unless it is named in a clause about the guest ("who came for a meeting of the X").
          .filter(
            (s) =>
              /\b(?:officials|delegation|delegations|representatives|members|leaders|leadership|meeting|session) (?:of|from) (?:the )?$/.test(text.slice(0, at(s))) ||
              // "the chief of Israel's Mossad", unless it is a named person's post ("Wang, head of the NEA").
              (/\b(?:chief|head|director) of (?:the )?(?:\p{Lu}[\p{L}-]*['’]s )?$/u.test(text.slice(0, at(s))) && !/\p{Lu}\p{L}+, (?:the )?(?:[\w-]+ )?(?:chief|head|director) of (?:the )?(?:\p{Lu}[\p{L}-]*['’]s )?$/u.test(text.slice(0, at(s)))) ||
              // "the Mossad chief and Shin Bet officials", "a Hamas delegation".
              GROUP_AFTER.test(text.slice(at(s) + spanText(r, s).length)) ||
              // "chaired the Foreign Affairs Council": the body whose sitting is chaired.
              (CHAIRED.test(text.slice(trigger.start, trigger.end)) && /^\s+(?:the\s+)?$/.test(text.slice(trigger.end, at(s)))),
          )
          .filter((s) => !inRelativeClause(text, trigger.end, at(s)))
          .map((s) => ctx.orgName(s) ?? spanText(r, s)),
      );
      orgs = unique([...bodies, ...orgs]);
    }

    const clause = text.slice(from, clauseEnd);
    // The clause's own verb says it happened: "spoke by phone on Monday", "had discussed ... in a
    // telephone conversation", however far before the trigger phrase it stands.
    // ("will be chaired by", "is to be held": a passive to come is no report of it.)
    const heldVerb = HELD_VERB.test(text.slice(from, Math.min(clauseEnd, trigger.end + 30)).replace(PASSIVE_TO_COME, ''));
    // "when EU leaders meet in Brussels on Thursday", "leaders, who gather on Thursday for a summit":
    // a story's present tense with a day is its schedule (a caption's present shows what was held).
    const presentWithDay =
      !caption && PRESENT_GATHERING.test(clause) && !PAST_GATHERING.test(clause) && dates.some((d) => d.value.kind === 'weekday' && d.start >= from && d.start < clauseEnd);
    const status: MeetingStatus = nextEdition || presentWithDay || (!heldVerb && FUTURE.test(clause)) ? 'scheduled' : 'held';

    // "They met in Moscow ... in May and in Beijing ... on Sept 3": one meeting per place.
    const parts = trigger.kind === 'event' ? [[trigger.end, clauseEnd] as const] : splitByPlaces(text, trigger.end, clauseEnd);
    const firstOfTrigger = out.length;
    for (const [lo, hi] of parts) {
      const own = dates.filter((d) => !within(sourceOf, d.start));
      const denied = NEGATED.test(text.slice(from, trigger.start));
      const date = attachedDate(text, own, trigger, from, lo, hi, parts.length > 1, status === 'scheduled', denied) ?? whenClauseDate(text, trigger.start, own);
      if (agreesWithoutTime(text.slice(from, hi), date !== null)) continue;
      let resolved = date ? resolveDate(date.value, anchors.day, anchors.year, status === 'scheduled') : null;
      // "On the same day, X met Y": the day of the meeting reported just before.
      const besideLast = status === 'held' && ON_THE_SIDELINES.test(text.slice(0, trigger.start));
      if (resolved === null && (SAME_DAY.test(text.slice(from, hi)) || besideLast)) resolved = sameDay(text, own, anchors, status === 'scheduled') ?? lastDay([...earlier, ...out], people);
      // "On the eve of the summit, X and Y held talks": the day before the gathering reported last, else the story's day.
      if (resolved === null && trigger.kind !== 'event' && EVE_OF.test(text.slice(0, trigger.start))) {
        const gathering = [...earlier].reverse().find((c) => c.kind === 'event' && c.date?.precision === 'day')?.date ?? storyDay(article, anchors);
        resolved = gathering ? dayBefore(gathering) : null;
      }
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
        subject: subject.length > 0 ? subject : pronounPeople,
        host: null,
        sentence,
        start: sentence.start + trigger.start,
        end: sentence.start + trigger.end,
      });
      if (SIDELINES.test(text.slice(0, hi)) && trigger.kind !== 'event') sidelines.add(out[out.length - 1] as Candidate);
    }
    // "met with A, ..., and with B", "held separate meetings with A and B": a meeting with each.
    const list = on('counterpart-list') && counterpartList(text, trigger, clauseEnd, persons, (p) => ctx.people.find((f) => f.name === p)?.country ?? null);
    if (list) {
      const listed = list.groups.flat();
      const others = unique([...list.hub, ...people.filter((p) => !listed.includes(p))]);
      for (const c of out.splice(firstOfTrigger)) {
        for (const group of list.groups) {
          const copy = { ...c, people: unique([...others, ...group]), oneOfSeveral: list.groups.length > 1 };
          out.push(copy);
          if (sidelines.has(c)) sidelines.add(copy);
        }
        sidelines.delete(c);
      }
    }
  });
  const combined = on('one-gathering-per-sentence') ? combineInSentence(out, text, sentence) : out;
  for (const talks of sidelines) {
    talks.host = combined.find((c) => c.kind === 'event' && c !== talks) ?? [...earlier].reverse().find((c) => c.kind === 'event') ?? null;
  }
  return combined;
}

/** ", who ... ," (or ", which ... ,") closed right before the verb: the subject's inserted clause, else null. */
function insertedClause(text: string, from: number, verb: number): { start: number; end: number } | null {
  const before = text.slice(from, verb);
  const opened = [...before.matchAll(/,\s+(?:who|which)\s/g)].pop();
  const closed = before.lastIndexOf(',');
  if (opened === undefined || closed <= (opened.index ?? 0) || !/^,\s+(?:\w+\s+){0,2}$/.test(before.slice(closed))) return null;
  return { start: from + (opened.index ?? 0), end: from + closed };
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? text.length : i;
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
    // "On the sidelines of the meeting, X held talks with Y": the gathering is the setting of other talks.
    const setting = event !== undefined && BESIDE.test(text.slice(0, event.start - sentence.start));
    // Those talks' people are not thereby at the gathering ("the meeting" there only sets the scene).
    if (event && setting) event.people = event.people.filter((p) => !c.people.includes(p));
    if (event && !setting && (chairedByRelative || !SEPARATE_EVENT.test(between))) {
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
