// Organizations: curated names first, then general shapes — a capitalized phrase ending in an
// organizational head word ("... Committee", "... Ministry of X"), bilateral bodies written in
// lower case ("China-Russia committee for parliamentary cooperation") and quoted party names.
import type { MentionFact, OrganizationFact } from '../types.ts';
import { countries, demonyms, gazetteerAt, lookupFolded, organizations, places } from '../link/knowledge.ts';
import { isCourtesyAbbreviation, isOrdinalToken } from '../recognize/names.ts';
import { lexicon } from '../link/lexicon.ts';
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';
import { foldName, isAllCaps, isCapitalized, type Token } from '../recognize/tokens.ts';

const HEADS = new Set(
  ('Committee Subcommittee Commission Council Ministry Party Congress Assembly Duma Bureau Academy Institute Center ' +
    'Centre Organization Organisation Union Agency Bank Corporation Company University Parliament Government ' +
    'Administration Office Department Service Court Fund Association Society Foundation Chamber Presidium Secretariat ' +
    'Forces Army Navy Police Authority Board League Alliance Club Holding Airlines Railways Federation Conference ' +
    'Politburo Directorate Inspectorate Procuratorate Guard Embassy Consulate Group Fleet Force School Laboratory').split(' '),
);

/** Heads of a body every country or place has one of: with only its place, it names that body ("Russian Navy", "Assembly of Kosovo"). */
const PLACE_BODIES = new Set('Government Parliament Assembly Army Navy Forces Embassy Consulate Customs Police'.split(' '));

/** Generic organ words: an organ made only of these needs its parent in its name ("Standing Committee of the NPC"). */
const ORGAN_WORDS = new Set(
  ('Standing Central National Political Executive General Permanent Joint Supreme Military Committee Commission ' +
    'Council Bureau Office Secretariat Presidium Department Ministry Board Assembly Congress').split(' '),
);

/** Capitalized words that end an organization phrase: titles and dates. */
const STOP = new Set(
  ('Minister President Premier Chairman Chairwoman Secretary Spokesperson Spokesman Spokeswoman Ambassador Aide ' +
    'Speaker Director Vice Deputy Assistant Mayor Governor Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December The This That In On At As A An ' +
    'Meeting Session Summit Forum Talks Round ' +
    // Groups of people lead a sentence before the body they belong to ("Officials of the ...").
    'Officials Representatives Executives Members Delegates Delegations Leaders Heads Experts Staff Employees ' +
    'Students Scholars Participants Speaking According ' +
    // A party's standing, capitalised by the sentence it opens ("Opposition Labour Party leader X").
    'Opposition Ruling Governing')
    .split(' '),
);

export const isOrgHead = (word: string): boolean => HEADS.has(word);

/** "Assembly of Heads of State and Government", "Council of Heads of Government": the members a body is made of. */
const headsOf = (tokens: readonly Token[], k: number): boolean => tokens[k]?.text === 'Heads' && tokens[k + 1]?.text === 'of' && /^(?:State|Government)$/.test(tokens[k + 2]?.text ?? '');

export interface OrgMatch {
  length: number;
  acronym?: string;
}

/**
 * An organization phrase starting at `tokens[i]`, or null. `personAt(k)` tells whether a
 * personal name starts at token k (names end an org phrase: "State Duma Alexander Babakov").
 */
