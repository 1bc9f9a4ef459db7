// Finds typed spans (people, organizations, places, titles, demonyms) sentence by sentence:
// page-furniture credits and lower-case org phrases first, then a left-to-right longest-match
// scan over curated names and general shapes, then short forms (surnames, acronyms) that
// refer back to entities already found.
import type { ParsedArticle, PlaceKind } from '../types.ts';
import { creditSpans, type CharSpan } from './credits.ts';
import { readDateline } from '../parse/dateline.ts';
import { demonyms, gazetteerAt, personByShort } from '../link/knowledge.ts';
import { isNameWord, isRoleWord, personNameAt, surnameOf, wordEnd } from './names.ts';
import { genericOrgAt, orgPhrases } from '../classify/organizations.ts';
import { placePatternAt } from '../classify/places.ts';
import { spanText, type Recognized, type Span, type SpanType } from './spans.ts';
import { isCommonWord } from '../link/common-words.ts';
import { tagTokens } from './pos.ts';
import { isTitleHead, titleAt } from './titles.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from './tokens.ts';
import { acronymOrgAt, spelledOutAt } from './acronyms.ts';
import { describedBodyAt } from './described-bodies.ts';

interface Candidate {
  type: SpanType;
  length: number;
  priority: number;
  known: string[];
  acronym?: string;
  placeKind?: PlaceKind;
}

/** Token range covering the char range [start, end), or null. */
function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  let j = lo;
  while (j < tokens.length && (tokens[j]?.end ?? 0) <= end) j++;
  return j > lo ? [lo, j] : null;
}

export function recognize(article: ParsedArticle): Recognized {
  const { body } = article;
  const tokens = tokenize(body);
  const keys = tokens.map((t) => t.norm);
  const sentenceTokens: Array<[number, number]> = [];
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  for (const s of article.sentences) {
    const range = tokenRange(tokens, s.start, s.end) ?? [0, 0];
    sentenceTokens.push(range);
    for (let k = range[0]; k < range[1]; k++) sentenceOf[k] = s.index;
  }
  const r: Recognized = { body, tokens, keys, pos: tagTokens(body, tokens), sentenceTokens, spans: [] };
  const taken = new Uint8Array(tokens.length);

  const reserve = (c: CharSpan): void => {
    const range = tokenRange(tokens, c.start, c.end);
    if (!range || taken.subarray(range[0], range[1]).some((x) => x === 1)) return;
    taken.fill(1, range[0], range[1]);
    r.spans.push({
      type: c.type,
      i: range[0],
      j: range[1],
      sentence: sentenceOf[range[0]] ?? 0,
      known: c.known,
      ...(c.name !== undefined ? { name: c.name } : {}),
      ...(c.role ? { role: c.role } : {}),
    });
  };

  for (const c of creditSpans(article)) reserve(c);
  const lead = datelineSpan(article);
  if (lead) reserve(lead);
  for (const s of article.sentences) {
    for (const m of orgPhrases(s.text, s.start)) reserve({ type: 'org', start: m.start, end: m.end, known: m.known });
  }

  for (const [a, b] of sentenceTokens) scanSentence(r, taken, sentenceOf, a, b);
  addNestedOrgs(r);
  addShortForms(r, taken, sentenceOf);
  r.spans.sort((x, y) => x.i - y.i || y.j - x.j);
  return r;
}

function datelineSpan(article: ParsedArticle): CharSpan | null {
  if (article.dateline === null) return null;
  for (const p of article.paragraphs) {
    if (p.kind !== 'text') continue;
    const text = article.body.slice(p.start, p.end);
    const found = readDateline(text);
    if (found) return { type: 'place', start: p.start, end: p.start + found.placeText.length, known: [found.place] };
  }
  return null;
}

const LED = /^(?:led|headed|chaired|co-chaired|presided|hosted|accompanied|joined|represented)$/;

