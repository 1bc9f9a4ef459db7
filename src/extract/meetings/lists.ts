// One clause often reports a meeting with each of several counterparts: "met with A, ..., and
// with B", "held separate meetings with A and B", "held telephone conversations with A and B",
// "met with the foreign ministers of A, B and C" (each from another country), "met A and B
// separately", "Among the leaders
// who have met with X this week are A, B and C". These rules split such a list into one meeting
// per counterpart; "a trilateral meeting with A and B" or guests from one country stay together.
// Courtesy calls on several hosts are one call each.

/** The people named in [lo, hi) of the sentence, in order. */
export type PersonsIn = (lo: number, hi: number) => string[];

export interface CounterpartList {
  /** People who take part in every meeting of the list (the host, "X" of "met with X"). */
  hub: string[];
  /** One entry per meeting: the counterparts met in it. */
  groups: string[][];
}

/** Words that make several counterparts one gathering. */
const TOGETHER = /\b(?:trilateral|three-way|joint|jointly|together|group)\b/i;
/** "separate meetings with", "telephone conversations with": one meeting per counterpart. */
const ONE_EACH = /\b(?:separate|individual|respective)\b|\b(?:meetings|conversations|calls)\s+with\b/;
/** "Among the leaders who have already met with X this week are A, B and C." */
const AMONG_WHO = /\bAmong (?:the )?(?:[\w-]+ ){1,3}who (?:have |has |had )?(?:already )?$/;
const LIST_COPULA = /\s(?:are|were|include|included)\s/;

/**
 * The meetings a trigger's clause reports with a list of counterparts, or null when it reports
 * one meeting. `countryOf` gives a person's country when known.
 */
export function counterpartList(
  text: string,
  trigger: { start: number; end: number },
  clauseEnd: number,
  persons: PersonsIn,
  countryOf: (name: string) => string | null,
): CounterpartList | null {
  const among = amongList(text, trigger, clauseEnd, persons);
  if (among) return among;
  const clause = text.slice(trigger.start, clauseEnd);
  // "met A and B separately in the morning before bringing them together": one each, then a meeting of its own.
  const separately = /\bseparately\b/.exec(clause);
  if (separately && !TOGETHER.test(clause.slice(0, separately.index))) {
    const each = persons(trigger.end, trigger.start + separately.index);
    if (each.length > 1) return { hub: [], groups: each.map((p) => [p]) };
  }
  if (TOGETHER.test(clause)) return null;
  // "pay courtesy calls on A and B": a courtesy call is paid to one host at a time.
  const courtesy = /^(?:pay|pays|paid|paying) (?:a )?courtesy (?:calls?|visits?) (?:on|to)\s/.exec(text.slice(trigger.start, clauseEnd));
  if (courtesy) {
    const hosts = persons(trigger.start + courtesy[0].length, clauseEnd);
    return hosts.length > 1 ? { hub: [], groups: hosts.map((p) => [p]) } : null;
  }
  // "held talks with A and with B": the counterparts start at the first "with".
  const withAt = /^\s*(?:[a-z-]+\s+){0,3}?with\s/.exec(text.slice(trigger.start, clauseEnd));
  if (!withAt) return null;
  const listStart = trigger.start + withAt[0].length;
  const repeated = splitByRepeatedWith(text, listStart, clauseEnd).map(([lo, hi]) => persons(lo, hi));
  if (repeated.length > 1) return { hub: [], groups: repeated.filter((g) => g.length > 0) };
  const counterparts = persons(listStart, clauseEnd);
  if (counterparts.length < 2) return null;
  const oneEach = ONE_EACH.test(text.slice(trigger.start, listStart)) || fromDistinctCountries(counterparts, countryOf);
  return oneEach ? { hub: [], groups: counterparts.map((p) => [p]) } : null;
}

/** "Among the leaders who have already met with X this week are A, B and C." */
function amongList(text: string, trigger: { start: number; end: number }, clauseEnd: number, persons: PersonsIn): CounterpartList | null {
  if (!AMONG_WHO.test(text.slice(0, trigger.start))) return null;
  const copula = LIST_COPULA.exec(text.slice(trigger.end, clauseEnd));
  if (!copula) return null;
  const listStart = trigger.end + copula.index + copula[0].length;
  const hub = persons(trigger.end, listStart);
  const listed = persons(listStart, clauseEnd);
  return hub.length > 0 && listed.length > 1 ? { hub, groups: listed.map((p) => [p]) } : null;
}

/** Guests each from another country are met one by one (a bilateral meeting is with one side). */
function fromDistinctCountries(people: readonly string[], countryOf: (name: string) => string | null): boolean {
  const countries = people.map(countryOf);
  return countries.every((c) => c !== null) && new Set(countries).size === countries.length;
}

/** Splits "A, who ..., and with B" at ", and with" / " and with"; a single part when there is none. */
function splitByRepeatedWith(text: string, from: number, to: number): Array<readonly [number, number]> {
  const parts: Array<readonly [number, number]> = [];
  let start = from;
  for (const m of text.slice(from, to).matchAll(/,?\s+and\s+with\s+/g)) {
    const at = from + (m.index ?? 0);
    parts.push([start, at]);
    start = at + m[0].length;
  }
  parts.push([start, to]);
  return parts;
}
