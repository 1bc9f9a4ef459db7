// Curated knowledge of well-known entities (seed/knowledge.json, checked by knowledge-file.ts), loaded once
// and indexed for token-level lookup. Rules elsewhere find unknown entities; this file only
// supplies canonical names, aliases, countries and parents.
import { readFileSync } from 'node:fs';
import { foldName, tokenKeys } from '../recognize/tokens.ts';
import { packageCities } from './cities.ts';
import { packageRegions } from './regions.ts';
import { isCommonWord } from './common-words.ts';
import { parseKnowledge, type KnownOrganization, type KnownPerson, type KnownPlace } from './knowledge-file.ts';
import { packageCountries } from './countries.ts';
import { isChineseSurname, isGivenName } from './personal-names.ts';

export type EntityKind = 'person' | 'org' | 'place';

export interface GazetteerEntry {
  keys: string[];
  kind: EntityKind;
  /** Canonical names; several when the surface form is ambiguous. */
  names: string[];
  /** The acronym form, when this entry is one. */
  acronym: boolean;
}

const file = parseKnowledge(readFileSync(new URL('../../../seed/knowledge.json', import.meta.url), 'utf8'), 'seed/knowledge.json');

/**
 * The curated file holds what no package has; every other country, city and first-level region
 * of the world comes from world-countries, GeoNames and country-state-city. A curated entry wins
 * where both name the same place, a country or city where a region shares its name.
 */
function withPackagePlaces(curated: KnownPlace[], demonymsOf: Record<string, string>): KnownPlace[] {
  const known = new Map<string, KnownPlace>();
  for (const p of curated) for (const s of [p.name, ...(p.aliases ?? [])]) known.set(foldName(s), p);
  const countryByCode = new Map<string, string>();
  const added: KnownPlace[] = [];
  for (const c of packageCountries) {
    const curatedCountry = [c.name, ...c.aliases].map((s) => known.get(foldName(s))).find((p) => p?.kind === 'country');
    const name = curatedCountry?.name ?? c.name;
    countryByCode.set(c.code, name);
    for (const d of c.demonyms) if (!(d in demonymsOf)) demonymsOf[d] = name;
    if (curatedCountry) continue;
    const aliases = c.aliases.filter((a) => !known.has(foldName(a)));
    const place: KnownPlace = { name, kind: 'country', ...(aliases.length ? { aliases } : {}) };
    added.push(place);
    for (const s of [name, ...aliases]) known.set(foldName(s), place);
  }
  for (const c of packageCities) {
    const country = countryByCode.get(c.country);
    if (known.has(foldName(c.name)) || country === undefined || isChineseSurname(c.name) || isGivenName(c.name)) continue;
    // GeoNames writes "Port-Vila"; news writes "Port Vila".
    const spaced = c.name.replace(/-/g, ' ');
    const place: KnownPlace = { name: c.name, kind: 'city', country, ...(spaced !== c.name ? { aliases: [spaced] } : {}) };
    added.push(place);
    known.set(foldName(c.name), place);
  }
  // Regions after cities: "Lusaka" is the city, "Lusaka Province" the region.
  for (const r of packageRegions) {
    const country = countryByCode.get(r.country);
    if (known.has(foldName(r.name)) || country === undefined || isChineseSurname(r.name) || isGivenName(r.name)) continue;
    const place: KnownPlace = { name: r.name, kind: 'region', country };
    added.push(place);
    known.set(foldName(r.name), place);
  }
  return [...curated, ...added];
}

file.places = withPackagePlaces(file.places, file.demonyms);

export const people = new Map<string, KnownPerson>(file.people.map((p) => [p.name, p]));
export const organizations = new Map<string, KnownOrganization>(file.organizations.map((o) => [o.name, o]));
export const places = new Map<string, KnownPlace>(file.places.map((p) => [p.name, p]));
export const demonyms = new Map<string, string>(Object.entries(file.demonyms));

/** Country name -> itself, for "China's" style possessives and "of Russia" complements. */
export const countries = new Set(file.places.filter((p) => p.kind === 'country').map((p) => p.name));

/** Surname-only forms resolvable without the full name in the article. */
export const personByShort = new Map<string, string>();
for (const p of file.people) for (const s of p.short ?? []) personByShort.set(s, p.name);

const gazetteer = new Map<string, GazetteerEntry[]>();
/** Places by folded surface: a name can be both a body and a building ("Kremlin"). */
const placeByFold = new Map<string, KnownPlace>();
const byFold = new Map<string, GazetteerEntry>();
/** Canonical names by kind and folded surface, every one a surface may stand for. */
const canonicalByFold: Record<EntityKind, Map<string, Set<string>>> = { person: new Map(), org: new Map(), place: new Map() };