function scanSentence(r: Recognized, taken: Uint8Array, sentenceOf: Int32Array, a: number, b: number): void {
  const { tokens, keys } = r;
  let previous: Span | undefined;
  const personAt = (k: number): boolean =>
    gazetteerAt(keys, k).some((e) => e.kind === 'person') || personNameAt(tokens, r.pos, k, b, false) > 0;
  let i = a;
  while (i < b) {
    const t = tokens[i];
    if (taken[i] === 1 || t === undefined || !(isCapitalized(t) || /^\d/.test(t.text))) {
      i++;
      continue;
    }
    const candidates: Candidate[] = [];
    const entries = gazetteerAt(keys, i);
    for (const e of entries) {
      if (i + e.keys.length > b || (e.kind === 'place' && !isPlaceUse(tokens, i, i + e.keys.length))) continue;
      const building = entries.some((o) => o !== e && o.keys.length === e.keys.length && o.kind !== e.kind && (o.kind === 'place' || e.kind === 'place'));
      if (building && (e.kind === 'place') !== isLocative(r, i, i + e.keys.length)) continue;
      candidates.push({ type: e.kind, length: e.keys.length, priority: 4, known: e.names });
    }
    const place = placePatternAt(tokens, i, b);
    if (place) candidates.push({ type: 'place', length: place.length, priority: 3.5, known: [], placeKind: place.kind });
    // A title right before the name, or before its comma ("Assistant Minister for Trade, Matt Thistlethwaite").
    const introduced =
      (previous?.type === 'title' && (previous.j === i || (previous.j === i - 1 && /^[,.]$/.test(tokens[i - 1]?.text ?? '')))) ||
      titleOfBody(r, previous, i) ||
      /^counterparts?$/.test(tokens[i - 1]?.text ?? '') ||
      isRoleWord(tokens[i - 1]) ||
      // "The ECB's chief economist, Philip Lane, presented": a role set off by a comma.
      (tokens[i - 1]?.text === ',' && isRoleWord(tokens[i - 2])) ||
      // "Dutch prime minister Rob Jetten", "foreign minister X": a title in lower case, as many outlets write it.
      (/^\p{Ll}/u.test(tokens[i - 1]?.text ?? '') && isTitleHead(capitalise(tokens[i - 1]?.text ?? '')));
    // "a team headed by Gal Hirsch": the agent of leading is someone, if a name of two words or more
    // ("chaired by Eurogroup president X" is no one's single name).
    const ledBy = tokens[i - 1]?.text === 'by' && LED.test(tokens[i - 2]?.text ?? '');
    const person = personNameAt(tokens, r.pos, i, b, introduced || ledBy) || (introduced && singleName(r, i, b) ? 1 : 0);
    if (person > 0) candidates.push({ type: 'person', length: person, priority: 3, known: [] });
    const org = genericOrgAt(tokens, keys, i, b, personAt);
    if (org) {
      candidates.push({
        type: 'org',
        length: org.length,
        priority: 2,
        known: [],
        ...(org.acronym !== undefined ? { acronym: org.acronym } : {}),
      });
    }
    // A name and the acronym of its initials is a body, outranking a personal name of the same words.
    const spelled = spelledOutAt(r, i, b);
    if (spelled) candidates.push({ type: 'org', length: spelled.length, priority: 3.5, known: [], acronym: spelled.acronym });
    // A body with no head word that the sentence says is one: over a person's shape of the same length.
    const described = describedBodyAt(r, i, b);
    if (described > 0) candidates.push({ type: 'org', length: described, priority: 3.2, known: [] });
    const title = titleAt(tokens, keys, i, b);
    if (title > 0) candidates.push({ type: 'title', length: title, priority: 1, known: [] });
    const demonym = demonyms.get(t.text);
    if (demonym !== undefined) candidates.push({ type: 'demonym', length: 1, priority: 0, known: [demonym] });
    const acronym = candidates.length === 0 ? acronymOrgAt(r, i, b) : 0;
    if (acronym > 0) candidates.push({ type: 'org', length: acronym, priority: 0, known: [] });

    let best: Candidate | undefined;
    for (const c of candidates) {
      if (taken.subarray(i, i + c.length).some((x) => x === 1)) continue;
      if (!best || c.length > best.length || (c.length === best.length && c.priority > best.priority)) best = c;
    }
    if (!best) {
      i++;
      continue;
    }
    const span: Span = {
      type: best.type,
      i,
      j: i + best.length,
      sentence: sentenceOf[i] ?? 0,
      known: best.known,
      ...(best.acronym !== undefined ? { acronym: best.acronym } : {}),
      ...(best.placeKind !== undefined ? { placeKind: best.placeKind } : {}),
    };
    r.spans.push(span);
    taken.fill(1, span.i, span.j);
    previous = span;
    i = span.j;
  }
}

