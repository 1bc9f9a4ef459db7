// People: one fact per person with every mention, the roles the article gives them
// (title before the name, apposition after it, credits), and descriptions such as
// "the Russian prime minister" resolved to the one person they can mean.
import type { MentionFact, PersonFact, RoleFact } from '../types.ts';
import { countries, demonyms, lookupFolded, organizations, people as knownPeople, places } from '../link/knowledge.ts';
import { roleFollows } from '../recognize/names.ts';
import { counterpartRole, lowerCaseTitleRole, reversedAppositionRole, type RoleContext } from './roles.ts';
import { spanText, type Recognized, type Span } from '../recognize/spans.ts';
import { foldName } from '../recognize/tokens.ts';

export interface PeopleResult {
  facts: PersonFact[];
  /** Canonical person name of each person span. */
  nameOfSpan: Map<Span, string>;
}

type NameOf = (s: Span) => string | undefined;

/** Country of an organization of this article, by canonical name. */
type OrgCountry = (name: string) => string | null;

function countryOfPlace(name: string): string | null {
  const p = places.get(name);
  return p?.kind === 'country' ? p.name : (p?.country ?? null);
}

/** How spans of other kinds read: the canonical org of a span and an org's country. */
interface Lookup {
  orgName: NameOf;
  orgCountry: OrgCountry;
}

function entityCountry(s: Span, lookup: Lookup): string | null {
  if (s.type === 'demonym') return s.known[0] ?? null;
  if (s.type === 'place') return countryOfPlace(s.known[0] ?? '');
  if (s.type === 'org') return lookup.orgCountry(lookup.orgName(s) ?? '');
  return null;
}

export function assemblePeople(r: Recognized, orgName: NameOf, orgCountry: OrgCountry): PeopleResult {
  const lookup: Lookup = { orgName, orgCountry };
  const spanAt = new Map<number, Span>();
  for (const s of r.spans) if (!s.nested) spanAt.set(s.i, s);
  const spanEndingAt = new Map<number, Span>();
  for (const s of r.spans) if (!s.nested) spanEndingAt.set(s.j, s);

  const facts = new Map<string, PersonFact>();
  const nameOfSpan = new Map<Span, string>();
  const roleContext: RoleContext = { endingAt: spanEndingAt, orgName, orgCountry };
  const fullName = (s: Span): string => s.name ?? s.known[0] ?? spanText(r, s);

  for (const s of r.spans) {
    if (s.type !== 'person') continue;
    const name = canonicalPerson(fullName(s), facts);
    nameOfSpan.set(s, name);
    let fact = facts.get(name);
    if (!fact) {
      fact = { name, country: knownPeople.get(name)?.country ?? null, aliases: [], mentions: [], roles: [] };
      facts.set(name, fact);
    }
    const mention = mentionOf(r, s);
    fact.mentions.push(mention);
    if (mention.text !== name && !fact.aliases.includes(mention.text)) fact.aliases.push(mention.text);
    const roles = s.role ? [{ ...s.role, ...at(r, s) }] : [...rolesBefore(r, s, spanEndingAt, lookup), ...rolesAfter(r, s, spanAt, lookup)];
    if (!s.role) {
      // A rank before the name ("the ... spokesman, Senior Colonel X") leaves the apposition a role too.
      const reversed = reversedAppositionRole(r, s, roleContext);
      if (reversed) roles.push(reversed);
      const other = previousInSentence(r, s, nameOfSpan, facts)?.roles.find((x) => x.organization === null);
      const found = roles.length === 0 ? (lowerCaseTitleRole(r, s, roleContext) ?? counterpartRole(r, s, other)) : null;
      if (found) roles.push(found);
    }
    for (const role of roles) {
      if (!fact.roles.some((x) => foldName(x.title) === foldName(role.title) && x.organization === role.organization)) fact.roles.push(role);
    }
  }
  for (const [key, fact] of facts) {
    // Gold names a person as the article writes the full name ("Yuri Ushakov"); the curated
    // spelling stays an alias for merging across articles.
    const written = fact.mentions.map((m) => m.text);
    const own = written.find((w) => w.includes(' ') && !/^\p{Lu}+ \p{Lu}+$/u.test(w) && fact.aliases.includes(w) && knownPeople.get(key)?.aliases?.includes(w));
    if (knownPeople.has(key) && !written.includes(key) && own !== undefined) {
      fact.name = own;
      fact.aliases = [key, ...fact.aliases.filter((a) => a !== own)];
    }
    fact.country ??= fact.roles.find((x) => x.country !== null)?.country ?? null;
    for (const role of fact.roles) {
      if (role.title === 'photographer' || role.title === 'web editor') continue;
      role.country ??= fact.country;
    }
    // Curated aliases help the ingest layer merge spellings across articles.
    for (const alias of knownPeople.get(fact.name)?.aliases ?? []) if (!fact.aliases.includes(alias)) fact.aliases.push(alias);
  }
  const merged = mergePartialNames(facts);
  const renamed = new Map([...facts].map(([key, fact]) => [key, fact.name]));
  for (const [span, key] of nameOfSpan) nameOfSpan.set(span, merged.get(key) ?? renamed.get(key) ?? key);
  addDescriptions(r, facts, nameOfSpan);
  return { facts: [...facts.values()], nameOfSpan };
}

