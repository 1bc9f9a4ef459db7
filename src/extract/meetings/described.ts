// Participants introduced by title only: once "Saudi Foreign Minister Faisal bin Farhan" has been
// named, "the Saudi foreign minister" or "Qatar's prime minister" in a later sentence is that
// person, when no one else in the article holds that title for that country; and "his Congolese
// and Rwandan counterparts", which a lead writes before it names them, is the one person of the
// article from each of those countries.
import type { PersonFact } from '../types.ts';
import { demonyms } from '../link/knowledge.ts';

interface Description {
  name: string;
  pattern: RegExp;
  /** The sentence of the person's first mention: a description refers back, never forward. */
  after: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new WeakMap<readonly PersonFact[], Description[]>();

/** The title-only descriptions of an article's people that pick out one person each. */
function descriptionsOf(people: readonly PersonFact[]): Description[] {
  const cached = cache.get(people);
  if (cached) return cached;
  const holders = new Map<string, Set<string>>();
  for (const p of people) {
    for (const r of p.roles) {
      if (r.country === null) continue;
      const key = `${r.country}\u0000${r.title.toLowerCase()}`;
      holders.set(key, (holders.get(key) ?? new Set()).add(p.name));
    }
  }
  const out: Description[] = [];
  for (const [key, names] of holders) {
    const [name] = [...names];
    if (names.size !== 1 || name === undefined) continue;
    const [country = '', title = ''] = key.split('\u0000');
    const forms = [...[...demonyms].filter(([, c]) => c === country).map(([d]) => `[Tt]he ${escape(d)}`), `${escape(country)}['’]s`];
    const person = people.find((p) => p.name === name);
    const after = Math.min(...(person?.mentions.map((m) => m.sentence) ?? [Infinity]));
    // The title in any case, not followed by a name it is the title of ("the Saudi foreign minister, Prince ...").
    const pattern = new RegExp(`(?:${forms.join('|')}) (?:${escape(title).replace(/[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)})\\b(?![ ,]+\\p{Lu})`, 'gu');
    out.push({ name, pattern, after });
  }
  cache.set(people, out);
  return out;
}

/** People named by title only in a sentence, with where each description starts. */
export function describedPeople(text: string, sentence: number, people: readonly PersonFact[]): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = [];
  for (const d of descriptionsOf(people)) {
    if (sentence <= d.after) continue;
    for (const m of text.matchAll(d.pattern)) found.push({ name: d.name, at: m.index ?? 0 });
  }
  return found;
}

/** "his Congolese and Rwandan counterparts", "her Kenyan counterpart". */
const COUNTERPARTS = /\b(?:his|her|their)\s+(\p{Lu}\p{Ll}+(?:(?:,\s*|,?\s+and\s+)\p{Lu}\p{Ll}+)*)\s+counterparts?\b/gu;

/** The people a "counterparts" phrase describes: for each nationality, the one person of that country in the article. */
export function describedCounterparts(text: string, people: readonly PersonFact[]): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = [];
  for (const m of text.matchAll(COUNTERPARTS)) {
    for (const demonym of (m[1] ?? '').split(/,\s*|,?\s+and\s+/)) {
      const country = demonyms.get(demonym);
      const of = people.filter((p) => p.country === country || p.roles.some((r) => r.country === country));
      if (country !== undefined && of.length === 1 && of[0]) found.push({ name: of[0].name, at: m.index ?? 0 });
    }
  }
  return found;
}
