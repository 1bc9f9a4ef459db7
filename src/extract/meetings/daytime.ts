// "On Wednesday morning, Putin chaired the session ... In the afternoon, Putin held talks with X":
// a sentence opening with a later part of the day goes on with the day whose morning the story
// last told of, not with the last day that named the same person.
import type { Sentence } from '../types.ts';

const LATER_IN_THE_DAY = /^\W*(?:(?:Later|Also|Then) )?(?:[Ii]n|[Ll]ater in) the (?:afternoon|evening)\b/;
const MORNING = /\bmorning\b/;

export function opensLaterInTheDay(text: string): boolean {
  return LATER_IN_THE_DAY.test(text);
}

/** The nearest earlier sentence of the story that tells of a morning. */
export function lastMorning(sentences: readonly Sentence[], before: number): Sentence | undefined {
  for (let i = before - 1; i >= 0; i--) {
    const s = sentences[i];
    if (s && MORNING.test(s.text)) return s;
  }
  return undefined;
}