export function genericOrgAt(
  tokens: readonly Token[],
  keys: readonly string[],
  i: number,
  end: number,
  personAt: (k: number) => boolean,
): OrgMatch | null {
  let k = i;
  if (isOrdinalToken(tokens[k])) k++;
  const start = k;
  if (!isCapitalized(tokens[start]) || STOP.has(tokens[start]?.text ?? '')) return null;
  // "heads of State and Government" names people, not a government.
  if (/^[Hh]eads$/.test(tokens[start - 2]?.text ?? '') && tokens[start - 1]?.text === 'of') return null;
  let lastGood = -1;
  let sawHead = false;
  let inComplement = false;
  const ofs: number[] = [];
  let acronym: string | undefined;
  while (k < end) {
    const t = tokens[k];
    if (t === undefined) break;
    if (isCapitalized(t) && (!STOP.has(t.text) || (inComplement && headsOf(tokens, k)))) {
      if (k > start && (personAt(k) || isCourtesyAbbreviation(tokens, k))) break;
      // "House of Commons", "House of Representatives", but not "Government House".
      if (HEADS.has(t.text) || (t.text === 'House' && tokens[k + 1]?.text === 'of')) {
        sawHead = true;
        lastGood = k;
      } else if (sawHead && inComplement) lastGood = k;
      k++;
      continue;
    }
    const next = tokens[k + 1];
    // "S. Rajaratnam School": an initial inside the name.
    if (t.text === '.' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? '') && isCapitalized(next)) {
      k++;
      continue;
    }
    if (t.norm === '-' && k > start && isCapitalized(next)) {
      k++;
      continue;
    }
    // "Association of Serb-majority Municipalities": a compound modifier inside the name.
    if (t.norm === '-' && sawHead && t.start === tokens[k - 1]?.end && next?.start === t.end && /^\p{Ll}+$/u.test(next.text) && isCapitalized(tokens[k + 2])) {
      k += 2;
      continue;
    }
    // "State Council's Development Research Center", "Chinese People's Association ..."
    if (t.norm === "'s" && (sawHead || tokens[k - 1]?.text === 'People') && isCapitalized(next)) {
      k++;
      continue;
    }
    // "Workers' Party of Korea", "Farmers' Union": a plural possessive before the head.
    if (/^['’]$/.test(t.text) && t.start === tokens[k - 1]?.end && /s$/.test(tokens[k - 1]?.text ?? '') && isCapitalized(next) && HEADS.has(next?.text ?? '')) {
      k++;
      continue;
    }
    // "Chinese Embassy in Moscow": a mission is named with the capital it sits in.
    if (t.text === 'in' && /^(?:Embassy|Consulate)$/.test(tokens[k - 1]?.text ?? '') && gazetteerAt(keys, k + 1).some((e) => e.kind === 'place')) {
      lastGood = k + gazetteerAt(keys, k + 1).filter((e) => e.kind === 'place').reduce((n, e) => Math.max(n, e.keys.length), 0);
      k = lastGood + 1;
      continue;
    }
    if (t.text === 'of' || t.text === 'for' || t.text === 'on' || t.text === 'and' || (t.text === 'with' && inComplement)) {
      // "Leonid Slutsky of the LDPR", "Member of the Political Bureau", "China for the SCO",
      // "Andrey Rudenko and State Duma": a name, title or country before a preposition is not
      // the start of a body, which names its head word first ("Bank of China"); "Oil and Gas
      // Company" may coordinate before it.
      if (!sawHead && (t.text !== 'and' || personAt(start))) break;
      let n = k + 1;
      if (tokens[n]?.text === 'the') n++;
      if (n >= end || !isCapitalized(tokens[n]) || (STOP.has(tokens[n]?.text ?? '') && !(sawHead && headsOf(tokens, n)))) break;
      // "and the ...", "and Russia's former ambassador": a second phrase, not part of this name.
      if (t.text === 'and' && (n !== k + 1 || tokens[n + 1]?.norm === "'s" || gazetteerAt(keys, n).some((e) => e.kind !== 'org'))) break;
      if (t.text === 'and' && coordinatesNames(tokens, keys, k, end)) break;
      if (t.text === 'of' && sawHead) ofs.push(k);
      if (sawHead) inComplement = true;
      k = n;
      continue;
    }
    if (t.text === '(' && isAllCaps(next) && tokens[k + 2]?.text === ')' && lastGood === k - 1) {
      acronym = next?.text;
      lastGood = k + 2;
      k += 3;
      continue;
    }
    break;
  }
  if (lastGood < start) return null;
  // "Visiting Forces Agreement": a head inside a longer name of something else is no body.
  const after = tokens[lastGood + 1];
  if (!inComplement && lastGood + 1 < k && isCapitalized(after) && !STOP.has(after?.text ?? '') && !personAt(lastGood + 1)) return null;
  let last = lastGood;
  // "Euro-Asian ... Institute of the State Council's Development Research Center", "Institute
  // of China and Contemporary Asia of the Russian Academy of Sciences": a self-standing body
  // ends before "of <another organization>", which becomes its parent. An organ ("Organization
  // Department of the CPC Central Committee") is named with the body it belongs to.
  for (const of of ofs) {
    // "Council of Heads of State of the SCO": a body of members is named with the one they head.
    if (of >= last || isOrganOnly(tokens, start, of) || ORGAN_WORDS.has(tokens[of - 1]?.text ?? '') || headsOf(tokens, of - 3)) continue;
    const after = tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
    if (gazetteerAt(keys, after).some((e) => e.kind === 'org')) {
      last = of - 1;
      break;
    }
  }
  if (last - start < 1 || !hasOwnWords(tokens, keys, start, last + 1)) return null;
  return { length: last + 1 - i, ...(acronym !== undefined && last === lastGood ? { acronym } : {}) };
}

