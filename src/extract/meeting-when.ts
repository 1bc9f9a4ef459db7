// "The 10th meeting was held in Moscow in July 2024, when Volodin and Zhao co-chaired it, and Zhao
// also met with Putin": what a ", when" clause reports happened at the time of the clause it hangs
// on, and "co-chaired it" is that gathering itself.
import type { DateMention } from './dates.ts';

/** The last date stated before the ", when" that opens the clause holding `at`, else null. */
export function whenClauseDate(text: string, at: number, dates: readonly DateMention[]): DateMention | null {
  const opener = [...text.slice(0, at).matchAll(/,\s+when\s/g)].pop();
  if (!opener) return null;
  const cut = opener.index ?? 0;
  return [...dates].reverse().find((d) => d.end <= cut) ?? null;
}

/** "co-chaired it", "chaired them": the object is the gathering just named. */
export function pronounGathering(textAfterTrigger: string): boolean {
  return /^\s+(?:it|them)\b/.test(textAfterTrigger);
}
