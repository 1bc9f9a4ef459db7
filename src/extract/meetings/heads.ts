// "The two heads of state met twice this year": heads of state are presidents, so the phrase names
// the two presidents the story has titled, not the pair of the meeting just reported (a
// parliamentary chairman recalling his leaders' summits). "The two presidents" reads the same way.
import type { PersonFact } from '../types.ts';

const HEADS_OF_STATE = /\b[Tt]he two (?:heads of state|presidents)\b/;
/** "President", "Russian President", "President of China"; not "Vice President" or "President of the Duma". */
const PRESIDENT = /^(?:[A-Z][a-z]+ )?President(?: of (?!the\b)[A-Z][\w ]*)?$/;

export function namesHeadsOfState(clause: string): boolean {
  return HEADS_OF_STATE.test(clause);
}

/**
 * The two presidents of different countries titled most recently before sentence `before`, or
 * null when the story has not titled two.
 */
export function headsOfState(people: readonly PersonFact[], before: number): string[] | null {
  const latest = people
    .map((p) => ({ p, at: Math.max(-1, ...p.roles.filter((r) => r.sentence <= before && PRESIDENT.test(r.title)).map((r) => r.sentence)) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => b.at - a.at);
  const [first, ...rest] = latest;
  const second = rest.find((x) => x.p.country === null || x.p.country !== first?.p.country);
  return first && second ? [first.p.name, second.p.name] : null;
}
