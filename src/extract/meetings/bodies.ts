// "The Joint Working Group on Fisheries had met in Colombo", "the commission will meet again in
// 2026", "Foreign ministers of ASEAN met on Friday": a body that is the subject of "meet" with no
// one else named holds a meeting of its own; an apposition may stand between ("The Foreign Affairs
// Council, chaired by X, met in Brussels"; "The Association Council, the framework of relations,
// last convened in February"), or the verb in a relative clause ("The Governing Council, which met
// in Frankfurt, agreed").
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';

/** Between the body and the verb: a short qualifier ("between the two countries") and auxiliaries. */
const SUBJECT_TO_VERB =
  /^(?:\s+(?:between|of|on|for|from) (?:the )?(?:[\w-]+ ){0,4}?[\w-]+)?(?:,\s+(?:chaired|co-chaired|led|headed|presided|which|that|the|a|an|comprising|made up|set up|established|created|formed)\b[^;.]{0,160}?,|,\s+(?:which|that))?\s+(?:(?:had|has|have|will|would|also|again|last|first|already|is|are|was|were|to|set|due|expected|scheduled)\s+)*$/;
/** "will meet again in 2026", "met." rather than "meet the needs of": an intransitive meeting. */
const NO_OBJECT = /^\s*(?:again|in|on|at|next|later|this|every|annually|twice|regularly|once|for the|[.,;]|$)/;

/** The bodies that are the subject of the trigger "meet", "met", "meets" or "convened", else none. */
export function meetingBodies(
  text: string,
  trigger: { start: number; end: number },
  spans: readonly Span[],
  at: (s: Span) => number,
  r: Recognized,
  orgName: (s: Span) => string | undefined,
): string[] {
  if (!/^(?:met|meets|meet|convened|convenes|reconvened)$/.test(text.slice(trigger.start, trigger.end))) return [];
  if (!NO_OBJECT.test(text.slice(trigger.end))) return [];
  const subject = [...spans]
    .reverse()
    .find((s) => s.type === 'org' && at(s) < trigger.start && SUBJECT_TO_VERB.test(text.slice(at(s) + spanText(r, s).length, trigger.start)));
  return subject ? [orgName(subject) ?? spanText(r, subject)] : [];
}