/**
 * "Chairman of the National Assembly (NA) Tran Thanh Man", "Secretary of the Security Council
 * Sergei Shoigu", "President of Kazakhstan Kassym-Jomart Tokayev": a title with the body or
 * country it belongs to, then the name.
 */
function titleOfBody(r: Recognized, previous: Span | undefined, i: number): boolean {
  if ((previous?.type !== 'org' && previous?.type !== 'place') || previous.j !== i) return false;
  const between = (k: number): string => r.tokens[k]?.text ?? '';
  const of = between(previous.i - 1) === 'the' ? previous.i - 2 : previous.i - 1;
  if (between(of) !== 'of') return false;
  return r.spans.some((s) => s.type === 'title' && s.j === of);
}

/**
 * "Defence Minister Sugiono", "President Prabowo": one proper noun after a title is a person's
 * whole name when it is no common word, no known place, and no surname of someone named before.
 */
function singleName(r: Recognized, i: number, end: number): boolean {
  const t = r.tokens[i];
  // Followed by no capitalised word: "King Khalid International Airport" is no one.
  if (!t || !isNameWord(t) || r.pos[i] !== 'PROPN' || isCommonWord(t.text) || isTitleHead(t.text) || isCapitalized(r.tokens[i + 1])) return false;
  if (i + 1 < end && r.tokens[i + 1]?.norm === '-') return false;
  if (gazetteerAt(r.keys, i).length > 0) return false;
  return !r.spans.some((s) => s.type === 'person' && s.j - s.i > 1 && surnameOf(s.name ?? spanText(r, s)) === t.text);
}

/**
 * A place name used as a place: not a currency ("U.S. dollars") and not the end of a
 * title-cased event name ("the War of Resistance Against Japan").
 */
function isPlaceUse(tokens: readonly Token[], i: number, j: number): boolean {
  if (/^dollars?$/.test(tokens[j]?.text ?? '')) return false;
  return !/^(?:Against|Over)$/.test(tokens[i - 1]?.text ?? '');
}

/**
 * A name that is both a body and its building ("the Kremlin") is the building where it locates
 * something: "at/in the Kremlin" (not "according to the Kremlin"), or a readout's place line "The Kremlin, Moscow". As an
 * actor ("the Kremlin said", "Kremlin aide") it is the body.
 */
function isLocative(r: Recognized, i: number, j: number): boolean {
  const { tokens } = r;
  const k = tokens[i - 1]?.text.toLowerCase() === 'the' ? i - 2 : i - 1;
  if (/^(?:at|in|inside|outside|near)$/i.test(tokens[k]?.text ?? '')) return true;
  const lineStart = k < 0 || r.body.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0).includes('\n');
  return lineStart && tokens[j]?.text === ',' && gazetteerAt(r.keys, j + 1).some((e) => e.kind === 'place');
}

/**
 * "Political Bureau of the CPC Central Committee" also names the CPC and its Central Committee; a
 * title, "European Commission President", names the body it heads.
 */
function addNestedOrgs(r: Recognized): void {
  const outer = r.spans.filter((s) => (s.type === 'org' || s.type === 'title') && s.j - s.i > 1);
  for (const s of outer) {
    for (let k = s.i; k < s.j; k++) {
      const e = gazetteerAt(r.keys, k).find(
        (x) => x.kind === 'org' && k + x.keys.length <= s.j && !(k === s.i && k + x.keys.length === s.j),
      );
      if (!e) continue;
      if (k === s.i && e.keys.length === s.j - s.i - 1 && /^\d/.test(r.tokens[k]?.text ?? '')) continue;
      // "UN Security Council", "AU Peace and Security Council": after its parent's name, a known name
      // ending the outer one is that body itself ("Security Council" alone names another).
      if (k > s.i && k + e.keys.length === s.j && gazetteerAt(r.keys, s.i).some((x) => x.kind === 'org' && s.i + x.keys.length === k)) {
        k += e.keys.length - 1;
        continue;
      }
      r.spans.push({ type: 'org', i: k, j: k + e.keys.length, sentence: s.sentence, known: e.names, nested: true });
      // Nested names inside the nested one are found when it is visited in turn.
      outer.push(r.spans[r.spans.length - 1] as Span);
      k += e.keys.length - 1;
    }
  }
}

