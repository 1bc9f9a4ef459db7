// The phrases that report a meeting ("met with", "held talks", "the 10th meeting of", "SCO summit", "the talks") and what each says of it.
import type { Kind, Trigger } from './candidates.ts';
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';
import { CHAIRED_SESSION } from './sessions.ts';
import { pronounGathering } from './when.ts';
import { describesRole } from './roles.ts';

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
  `\\b(${ORDINAL}|next|upcoming|annual|extraordinary|emergency|special) ((?:regular |annual |joint |plenary )?(?:meeting|session|round))\\b(?: (of|between) the\\b)?`,
  'g',
);
/** What a round is of when it is no meeting. */
const NOT_TALKS_ROUND = /^\s+of\s+(?:voting|balloting|ballots|polls|elections?|sanctions|tariffs|fighting|strikes|attacks|shelling|cuts|hikes|layoffs|funding|applications|bidding|auctions?|vaccinations?|tests?)\b/;
const SUMMIT = /\b[Ss]ummit\b/g;
const FORUM = new RegExp(`\\b(?:(${ORDINAL}) )?((?:[A-Z][\\w-]*(?: and)? )+)Forum\\b`, 'g');
/** "Eastern Economic Forum (EEF)": the acronym names the forum in later sentences ("the ninth EEF"). */
const FORUM_ACRONYM = /\b((?:[A-Z][\w-]*(?: and)? )+Forum) \(([A-Z]{2,})\)/g;
/** "Meeting of the X", "the meeting of the SCO Council of Foreign Ministers": a session of a named body (kept only when one follows). */
const MEETING_OF = /\b(?:Meeting|(?<=\bthe )meeting) of the\b/g;
/**
 * "the ASEAN-US meeting", "the ASEAN-China ministerial session", "the Forum leaders' retreat": a
 * gathering named by the body it belongs to (kept only when that body is recognised and the
 * clause says someone takes part).
 */