/**
 * "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed", "De Wever" after "Bart De Wever", "Faisal
 * bin Farhan" beside "Faisal bin Farhan bin Abdullah Al-Saud", "Erdogan" beside "Erdoğan": a name
 * whose words run inside exactly one fuller name of the article (or that folds to the same name)
 * is that person. Returns the merged keys with the fact each went into.
 */
function mergePartialNames(facts: Map<string, PersonFact>): Map<string, string> {
  const into = new Map<string, string>();
  const words = (name: string): string[] => foldName(name).split(' ');
  const inside = (part: string[], whole: string[]): boolean =>
    whole.some((_, k) => part.length <= whole.length - k && part.every((w, n) => whole[k + n] === w));
  for (const [key, fact] of [...facts].sort((a, b) => words(a[1].name).length - words(b[1].name).length)) {
    const own = words(fact.name);
    const fuller = [...facts.values()].filter((f) => f !== fact && (foldName(f.name) === foldName(fact.name) ? f.name > fact.name : words(f.name).length > own.length && inside(own, words(f.name))));
    const target = fuller.length === 1 ? fuller[0] : undefined;
    if (!target) continue;
    target.mentions.push(...fact.mentions);
    target.mentions.sort((a, b) => a.start - b.start);
    for (const alias of [fact.name, ...fact.aliases]) if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    for (const role of fact.roles) if (!target.roles.some((x) => x.title === role.title && x.organization === role.organization)) target.roles.push(role);
    target.country ??= fact.country;
    facts.delete(key);
    into.set(key, target.name);
  }
  // A merged key may point at a fact that was itself merged later: follow the chain.
  for (const [key, name] of into) {
    let final = name;
    for (let next = into.get(final); next !== undefined && next !== final; next = into.get(final)) final = next;
    into.set(key, final);
  }
  return into;
}

/** The person named last before `s` in its sentence: the other party of "his counterpart X". */
function previousInSentence(r: Recognized, s: Span, nameOfSpan: Map<Span, string>, facts: Map<string, PersonFact>): PersonFact | undefined {
  let found: Span | undefined;
  for (const o of r.spans) if (o.type === 'person' && o.sentence === s.sentence && o.j <= s.i && nameOfSpan.has(o)) found = o;
  return found ? facts.get(nameOfSpan.get(found) ?? '') : undefined;
}

/** Unknown names written once with a patronymic and once without are one person. */
function canonicalPerson(name: string, facts: Map<string, PersonFact>): string {
  if (facts.has(name) || knownPeople.has(name)) return name;
  const parts = name.split(' ');
  for (const other of facts.keys()) {
    const o = other.split(' ');
    if (o[0] === parts[0] && o[o.length - 1] === parts[parts.length - 1] && Math.abs(o.length - parts.length) === 1) return other;
  }
  return name;
}

