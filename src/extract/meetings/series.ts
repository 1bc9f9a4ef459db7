// A coming edition of a series ("the next summit will be held in Bishkek in 2026", "The next, 23rd
// meeting of the commission will be held in China in 2026") names no participant of its own: it is
// the gathering of the body whose series it is. That body is named in the sentence ("Kyrgyzstan
// will take over the chairmanship of the SCO, and the next summit ...") or is the body of the
// gathering last reported (the commission whose 22nd meeting the story is about).

/** "the next summit", "The next, 23rd meeting", "the next meeting of the mechanism". */
const NEXT_BEFORE = /\b[Tt]he next,? (?:[\w-]+ )?$/;

export function isNextEdition(text: string, trigger: { start: number; end: number }): boolean {
  return /^next\b/.test(text.slice(trigger.start, trigger.end)) || NEXT_BEFORE.test(text.slice(0, trigger.start));
}

/** "the next meeting of the investment commission": the words naming the series ("investment", "commission"). */
export function seriesWords(text: string, trigger: { end: number }): string[] {
  const phrase = /^\s*(?:of\s+)?(?:the\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(text.slice(trigger.end))?.[1] ?? '';
  return phrase.split(/\s+/).filter((w) => w.length > 3);
}

/**
 * The bodies holding a coming edition: international ones named in its sentence, else the body
 * of an earlier gathering named by the series' words, else that of the last gathering with one.
 */
export function seriesBodies(
  sentenceBodies: readonly string[],
  words: readonly string[],
  earlier: ReadonlyArray<{ kind: string; orgs: readonly string[] }>,
): string[] {
  if (sentenceBodies.length > 0) return [...sentenceBodies];
  const bodied = earlier.filter((c) => c.orgs.length > 0).reverse();
  const named = bodied.find((c) => c.orgs.some((o) => words.some((w) => o.toLowerCase().includes(w))));
  const lastEvent = bodied.find((c) => c.kind === 'event');
  return [...((named ?? lastEvent)?.orgs ?? [])];
}
