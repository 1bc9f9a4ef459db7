// Places: curated cities, regions, countries and venues, plus unknown ones by shape —
// "X Province", "X Oblast", "the city of X", "X, a ... city".
import type { PlaceFact, PlaceKind } from '../types.ts';
import { countries, places as knownPlaces } from '../link/knowledge.ts';
import { isNameWord } from '../recognize/names.ts';
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';
import { isCapitalized, type Token } from '../recognize/tokens.ts';

const REGION_SUFFIX = /^(?:Province|province|Oblast|oblast|Krai|krai|Region|region|Prefecture|prefecture|Republic|Autonomous)$/;
const CITY_NOUNS = new Set(['city', 'town', 'port', 'capital', 'village']);
/** "Convention Centre", "Exhibition Center": a hall for events, never a body, wherever it is named. */
const EVENT_HALL = /^(?:Convention|Exhibition|Conference|Congress|Expo|Exposition)$/;
const HALL = /^(?:Centre|Center|Hall|Complex)$/;
/** Buildings named where something takes place: "at Hyderabad House", "at the Palace of Independence". */
const BUILDING = /^(?:House|Palace|Hall|Hotel|Building|Residence|Centre|Center)$/;
/** Building words that open a name in other languages: Arabic "Qasr", Spanish and Portuguese "Palacio", French "Palais". */
const FOREIGN_BUILDING = /^(?:Qasr|Palacio|Palácio|Palais|Palazzo)$/;

/**
 * A venue by its head word at `tokens[i]`: "Kuala Lumpur Convention Centre", "NEST Congress and
 * Exhibition Center" anywhere; a building ("… House", "Palace of …") only after "at".
 */
function venueAt(tokens: readonly Token[], i: number, end: number): number {
  // "at X House", "at the X Palace", "in the X Building".
  const locative = tokens[i - 1]?.text === 'at' || (tokens[i - 1]?.text === 'the' && /^(?:at|in|inside)$/.test(tokens[i - 2]?.text ?? ''));
  // "at Qasr Al Watan", "at Palacio San Martín": a building word of another language opens the name.
  if (locative && FOREIGN_BUILDING.test(tokens[i]?.text ?? '') && isCapitalized(tokens[i + 1]) && i + 1 < end) {
    let k = i + 1;
    while (k < end && isCapitalized(tokens[k])) k++;
    return k - i;
  }
  let found = 0;
  for (let k = i; k < Math.min(end, i + 8); k++) {
    const t = tokens[k];
    // "Al-Yamamah Palace": a hyphen inside a word of the name.
    if (k > i && t?.text === '-' && t.start === tokens[k - 1]?.end && isCapitalized(tokens[k + 1])) continue;
    // "Sir John A. Macdonald Building": an initial's full stop.
    if (k > i && t?.text === '.' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '') && isCapitalized(tokens[k + 1])) continue;
    if (!isCapitalized(t)) {
      // "Congress and Exhibition Center", "Palace of Independence", "House of the Estates"
      const n = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
      if (k > i && (t?.text === 'and' || t?.text === 'of') && isCapitalized(tokens[n])) {
        k = n - 1;
        continue;
      }
      break;
    }
    const text = t?.text ?? '';
    if (k > i && HALL.test(text) && EVENT_HALL.test(tokens[k - 1]?.text ?? '')) found = k + 1 - i;
    else if (locative && (k > i || tokens[k + 1]?.text === 'of') && BUILDING.test(text)) found = k + 1 - i;
    else if (found > 0 && locative && tokens[k - 1]?.text !== 'and') found = k + 1 - i; // "Palace of Independence"
  }
  return found;
}

export interface PlaceMatch {
  length: number;
  kind: PlaceKind;
}

/** An unknown place by its shape at `tokens[i]`, or null. */
export function placePatternAt(tokens: readonly Token[], i: number, end: number): PlaceMatch | null {
  const t = tokens[i];
  if (!isCapitalized(t)) return null;
  const venue = venueAt(tokens, i, end);
  if (venue > 0) return { length: venue, kind: 'venue' };
  if (i + 1 < end && REGION_SUFFIX.test(tokens[i + 1]?.text ?? '') && isNameWord(t)) return { length: 2, kind: 'region' };
  // "the Russian city of Kazan", "the port of X"
  if (tokens[i - 1]?.text === 'of' && CITY_NOUNS.has(tokens[i - 2]?.text ?? '') && isNameWord(t)) {
    return { length: isNameWord(tokens[i + 1]) && i + 1 < end ? 2 : 1, kind: 'city' };
  }
  // "Shenzhen, a southern coastal city in China"
  if (tokens[i + 1]?.text === ',' && /^(?:a|the)$/.test(tokens[i + 2]?.text ?? '') && isNameWord(t)) {
    for (let k = i + 3; k < Math.min(end, i + 7); k++) {
      const w = tokens[k]?.text ?? '';
      if (CITY_NOUNS.has(w)) return { length: 1, kind: 'city' };
      if (!/^[a-z-]+$/.test(w)) break;
    }
  }
  return null;
}

export function assemblePlaces(r: Recognized): PlaceFact[] {
  const facts = new Map<string, PlaceFact>();
  for (const s of r.spans) {
    if (s.type !== 'place') continue;
    const surface = spanText(r, s);
    const known = knownPlaces.get(s.known[0] ?? '');
    const key = known?.name ?? s.name ?? s.known[0] ?? surface;
    let fact = facts.get(key);
    if (!fact) {
      fact = {
        name: key,
        kind: known?.kind ?? s.placeKind ?? 'city',
        country: known ? (known.kind === 'country' ? known.name : (known.country ?? null)) : countryNear(r, s),
        parent: known?.parent ?? null,
        aliases: [],
        mentions: [],
      };
      facts.set(key, fact);
    }
    // "Zhejiang province": gold names regions the way the article writes them, suffix included.
    if (known?.kind === 'region' && surface !== known.name && surface.startsWith(known.name) && fact.name === known.name) {
      fact.aliases.push(fact.name);
      fact.name = surface;
    }
    fact.mentions.push({ text: surface, start: r.tokens[s.i]?.start ?? 0, end: r.tokens[s.j - 1]?.end ?? 0, sentence: s.sentence });
    if (surface !== fact.name && !fact.aliases.includes(surface)) fact.aliases.push(surface);
  }
  return [...facts.values()];
}

/** Country of an unknown place from its context: "the Russian city of X", "X, China". */
function countryNear(r: Recognized, s: Span): string | null {
  const before = r.spans.find((o) => o.j >= s.i - 3 && o.j <= s.i && (o.type === 'demonym' || o.type === 'place'));
  const after = r.tokens[s.j]?.text === ',' ? r.spans.find((o) => o.i === s.j + 1 && o.type === 'place') : undefined;
  for (const o of [after, before]) {
    const name = o?.known[0];
    if (name === undefined) continue;
    if (o?.type === 'demonym') return name;
    if (countries.has(name)) return name;
  }
  return null;
}