function mentionOf(r: Recognized, s: Span): MentionFact {
  return { text: spanText(r, s), start: r.tokens[s.i]?.start ?? 0, end: r.tokens[s.j - 1]?.end ?? 0, sentence: s.sentence };
}

function at(r: Recognized, s: Span): { sentence: number; start: number; end: number } {
  const m = mentionOf(r, s);
  return { sentence: m.sentence, start: m.start, end: m.end };
}

/** "Russian Security Council Secretary X", "Deputy Chairman of the Russian State Duma X", "Premier X". */
function rolesBefore(r: Recognized, person: Span, endingAt: Map<number, Span>, lookup: Lookup): RoleFact[] {
  const chain: Span[] = [];
  let k = person.i;
  for (;;) {
    let prev = endingAt.get(k);
    let gap = 0;
    if (!prev && r.tokens[k - 1]?.text === 'the' && r.tokens[k - 2]?.text === 'of') gap = 2;
    else if (!prev && r.tokens[k - 1]?.text === 'of') gap = 1;
    else if (!prev && r.tokens[k - 1]?.norm === "'s") gap = 1;
    if (gap > 0) prev = endingAt.get(k - gap);
    if (!prev || prev.type === 'person' || prev.sentence !== person.sentence) break;
    chain.unshift(prev);
    k = prev.i;
    if (chain.length > 4) break;
  }
  const title = chain.find((s) => s.type === 'title');
  if (!title) return [];
  const org = chain.find((s) => s.type === 'org');
  const organization = org ? (lookup.orgName(org) ?? null) : null;
  const cue = chain.find((s) => s !== title && s.type !== 'org');
  let country = cue ? entityCountry(cue, lookup) : null;
  country ??= org ? entityCountry(org, lookup) : null;
  // "President Xi Jinping of China"
  const after = r.tokens[person.j]?.text === 'of' ? r.spans.find((s) => s.i === person.j + 1 && s.type === 'place') : undefined;
  if (after) country ??= countryOfPlace(after.known[0] ?? '');
  return [{ title: spanText(r, title), organization, country, ...at(r, title) }];
}

const ROLE_STOP = new Set(['of', 'from', 'at', 'to', 'with', 'in', ',', 'and', '(', ')', '.', ';']);
const ROLE_SKIP = new Set(['who', 'is', 'was', 'also', 'a', 'an', 'the']);

/** "X, chairman of the Y", "X, an associate research fellow from the Y", "X, China's top legislator". */
function rolesAfter(r: Recognized, person: Span, spanAt: Map<number, Span>, lookup: Lookup): RoleFact[] {
  const roles: RoleFact[] = [];
  let k = person.j;
  const end = r.sentenceTokens[person.sentence]?.[1] ?? k;
  while (k < end && (r.tokens[k]?.text === ',' || (r.tokens[k]?.text === 'and' && roles.length > 0))) {
    let m = k + 1;
    if (r.tokens[m]?.text === 'and') m++;
    if (!roleFollows(r.tokens, m, end)) break;
    while (ROLE_SKIP.has(r.tokens[m]?.text ?? '')) m++;
    let country: string | null = null;
    // "China's top legislator"
    const owner = spanAt.get(m);
    if (owner && (owner.type === 'place' || owner.type === 'demonym') && (r.tokens[owner.j]?.norm === "'s" || owner.type === 'demonym')) {
      country = entityCountry(owner, lookup);
      m = owner.type === 'place' ? owner.j + 1 : owner.j;
    }
    const first = m;
    while (m < end && !ROLE_STOP.has(r.tokens[m]?.text ?? '') && !spanAt.has(m) && m - first < 6) m++;
    if (m === first) break;
    const title = r.body.slice(r.tokens[first]?.start ?? 0, r.tokens[m - 1]?.end ?? 0);
    let organization: string | null = null;
    let next = m;
    const word = r.tokens[m]?.text ?? '';
    if (word === 'of' || word === 'from' || word === 'at' || word === 'to') {
      let n = m + 1;
      if (r.tokens[n]?.text === 'the') n++;
      const target = spanAt.get(n);
      if (target?.type === 'org') {
        organization = lookup.orgName(target) ?? null;
        country ??= entityCountry(target, lookup);
        next = target.j;
      } else if (target?.type === 'place' && word !== 'to') {
        country ??= countryOfPlace(target.known[0] ?? '');
        next = target.j;
      }
    }
    roles.push({ title, organization, country, sentence: person.sentence, start: r.tokens[first]?.start ?? 0, end: r.tokens[m - 1]?.end ?? 0 });
    k = next;
    while (k < end && r.tokens[k]?.text === '(') k = skipParenthesis(r, k);
  }
  return roles;
}