/**
 * "A and B" naming two bodies rather than one ("Ministry of Culture and Tourism"): the first
 * closed by its inline acronym or its head word ("CNPC (CNPC) and Gazprom", "Rosatom Corporation
 * and Novatek"), or by a country that the second part does not continue as a place ("State Grid
 * Corporation of China and Rosseti", but "Institute of China and Contemporary Asia").
 */
function coordinatesNames(tokens: readonly Token[], keys: readonly string[], and: number, end: number): boolean {
  const before = tokens[and - 1]?.text ?? '';
  if (before === ')' || HEADS.has(before)) return true;
  if (!gazetteerAt(keys, and - 1).some((e) => e.kind === 'place' && e.keys.length === 1)) return false;
  for (let k = and + 1; k < end && isCapitalized(tokens[k]); k++) {
    if (gazetteerAt(keys, k).some((e) => e.kind === 'place')) return false;
  }
  return true;
}

function isOrganOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ORGAN_WORDS.has(tokens[k]?.text ?? '')) return false;
  return true;
}

/**
 * Rejects "Russian Federation Conference": an org needs a word that is neither a head nor a
 * place, unless its one head names a place's own body ("Russian Navy", "Assembly of Kosovo").
 */
function hasOwnWords(tokens: readonly Token[], keys: readonly string[], from: number, to: number): boolean {
  let heads = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t === undefined || !isCapitalized(t) || demonyms.has(t.text)) continue;
    if (HEADS.has(t.text)) {
      heads += PLACE_BODIES.has(t.text) ? 1 : 2;
      continue;
    }
    if (gazetteerAt(keys, k).some((e) => e.kind === 'place' && e.keys.length === 1)) continue;
    return true;
  }
  return heads === 1;
}