/** "Al-Hayya" opening a sentence is the "al-Hayya" of "Khalil al-Hayya": an Arabic article's case is the sentence's. */
const particleCase = (surname: string): string => surname.replace(/^(?:Al|El|Ad|Ar|As|Ash|At|Az|An)-/u, (p) => p.toLowerCase());

/**
 * Surnames ("Mishustin", "Li") refer to the nearest earlier full name in the story text;
 * acronyms defined inline refer to their organization.
 */
function addShortForms(r: Recognized, taken: Uint8Array, sentenceOf: Int32Array): void {
  const full = r.spans.filter((s) => s.type === 'person');
  const acronyms = new Map<string, string[]>();
  for (const s of r.spans) if (s.type === 'org' && s.acronym !== undefined) acronyms.set(s.acronym, s.known.length ? s.known : []);
  const personName = (s: Span): string => s.name ?? s.known[0] ?? r.body.slice(r.tokens[s.i]?.start, r.tokens[s.j - 1]?.end);
  const bySurname = new Map<string, Span[]>();
  for (const s of full) {
    const surname = particleCase(surnameOf(personName(s)));
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), s]);
  }
  // Malaysians, Indonesians and many others are called by their first name ("Mohamad" for
  // Mohamad Hasan): a first name that opens exactly one full name of the story, and no surname.
  const byFirstName = new Map<string, Set<string>>();
  for (const s of full) {
    const [first, ...rest] = personName(s).split(' ');
    if (first && rest.length > 0 && !isCommonWord(first)) byFirstName.set(first, (byFirstName.get(first) ?? new Set()).add(personName(s)));
  }
  for (let k = 0; k < r.tokens.length; k++) {
    const t = r.tokens[k];
    if (taken[k] === 1 || t === undefined) continue;
    const sentence = sentenceOf[k] ?? 0;
    const acronym = isAllCaps(t) ? acronyms.get(t.text) : undefined;
    if (acronym !== undefined) {
      const defining = r.spans.find((s) => s.acronym === t.text);
      r.spans.push({ type: 'org', i: k, j: k + 1, sentence, known: acronym, ...(defining?.known.length ? {} : { name: orgSurface(r, defining) }) });
      continue;
    }
    if (!isCapitalized(t) || isNameWord(r.tokens[k + 1])) continue;
    // "Akufo-Addo": a hyphenated surname is one word of several tokens.
    const end = wordEnd(r.tokens, k, r.tokens.length);
    const word = end > k + 1 ? r.body.slice(t.start, r.tokens[end - 1]?.end) : t.text;
    if (taken.subarray(k, Math.max(end, k + 1)).some((x) => x === 1)) continue;
    const candidates = bySurname.get(particleCase(word));
    let name: string | undefined;
    if (candidates) {
      // Prefer the nearest earlier mention in the story, then any earlier, then the first.
      const earlier = candidates.filter((s) => s.i < k);
      const story = earlier.filter((s) => !s.role);
      const pick = story[story.length - 1] ?? earlier[earlier.length - 1] ?? candidates[0];
      if (pick) name = personName(pick);
    } else {
      const firstOf = byFirstName.get(word);
      name = personByShort.get(word) ?? (firstOf?.size === 1 ? [...firstOf][0] : undefined);
    }
    if (name === undefined) continue;
    const j = Math.max(end, k + 1);
    r.spans.push({ type: 'person', i: k, j, sentence, known: [], name });
    taken.fill(1, k, j);
  }
}

function orgSurface(r: Recognized, s: Span | undefined): string {
  if (!s) return '';
  let i = s.i;
  if (/^\d/.test(r.tokens[i]?.text ?? '')) i++;
  return r.body.slice(r.tokens[i]?.start ?? 0, r.tokens[s.j - 1]?.end ?? 0).replace(/\s*\([A-Z]{2,}\)$/, '');
}

const capitalise = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