function skipParenthesis(r: Recognized, k: number): number {
  let m = k;
  while (m < r.tokens.length && r.tokens[m]?.text !== ')') m++;
  return m + 1;
}

const DESCRIPTION =
  /\b(?:the|his|her|their) (?:([A-Z][a-z]+) )?(president|prime minister|premier|vice president|vice premier|foreign minister|defense minister|top diplomat|top legislator|presidential aide|aide|speaker)\b(?: of (?:the )?([A-Z][\w' ]+?)(?=[,.;]| (?:during|and|in|on|to)\b))?/gi;

/** "the Russian prime minister", "the President of the People's Republic of China". */
function addDescriptions(r: Recognized, facts: Map<string, PersonFact>, nameOfSpan: Map<Span, string>): void {
  const covered = (start: number, end: number): boolean =>
    r.spans.some((s) => (r.tokens[s.i]?.start ?? 0) < end && (r.tokens[s.j - 1]?.end ?? 0) > start && s.type === 'person');
  let sentence = 0;
  for (const [a, b] of r.sentenceTokens) {
    const from = r.tokens[a]?.start ?? 0;
    const text = r.body.slice(from, r.tokens[b - 1]?.end ?? from);
    for (const m of text.matchAll(DESCRIPTION)) {
      const start = from + (m.index ?? 0) + m[0].indexOf(' ') + 1;
      const end = from + (m.index ?? 0) + m[0].length;
      const after = r.body.slice(end, end + 3);
      if (covered(start, end) || /^ \p{Lu}/u.test(after)) continue;
      const adjective = m[1];
      const ofPlace = m[3] === undefined ? undefined : lookupFolded(m[3]);
      const country =
        (adjective !== undefined ? (demonyms.get(adjective) ?? (countries.has(adjective) ? adjective : undefined)) : undefined) ??
        (ofPlace?.kind === 'place' ? countryOfPlace(ofPlace.names[0] ?? '') : undefined) ??
        (adjective !== undefined ? organizations.get(adjective)?.country : undefined);
      if (adjective !== undefined && country === undefined) continue;
      const title = foldName(m[2] ?? '');
      const matches = [...facts.values()].filter((p) => {
        if (country !== undefined && p.country !== country) return false;
        const titles = [...p.roles.map((x) => x.title), ...(knownPeople.get(p.name)?.titles ?? [])].map(foldName);
        // "assistant to the president" relates to a president; it is not one.
        return titles.some((t) => t === title || ((t.endsWith(` ${title}`) || title.endsWith(` ${t}`)) && !/ to the /.test(t)));
      });
      const person = matches[0];
      if (matches.length !== 1 || !person) continue;
      const mention: MentionFact = { text: r.body.slice(start, end), start, end, sentence };
      person.mentions.push(mention);
      if (!person.aliases.includes(mention.text)) person.aliases.push(mention.text);
      const i = r.tokens.findIndex((t) => t.start >= start);
      const j = r.tokens.findIndex((t) => t.end >= end) + 1;
      const span: Span = { type: 'person', i, j, sentence, known: [], name: person.name };
      r.spans.push(span);
      nameOfSpan.set(span, person.name);
    }
    sentence++;
  }
  r.spans.sort((x, y) => x.i - y.i || y.j - x.j);
}