const BILATERAL = /\b(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+) ((?:[a-z]+ ){0,2}?(?:sub)?(?:committee|commission|council|working group) (?:for|on) [a-z]+(?: (?:and )?[a-z]+){0,5}? cooperation)\b/gu;
/** "the Prime Minister's Office", "the President's Office": the office of a title is a body. */
const TITLE_OFFICE = new RegExp(`\\b(?:(?:${lexicon.titleModifiers.join('|')}) )*(?:${lexicon.titleHeads.join('|')})['’]s (?:Office|Secretariat)\\b`, 'gu');
/** "Kosovo's Assembly": a place's own body, named as its official form is ("Assembly of Kosovo"). */
const PLACE_BODY = new RegExp(`\\b(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)['’]s (${[...PLACE_BODIES].join('|')})\\b`, 'gu');
const QUOTED_PARTY = /[“"](\p{Lu}[^”"]{1,60})[”"] party\b/gu;

export interface PhraseMatch {
  start: number;
  end: number;
  known: string[];
}

/** Organizations written in lower case or in quotes, found by pattern on the sentence text. */
export function orgPhrases(text: string, offset: number): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const m of text.matchAll(BILATERAL)) {
    const a = countryWord(m[1] ?? '');
    const b = countryWord(m[2] ?? '');
    if (a === null || b === null) continue;
    const start = offset + (m.index ?? 0);
    found.push({ start, end: start + m[0].length, known: [bilateralName(a, b, m[0])] });
  }
  for (const m of text.matchAll(PLACE_BODY)) {
    const place = places.get(m[1] ?? '');
    if (place?.kind !== 'country' && place?.kind !== 'region') continue;
    const start = offset + (m.index ?? 0);
    found.push({ start, end: start + m[0].length, known: [`${m[2] ?? ''} of ${place.name}`] });
  }
  for (const m of text.matchAll(TITLE_OFFICE)) {
    const start = offset + (m.index ?? 0);
    found.push({ start, end: start + m[0].length, known: [m[0]] });
  }
  for (const m of text.matchAll(QUOTED_PARTY)) {
    const inner = m[1] ?? '';
    const known = lookupFolded(inner);
    const start = offset + (m.index ?? 0) + 1;
    found.push({ start, end: start + inner.length, known: known?.kind === 'org' ? known.names : [inner] });
  }
  return found;
}

function countryWord(word: string): string | null {
  if (countries.has(word)) return word;
  return demonyms.get(word) ?? null;
}

/** The curated name when the body is known in either country order; else the spelling seen. */
function bilateralName(a: string, b: string, surface: string): string {
  const rest = surface.slice(surface.indexOf(' ') + 1);
  const key = [a, b].sort().join(' ') + ' ' + foldName(rest);
  for (const o of organizations.values()) {
    const m = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+) (.+)$/u.exec(o.name);
    if (!m) continue;
    const x = countryWord(m[1] ?? '');
    const y = countryWord(m[2] ?? '');
    if (x !== null && y !== null && [x, y].sort().join(' ') + ' ' + foldName(m[3] ?? '') === key) return o.name;
  }
  return surface;
}

interface OrgEntry {
  fact: OrganizationFact;
  /** First token index of the first mention, for order. */
  order: number;
}

/** Country stated just before a span: "Russian ...", "China's ...". */
export function countryCue(r: Recognized, i: number): string | null {
  const prev = r.tokens[i - 1];
  if (prev?.norm === "'s") {
    const owner = r.tokens[i - 2]?.text ?? '';
    return countries.has(owner) ? owner : null;
  }
  return demonyms.get(prev?.text ?? '') ?? null;
}

function canonicalOf(r: Recognized, s: Span, present: Set<string>, datelineCountry: string | null): string {
  if (s.name !== undefined) return s.name;
  const surface = spanText(r, s);
  // "Foreign Ministry" names the ministry of the country the sentence or the story is about; a
  // curated body counts only when it is that country's, never by default.
  if (s.known.length > 0 && isAmbiguousForm(surface, s.known)) {
    const country = countryCue(r, s.i) ?? datelineCountry;
    const byCountry = s.known.find((n) => organizations.get(n)?.country === country && country !== null);
    const inStory = countryCue(r, s.i) === null ? s.known.find((n) => present.has(n)) : undefined;
    return byCountry ?? inStory ?? (country === null ? null : ministryName(surface, country)) ?? surface;
  }
  if (s.known.length === 1) return s.known[0] ?? '';
  if (s.known.length > 1) {
    const cue = countryCue(r, s.i) ?? null;
    const byCue = s.known.find((n) => organizations.get(n)?.country === cue);
    return byCue ?? s.known.find((n) => present.has(n)) ??
      s.known.find((n) => organizations.get(n)?.country === datelineCountry) ?? s.known[0] ?? '';
  }
  // Unknown phrase: drop an ordinal ("20th") and look the rest up.
  let i = s.i;
  if (isOrdinalToken(r.tokens[i])) i++;
  const rest = r.keys.slice(i, s.j);
  const known = gazetteerAt(rest, 0).find((e) => e.kind === 'org' && e.keys.length === rest.length);
  if (known?.names[0] !== undefined) return known.names[0];
  const folded = withoutCountryTail(r, i, s.j);
  if (folded !== null) return folded;
  const written = r.body.slice(r.tokens[i]?.start ?? 0, r.tokens[s.j - 1]?.end ?? 0).replace(/\s*\([A-Z]{2,}\)$/, '');
  const country = countryCue(r, s.i) ?? leadingCountry(r, s) ?? datelineCountry;
  return (country === null ? null : ministryName(written, country)) ?? written;
}