const BODY_GATHERING = /(?<=\b[Tt]he )(?:\p{Lu}[\p{L}-]*\s){1,4}(?:[a-z]+['’]?\s){0,2}(?:meeting|session|retreat|conference)\b/gu;
/**
 * "The summit was chaired by X and attended by A, B and C": a gathering of everyone in its
 * by-phrases, the one reported before if there is one (they joined it), else its own.
 */
const ATTENDED_BY =
  /(?<=\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts) (?:[\w-]+ ){0,3}(summit|meeting|session|conference|gathering) )(?:was|is|will be) (?:(?:chaired|presided over) by [^.;]*? and )?attended by\b/g;
const THIS_EVENT = /\b(?:this|that) (?:meeting|event|summit|gathering)\b/g;
/** "a meeting of defense ministers of the SCO", "the SCO defense ministers' meeting", "a meeting of G20 foreign ministers". */
const MINISTERS_MEETING = /\b(?:meeting of (?:the )?(?:[\w-]+ ){0,3}(?:ministers|leaders|heads of (?:state|government)|speakers|chiefs)\b|(?:[\w-]+ ){0,2}(?:ministers|leaders|chiefs|speakers)['’]? meeting\b)/g;

/** "Taking part were A, B and C", "Also attending were ...": those who joined the gathering just reported. */
export const TAKING_PART = /\b(?:[Tt]aking part|[Pp]articipating|[Aa]ttending|[Aa]lso (?:attending|present|taking part)) were\b/;

const TALKS: Array<[RegExp, Kind, boolean]> = [
  [new RegExp(TAKING_PART.source, 'g'), 'talks', false],
  // "They were joined by Foreign Minister X", "Ministers were joined by videoconference by X":
  // others joined the talks just reported (before the medium, which would make a call of its own).
  [/\b(?:[Tt]hey|[Mm]inisters|[Ll]eaders|[Tt]he (?:two )?(?:leaders|ministers|sides)) were (?:later |also )?joined (?:[a-z]+ ){0,2}by\b/g, 'talks', false],
  // "X spoke with Y by telephone", "talked to Y over the phone": the medium after the other party.
  [/\b(?:spoke|spoken|speaks|speak|speaking|talked|talks|talk|talking) (?:with|to)\b(?=[^.;:]{1,80}?\b(?:by|over|on) (?:the )?(?:tele)?phone\b)/g, 'call', false],
  // "he had discussed the situation by phone with X": the medium, then the other party.
  [/\bby (?:tele)?phone with\b/g, 'call', false],
  // "X received a phone call from Y": a call between them, X the subject.
  [/\b(?:received|receives|receiving|made|makes|had|has) an? (?:phone|telephone|video) (?:call|conversation) (?:from|with)\b/g, 'call', false],
  [/\b(?:met|meets|meet)\b(?: with\b)?/g, 'talks', false],
  // "The council last convened in February": a body meeting (kept only with a body as subject, see bodies.ts).
  [/\b(?:convened|convenes|reconvened)\b(?=\s*(?:again|in|on|at|last|next|later|this|every|annually|twice|regularly|once|for the|[.,;]|$))/g, 'talks', false],
  // "will be meeting", "are meeting with": the verb in the progressive.
  [/\b(?:be|is|are|was|were) meeting\b(?: with\b)?/g, 'talks', false],
  // "Putin and Xi last got together in May": a reciprocal idiom (needs two named before it).
  [/\b(?:got|get|gets|getting) together\b/g, 'talks', false],
  // "travel to Pristina to see Kurti": "see" with a person right after it is a visit to meet them.
  [/\b(?:see|sees|saw|seeing)\b(?= (?:the )?\p{Lu})/gu, 'talks', false],
  [/\b(?:during|at|after|following) (?:a|the|their|his|her) (?:video |phone |telephone )?(?:call|conversation)\b/gi, 'call', true],
  [/\b(?:during|at|after|following) (?:a|the|their|his|her) (?:meeting|talks)\b(?: with\b)?/gi, 'talks', true],
  // "a meeting with", "the annual summit with", "a bilateral meeting with".
  // (A trilateral is one gathering of all named, left to the verb that reports it.)
  [/\b(?:a|[Tt]he|their|his|her) (?:(?!with\b|trilateral\b|three-way\b)[a-z-]+ ){0,2}(?:meeting|summit) with\b/g, 'talks', false],
  [
    new RegExp(
      `\\b(?:held|hold|holds|holding|had|have|conducted|conducting|host|hosts|hosted|hosting) (?:(?:a|an|their|his|her) )?(?:${ORDINAL} )?` +
        '(?:(?:bilateral|trilateral|formal|informal|separate|extensive|in-depth|official|closed-door|further|strategic|warm|cordial|' +
        'fruitful|productive|frank|candid|constructive|substantive|high-level|summit|virtual|video|face-to-face) ){0,3}' +
        '(?:talks|meeting|consultations|round of talks|videoconference|video conference|virtual meeting|exchange with)\\b',
      'g',
    ),
    'talks',
    false,
  ],
  // "held more than eight hours of talks", "held two days of talks", "held three rounds of talks".
  [/\b(?:held|hold|holds|holding|had) (?:(?:more than|nearly|about|almost|over|some) )?(?:[\w-]+ )?(?:hours|days|rounds) of (?:talks|consultations|negotiations)\b/g, 'talks', false],
  [/\b(?:chaired|chairs|chairing|presided over)\b(?= the\b)/g, 'talks', false],
  [/\b(?:talks|discussions|consultations) (?:with|between)\b/g, 'talks', false],
  [/\bconsultations\b/g, 'talks', false],
  [/\bco-chair(?:ed|s|ing)?\b/g, 'talks', false],
  [/\b(?:video|phone|telephone) (?:calls?|conversations?|talks)\b/g, 'call', false],
  [/\b(?:videoconference|video conference|virtual meeting)\b/g, 'call', false],
  [/\b(?:spoke|spoken|speak|speaks|speaking) (?:by (?:phone|telephone)|(?:on|over) the (?:phone|telephone))\b/g, 'call', false],
  // "paid a courtesy call on the President", "called on the Prime Minister".
  [/\b(?:pay|pays|paid|paying) (?:a )?(?:courtesy )?(?:calls?|visits?) (?:on|to)\b/g, 'talks', false],
  [/\b(?:called on|calls on|call on)\b(?= (?:the )?(?:[A-Z]|visiting))/g, 'talks', false],
  // "talks in Tehran between A and B": the place may come before the parties.
  [/\b(?:meeting|meetings|summit|talks)(?: (?:in|at) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})? between\b/gu, 'talks', false],
  // "for a summit with Japanese Prime Minister X": a summit of two is their talks.
  [/\b(?:a|the|their|his|her) [Ss]ummit with\b/g, 'talks', false],
  [/\b(?:Consultations|Talks|Dialogue)\b/g, 'talks', false],
  [/['’]s meeting\b/g, 'talks', false],
  [/\bmeetings with\b/g, 'talks', false],
  [/\b(?:be |been |being |was |were |is |are )?received by\b/g, 'talks', false],
  // "received Foreign Minister X", "received the visiting X", "received the delegation led by X".
  [/\b(?:receive|receives|received|receiving|host|hosts|hosted|hosting)\b(?= (?:the |a |an )?(?:(?:visiting|[a-z-]+) ){0,3}?(?:\p{Lu}|delegation\b))/gu, 'talks', false],
  [/\b(?:tea|informal|working|restricted|expanded|one-on-one) (?:gathering|talks|meeting|dinner|lunch|breakfast)\b/g, 'talks', false],
];
/** A definite reference to a gathering already reported ("the talks are scheduled for April 1"). */
const ANAPHOR = /\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:[a-z]+ )?(?:talks|consultations|meeting|conversation|call)\b(?! (?:of|between|with|mechanisms?)\b)/g;
const DISCUSSED = /\b(?:discussed|discuss|exchanged views|talked)\b/g;
export const DISCUSSED_ONLY = /^(?:discussed|discuss|exchanged views|talked)$/;

/** An appeal's object and its infinitive: "called on the two sides to ...". */
const URGED = /^[^,.;]{0,80}?\bto [a-z]+/;

const COUNT_BEFORE = /\b(?:two|three|four|several|many|\d+|their|the two)\s+(?:\w+\s+)?$/i;

/** Forum acronyms defined in the article, as patterns to their full names. */
export function forumAcronyms(body: string): Array<[RegExp, string]> {
  return [...body.matchAll(FORUM_ACRONYM)].map((m) => [new RegExp(`(?<!\\()\\b(?:(${ORDINAL}) )?${m[2] ?? ''}\\b`, 'g'), m[1] ?? '']);
}

export function triggersIn(text: string, forums: ReadonlyArray<[RegExp, string]>): Trigger[] {
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
    // "the seventh round of voting", "a third round of sanctions": rounds of something other than talks.
    if (/round$/.test(m[2] ?? '') && NOT_TALKS_ROUND.test(text.slice(start + m[0].length))) continue;
    const numbered = !/^(?:next|upcoming|annual|extraordinary|emergency|special)$/.test(m[1] ?? '');
    // "the next meeting of X" names the body's series, not one edition.
    const name = numbered ? `${m[1] ?? ''} ${m[2] ?? ''}`.toLowerCase() : (m[2] ?? '');
    // "At the upcoming round, ...": the next edition of the series just reported; "This will be
    // the twentieth round of such consultations": the one just reported.
    const before = text.slice(0, m.index ?? 0);
    const anaphor = m[3] === undefined && ((!numbered && /\b[Tt]he $/.test(before)) || /\b(?:[Tt]his|[Ii]t|which) (?:will be|is|was|would be|marks) the $/.test(before));
    // "proposed holding their next meeting in Nara": the people's own next talks, no body's series.
    if (!numbered && /\b(?:their|his|her) $/.test(before)) push(m, { ...base, kind: 'talks', anaphor: true });
    else push(m, { ...base, kind: 'event', name, ordinal: numbered, anaphor });
  }
  for (const m of text.matchAll(BODY_GATHERING)) {
    const start = m.index ?? 0;
    if (!found.some((t) => start < t.end && t.start < start + m[0].length)) push(m, { ...base, kind: 'event', name: m[0], needsCue: true });
  }
  for (const m of text.matchAll(CHAIRED_SESSION)) push(m, { ...base, kind: 'event', name: m[1] ?? null, anaphor: true });
  for (const m of text.matchAll(MEETING_OF)) {
    const start = m.index ?? 0;
    if (!found.some((t) => start < t.end && t.start < start + m[0].length)) push(m, { ...base, kind: 'event', name: 'meeting' });
  }
  for (const m of text.matchAll(SUMMIT)) {
    // "a summit with X", "summit talks": talks of two (below), not a gathering of a body.
    if (!/^ (?:with|talks)\b/.test(text.slice((m.index ?? 0) + m[0].length))) push(m, { ...base, kind: 'event', name: 'summit' });
  }
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
  for (const m of text.matchAll(ATTENDED_BY)) push(m, { ...base, kind: 'event', name: m[1] ?? null });
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
      // "called on the NPC to leverage ...": an appeal, not a visit.
      if (/^call/.test(m[0]) && URGED.test(text.slice(start + m[0].length))) continue;

      // "The consultations were co-chaired by ...": a determiner makes a bare noun refer back.
      // "After the meeting, ..." likewise, unless it goes on to name who met ("during the meeting with").
      const anaphor =
        / joined (?:[a-z]+ ){0,2}by$/.test(m[0]) ||
        TAKING_PART.test(m[0]) ||
        (/^(?:talks|consultations)$/.test(m[0]) && /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?$/.test(text.slice(0, start))) ||
        (adjunct && /\b(?:the|this) (?:meeting|talks)$/i.test(m[0])) ||
        // "The meeting with Li Qiang will take place on ...": opening a sentence, it names the other side of one just reported.
        (start === 0 && /^The meeting with$/.test(m[0])) ||
        (/^co-chair/.test(m[0]) && pronounGathering(text.slice(start + m[0].length)));
      push(m, { ...base, kind, adjunct, anaphor, needsObject: /^(?:receiv|host|call|see|saw|convened|convenes|reconvened)/.test(m[0]), needsPair: / together$/.test(m[0]) });
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

/** "received BRICS partner status", "hosted SCO events": the object is a body's thing, not a guest. */
export function receivesThing(text: string, trigger: Trigger, spans: Span[], at: (s: Span) => number, r: Recognized): boolean {
  const object = spans.find((s) => at(s) > trigger.end && /^\s+(?:the\s+)?$/.test(text.slice(trigger.end, at(s))));
  if (object?.type !== 'org') return false;
  const next = /^\s+([a-z]+)/.exec(text.slice(at(object) + spanText(r, object).length))?.[1];
  return next !== undefined && !/^(?:leaders?|delegations?|officials|representatives|chiefs?|heads?|members)$/.test(next);
}
