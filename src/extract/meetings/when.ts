// "The 10th meeting was held in Moscow in July 2024, when Volodin and Zhao co-chaired it, and Zhao
// also met with Putin": what a ", when" clause reports happened at the time of the clause it hangs
// on, and "co-chaired it" is that gathering itself.
import type { DateMention } from '../dates/dates.ts';

/** The last date stated before the ", when" (", during which") that opens the clause holding `at`, else null. */
export function whenClauseDate(text: string, at: number, dates: readonly DateMention[]): DateMention | null {
  // ", during which" and ", at which" hang on a stretch of time the same way ("will visit from April 4 to 6, during which he will hold talks").
  const opener = [...text.slice(0, at).matchAll(/,\s+(?:when|during which|at which)\s/g)].pop();
  if (!opener) return null;
  const cut = opener.index ?? 0;
  return [...dates].reverse().find((d) => d.end <= cut) ?? null;
}

/** "co-chaired it", "chaired them": the object is the gathering just named. */
export function pronounGathering(textAfterTrigger: string): boolean {
  return /^\s+(?:it|them)\b/.test(textAfterTrigger);
}

// "During the visit, Xi will meet with Mishustin": an undated meeting announced for a visit reported
// just before happens in the visit's days.
const DURING_VISIT = /\b[Dd]uring (?:the|this|that|his|her|their) (?:visit|stay|trip)\b/;

export interface Dated<D> {
  people: readonly string[];
  date: D | null;
}

/** The date of the latest dated meeting sharing someone with `people`, if `before` sets it during a visit. */
export function visitDate<D>(before: string, people: readonly string[], earlier: ReadonlyArray<Dated<D>>): D | null {
  if (!DURING_VISIT.test(before)) return null;
  return [...earlier].reverse().find((c) => c.date !== null && c.people.some((p) => people.includes(p)))?.date ?? null;
}
