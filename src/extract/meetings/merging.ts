// Candidates describing the same gathering (a caption and the lead, a reference back, a schedule and its outcome) become one meeting.
import type { ResolvedDate } from '../dates/dates.ts';
import { foldName } from '../recognize/tokens.ts';
import { unique, type Candidate } from './candidates.ts';
import { DISCUSSED_ONLY, TAKING_PART } from './triggers.ts';

const compatibleDate = (a: ResolvedDate | null, b: ResolvedDate | null): boolean =>
  a === null || b === null || a.date.startsWith(b.date) || b.date.startsWith(a.date);
const compatiblePlace = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;
const subset = (a: readonly string[], b: readonly string[]): boolean => a.every((x) => b.includes(x));

const contentWords = (folded: string): string[] => folded.split(' ').filter((w) => !/^(?:of|the|a|an|s)$/.test(w));

function sameGathering(x: Candidate, y: Candidate): boolean {
  if (!compatibleDate(x.date, y.date) || !compatiblePlace(x.location, y.location) || !compatiblePlace(x.venue, y.venue)) return false;
  // A caption shows a gathering the story reports: shared people suffice, whatever the wording.
  if (x.caption || y.caption) return x.people.length > 0 && (subset(x.people, y.people) || subset(y.people, x.people));
  if (x.kind === 'event' || y.kind === 'event') {
    if (x.kind !== y.kind) return false;
    if (x.name !== null && y.name !== null) {
      const a = foldName(x.name);
      const b = foldName(y.name);
      // "a meeting of defense ministers" and "the SCO defense ministers' meeting": one name's words within the other's.
      return a.startsWith(b) || b.startsWith(a) || subset(contentWords(a), contentWords(b)) || subset(contentWords(b), contentWords(a));
    }
    const shared = x.people.some((p) => y.people.includes(p)) || x.orgs.some((o) => y.orgs.includes(o));
    return x.name === y.name && shared;
  }
  if (x.people.length === 0 || y.people.length === 0) return false;
  // "held separate talks with each of the two leaders": each is its own, beside their joint meeting.
  if ((x.oneOfSeveral || y.oneOfSeveral) && x.people.length !== y.people.length) return false;
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
  // (Those who attended were at one held, not at one to come: "the meeting ... will be held in July".)
  const named = noun === null ? undefined : [...out].reverse().find((m) => !m.caption && gatheringNoun(m) === noun && !(m.status === 'scheduled' && c.status === 'held'));
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
    // "The two leaders had spoken by phone in July": the pair's earlier contact, not the talks just reported.
    if (c.continues && !c.anaphor && c.explicitDate && m.explicitDate && !compatibleDate(c.date, m.date)) continue;
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
  const before = c.sentence.text.slice(0, c.start - c.sentence.start);
  const after = c.sentence.text.slice(c.end - c.sentence.start);
  return (
    /\b(?:attended|joined|took part in|participated in|[Tt]aking part in|[Pp]articipating in)\s+(?:the\s+)?$/.test(before) ||
    /\b(?:attended|joined (?:[a-z]+ ){0,2})by$/.test(c.sentence.text.slice(c.start - c.sentence.start, c.end - c.sentence.start)) ||
    TAKING_PART.test(c.sentence.text.slice(c.start - c.sentence.start, c.end - c.sentence.start)) ||
    // "The talks ... were later continued with the participation of the delegations, including X",
    // "The talks took place at the villa and also included X and Y".
    /\b(?:with the participation of|joined by|attended by|accompanied by|also included)\b/.test(after)
  );
}

export function mergeInto(a: Candidate, b: Candidate): void {
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

export function merge(candidates: Candidate[]): { merged: Candidate[]; survivor: (c: Candidate) => Candidate } {
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
export function absorbSessions(out: Candidate[]): void {
  for (const session of [...out]) {
    if (session.kind !== 'event' || session.people.length > 0 || session.date?.precision !== 'day' || !session.explicitDate) continue;
    // Talks on the session's sidelines are beside it, not it.
    const talks = out.filter((m) => m.kind === 'talks' && m.date?.date === session.date?.date && m.status === 'held' && m.host !== session);
    const host = talks[0];
    if (talks.length !== 1 || !host) continue;
    mergeInto(host, session);
    host.kind = 'event';
    out.splice(out.indexOf(session), 1);
  }
}