/** A surface form that curated knowledge lists as naming a different body in each country. */
function isAmbiguousForm(surface: string, known: readonly string[]): boolean {
  const key = foldName(surface);
  return known.some((n) => organizations.get(n)?.ambiguous?.some((a) => foldName(a) === key));
}

/** Portfolios as ministries are officially named ("Foreign" ministry: of Foreign Affairs). */
const PORTFOLIO_NAMES: Record<string, string> = { Foreign: 'Foreign Affairs', Defence: 'Defense', Home: 'Home Affairs' };

/**
 * "Defense Ministry", "Japanese Foreign Ministry", "Ministry of Trade" of a known country:
 * the official form "Ministry of Defense of Japan", so every country's ministries are named alike.
 */
function ministryName(surface: string, country: string): string | null {
  const before = /^(?:(?:\p{Lu}\p{L}+(?:'s)?) )?(\p{Lu}\p{L}+(?: (?:and )?\p{Lu}\p{L}+)?) Ministry$/u.exec(surface);
  const after = /^Ministry of (\p{Lu}\p{L}+(?: (?:and )?\p{Lu}\p{L}+){0,3}?)(?: of (?:the )?\p{Lu}[\p{L} ]+)?$/u.exec(surface);
  const portfolio = before?.[1] ?? after?.[1];
  if (portfolio === undefined || demonyms.has(portfolio) || countries.has(portfolio)) return null;
  return `Ministry of ${PORTFOLIO_NAMES[portfolio] ?? portfolio} of ${country}`;
}

export function assembleOrganizations(
  r: Recognized,
  datelineCountry: string | null,
): { facts: OrganizationFact[]; nameOfSpan: Map<Span, string> } {
  const byName = new Map<string, OrgEntry>();
  const nameOfSpan = new Map<Span, string>();
  const present = new Set<string>();
  const orgSpans = r.spans.filter((s) => s.type === 'org');
  for (const s of orgSpans) {
    const name = canonicalOf(r, s, present, datelineCountry);
    nameOfSpan.set(s, name);
    present.add(name);
    const mention: MentionFact = {
      text: spanText(r, s),
      start: r.tokens[s.i]?.start ?? 0,
      end: r.tokens[s.j - 1]?.end ?? 0,
      sentence: s.sentence,
    };
    let entry = byName.get(name);
    if (!entry) {
      const known = organizations.get(name);
      entry = {
        order: s.i,
        fact: {
          name,
          acronym: known?.acronyms?.[0] ?? null,
          country: known ? known.country : null,
          parent: known?.parent ?? null,
          aliases: [],
          mentions: [],
        },
      };
      if (!known) entry.fact.country = countryCue(r, s.i) ?? countryInName(name) ?? leadingCountry(r, s);
      byName.set(name, entry);
    }
    if (s.acronym !== undefined) entry.fact.acronym ??= s.acronym;
    entry.fact.mentions.push(mention);
    if (mention.text !== name && !entry.fact.aliases.includes(mention.text)) entry.fact.aliases.push(mention.text);
  }
  // Parents of bodies found by shape: the organization nested in or following them.
  for (const s of orgSpans) {
    const entry = byName.get(nameOfSpan.get(s) ?? '');
    if (!entry || organizations.has(entry.fact.name) || entry.fact.parent !== null) continue;
    const inner = orgSpans.find((o) => o !== s && o.i >= s.i && o.j <= s.j && nameOfSpan.get(o) !== entry.fact.name);
    const after = s.j + (r.tokens[s.j + 1]?.text === 'the' ? 2 : 1);
    const following = r.tokens[s.j]?.text === 'of' ? orgSpans.find((o) => o.i === after) : undefined;
    const parentSpan = inner ?? following;
    const parent = parentSpan ? nameOfSpan.get(parentSpan) : undefined;
    if (parent !== undefined) {
      entry.fact.parent = parent;
      entry.fact.country ??= byName.get(parent)?.fact.country ?? null;
    }
  }
  for (const { fact } of byName.values()) {
    // An article that writes a body only by its acronym ("AFP", "NATO") names it so; the full
    // name stays an alias for merging across articles.
    const written = fact.mentions.map((m) => m.text);
    if (organizations.has(fact.name) && written.length > 0 && written.every((w) => /^[\p{Lu}.]+$/u.test(w))) {
      const acronym = written[0] ?? fact.name;
      fact.aliases = [fact.name, ...fact.aliases.filter((a) => a !== acronym)];
      fact.name = acronym;
    }
  }
  const renamed = new Map([...byName].map(([key, e]) => [key, e.fact.name]));
  for (const [span, key] of nameOfSpan) nameOfSpan.set(span, renamed.get(key) ?? key);
  const facts = [...byName.values()].sort((a, b) => a.order - b.order).map((e) => e.fact);
  return { facts, nameOfSpan };
}

/**
 * "State Duma of Russia", "NPC of China": a known body with its own country as a tail is that
 * body; the tail only says whose it is.
 */
function withoutCountryTail(r: Recognized, from: number, to: number): string | null {
  const of = to - (r.tokens[to - 2]?.text === 'the' ? 3 : 2);
  if (of <= from || r.tokens[of]?.text !== 'of') return null;
  const country = countryInName(r.body.slice(r.tokens[of]?.start ?? 0, r.tokens[to - 1]?.end ?? 0));
  const head = r.keys.slice(from, of);
  const body = gazetteerAt(head, 0).find((e) => e.kind === 'org' && e.keys.length === head.length)?.names[0];
  return body !== undefined && country !== null && organizations.get(body)?.country === country ? body : null;
}

function countryInName(name: string): string | null {
  const m = /\bof (?:the )?([A-Z][\w ]+)$/.exec(name);
  const tail = m?.[1];
  if (tail === undefined) return null;
  const place = places.get(tail) ?? places.get(lookupFolded(tail)?.names[0] ?? '');
  return place?.kind === 'country' ? place.name : null;
}

/** "Russian Energy Ministry", "China National Petroleum Corporation", "Heilongjiang Provincial ...". */
function leadingCountry(r: Recognized, s: Span): string | null {
  let i = s.i;
  if (isOrdinalToken(r.tokens[i])) i++;
  if (/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(r.body.slice(r.tokens[i]?.start ?? 0, r.tokens[i + 2]?.end ?? 0))) return null;
  const demonym = demonyms.get(r.tokens[i]?.text ?? '');
  if (demonym !== undefined) return demonym;
  const place = gazetteerAt(r.keys, i).find((e) => e.kind === 'place');
  const known = places.get(place?.names[0] ?? '');
  if (!known || (place?.keys.length ?? 0) >= s.j - i) return null;
  return known.kind === 'country' ? known.name : (known.country ?? null);
}
