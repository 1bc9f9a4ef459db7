// Who takes part in a clause’s meeting beyond the names in it: a pronoun subject, the pair just reported, the bodies of a named gathering.
import type { ParsedArticle, Sentence } from '../types.ts';
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';
import { unique, type Candidate, type MeetingContext, type Trigger } from './candidates.ts';

/** The most recent meeting with two or more named participants. */
export function lastWithPair(candidates: readonly Candidate[]): Candidate | undefined {
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c && c.people.length >= 2) return c;
  }
  return undefined;
}

export function international(ctx: MeetingContext, name: string): boolean {
  const org = ctx.organizations.find((o) => o.name === name);
  return org !== undefined && org.country === null && !/-/.test(org.name);
}

/** "They met", "She met", or a second verb sharing the subject of the first. */
export function pronounSubject(
  before: string,
  article: ParsedArticle,
  r: Recognized,
  ctx: MeetingContext,
  sentence: Sentence,
  prev: Trigger | undefined,
  n: number,
  triggers: Trigger[],
  text: string,
  earlier: readonly Candidate[],
): string[] {
  // "They met", "In Port Vila, they will meet": a pronoun opening the clause, after an adverbial.
  const pronoun = /^(?:[^,;]{0,60},\s*)?\W*(They|He|She|they|he|she)\b/.exec(before.trim() === '' && prev ? text.slice(0, prev.start) : before)?.[1];
  if (before.trim() === '' && n > 0 && prev && pronoun === undefined) return [];
  if (pronoun === undefined || triggers.length === 0) return [];
  const wanted = /they/i.test(pronoun) ? 2 : 1;
  // A story going on about the same visitors ("While in Suva, they will meet ... In Port Vila,
  // they will meet ..."): the subject of its last meeting of the last few sentences.
  const last = [...earlier].reverse().find((c) => c.subject.length >= wanted && sentence.index - c.sentence.index <= 4);
  if (last) return wanted === 2 ? last.subject : last.subject.slice(0, 1);
  // Else the nearest of the five sentences before that names enough people: two for "they".
  for (let back = 1; back <= 5; back++) {
    const previous = article.sentences[sentence.index - back];
    if (!previous) break;
    const [a, b] = r.sentenceTokens[previous.index] ?? [0, 0];
    const names = unique(
      r.spans.filter((s) => s.type === 'person' && s.i >= a && s.j <= b && !s.role).map((s) => ctx.personName(s) ?? spanText(r, s)),
    );
    if (names.length >= wanted) return wanted === 2 ? names : names.slice(0, 1);
  }
  return [];
}

/** The name and organizations of a named gathering. */
export function eventName(
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
  // "the ASEAN-US meeting": the body named first in the phrase.
  if (/^\p{Lu}.*\b(?:meeting|session|retreat|conference)$/u.test(phrase)) {
    const org = spans.find((s) => s.type === 'org' && at(s) >= trigger.start && at(s) < trigger.end);
    if (!org) return null;
    const name = ctx.orgName(org) ?? spanText(r, org);
    return international(ctx, name) ? { name: phrase, orgs: [name] } : null;
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