function add(surface: string, kind: EntityKind, names: string[], acronym = false): void {
  const keys = tokenKeys(surface);
  const first = keys[0];
  if (first === undefined) return;
  const folded = foldName(surface);
  const canonical = canonicalByFold[kind].get(folded) ?? new Set();
  for (const n of names) canonical.add(n);
  canonicalByFold[kind].set(folded, canonical);
  const entry: GazetteerEntry = { keys, kind, names, acronym };
  const list = gazetteer.get(first) ?? [];
  const same = list.find((e) => e.keys.join(' ') === keys.join(' ') && e.kind === kind);
  if (same) {
    for (const n of names) if (!same.names.includes(n)) same.names.push(n);
    return;
  }
  list.push(entry);
  list.sort((a, b) => b.keys.length - a.keys.length);
  gazetteer.set(first, list);
  if (!byFold.has(foldName(surface))) byFold.set(foldName(surface), entry);
}

for (const p of file.people) for (const s of [p.name, ...(p.aliases ?? [])]) add(s, 'person', [p.name]);

/**
 * Org names embed other org names ("Political Bureau of the Communist Party of China Central
 * Committee"); articles write the embedded one as its acronym or define the acronym inline, so
 * every alias also gets those spellings.
 */
const SPELLINGS: ReadonlyArray<[string, string]> = [
  ['Organization', 'Organisation'],
  ['Defense', 'Defence'],
  ['Center', 'Centre'],
  ['Program', 'Programme'],
  ['Labor', 'Labour'],
];

function orgSpellings(o: KnownOrganization): string[] {
  const spellings = new Set([o.name, ...(o.aliases ?? [])]);
  for (let round = 0; round < 2; round++) {
    for (const s of [...spellings]) {
      for (const other of file.organizations) {
        const acronym = other.acronyms?.[0];
        if (other === o || acronym === undefined) continue;
        for (const full of [other.name, ...(other.aliases ?? [])]) {
          if (!s.includes(full) || s === full) continue;
          spellings.add(s.replace(full, acronym));
          spellings.add(s.replace(full, `${full} (${acronym})`));
        }
      }
    }
  }
  for (const acronym of o.acronyms ?? []) for (const s of [...spellings]) if (s.endsWith(o.name)) spellings.add(`${s} (${acronym})`);
  // British and American spellings name the same body ("Shanghai Cooperation Organisation").
  for (const s of [...spellings]) for (const [us, uk] of SPELLINGS) if (s.includes(us)) spellings.add(s.replaceAll(us, uk));
  return [...spellings];
}

for (const o of file.organizations) {
  for (const s of orgSpellings(o)) add(s, 'org', [o.name]);
  for (const a of o.acronyms ?? []) {
    add(a, 'org', [o.name], true);
    // Acronyms said as words are written as words in much of the press: "Asean", "Nato", "Ecowas".
    const asWord = titleCaseAcronym(a);
    if (asWord !== null) add(asWord, 'org', [o.name], true);
  }
  for (const a of o.ambiguous ?? []) add(a, 'org', [o.name]);
}

for (const p of file.places) {
  const forms = [p.name, ...(p.aliases ?? [])];
  if (p.province) forms.push(`${p.name} Province`, `${p.name} province`);
  for (const s of forms) {
    add(s, 'place', [p.name]);
    if (!placeByFold.has(foldName(s))) placeByFold.set(foldName(s), p);
  }
}

/** "ASEAN" → "Asean": acronyms of four letters or more that are no English word written as words. */
function titleCaseAcronym(acronym: string): string | null {
  if (!/^[A-Z]{4,}$/.test(acronym) || isCommonWord(acronym)) return null;
  return acronym[0] + acronym.slice(1).toLowerCase();
}

export function lookupPlace(surface: string): KnownPlace | undefined {
  return placeByFold.get(foldName(surface));
}

/** Longest curated entries whose tokens start at `keys[i]`, longest first. */
export function gazetteerAt(keys: readonly string[], i: number): GazetteerEntry[] {
  const first = keys[i];
  if (first === undefined) return [];
  const found: GazetteerEntry[] = [];
  for (const e of gazetteer.get(first) ?? []) {
    if (e.keys.every((k, j) => keys[i + j] === k)) found.push(e);
  }
  return found;
}

/** Case- and punctuation-insensitive lookup, for ALL-CAPS datelines and photo credits. */
export function lookupFolded(surface: string): GazetteerEntry | undefined {
  return byFold.get(foldName(surface));
}

export function countryOf(entity: { kind: EntityKind; name: string }): string | null {
  if (entity.kind === 'person') return people.get(entity.name)?.country ?? null;
  if (entity.kind === 'org') return organizations.get(entity.name)?.country ?? null;
  const place = places.get(entity.name);
  return place?.kind === 'country' ? place.name : (place?.country ?? null);
}

/**
 * The curated canonical name a surface form (alias, acronym, other spelling, surname-only form)
 * stands for, when it stands for exactly one entity of `kind`: "CPC" -> "Communist Party of
 * China", "Sergei Lavrov" -> "Sergey Lavrov". Articles keep the form they use; the store keys
 * entities by this name, so every article's form of a well-known entity is one entity.
 */
export function knownName(kind: EntityKind, surface: string): string | null {
  const names = canonicalByFold[kind].get(foldName(surface));
  if (names?.size === 1) return [...names][0] ?? null;
  if (kind !== 'person' || names?.size) return null;
  return personByShort.get(surface) ?? null;
}
