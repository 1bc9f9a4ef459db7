// The curated word lists of header parsing (outlets.json, page-furniture.json), checked when
// loaded so that a typo fails at start-up with the file and entry named, not as a silent miss.
import { readFileSync } from 'node:fs';

export class WordListError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where} ${problem}`);
    this.name = 'WordListError';
  }
}

/** Case, diacritics, spaces and punctuation folded away: "U.S." and "us", "Newsfrom" and "News from" agree. */
export const foldWords = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

type Json = unknown;

function strings(file: string, where: string, value: Json): string[] {
  if (!Array.isArray(value)) throw new WordListError(file, where, 'must be an array of strings');
  return value.map((item: Json, i) => {
    if (typeof item !== 'string' || item.trim() === '') throw new WordListError(file, `${where}[${i}]`, 'must be a non-empty string');
    return item;
  });
}

function record(file: string, where: string, value: Json): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new WordListError(file, where, 'must be an object');
  return value as Record<string, Json>;
}

/** A folded set; a form listed twice is an error, since one of the two entries is then a typo or dead. */
function foldedSet(file: string, where: string, forms: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const form of forms) {
    const key = foldWords(form);
    if (key === '') throw new WordListError(file, where, `has an entry with no letters: ${JSON.stringify(form)}`);
    if (set.has(key)) throw new WordListError(file, where, `lists ${JSON.stringify(form)} twice`);
    set.add(key);
  }
  return set;
}

export interface Outlets {
  /** Folded names and short forms of agencies, and generic credits ("Agencies"). */
  credits: Set<string>;
  /** Each folded name or short form of an agency, with the agency's name and the form as listed. */
  agencyForms: Map<string, { agency: string; listed: string }>;
  /** Folded words that end an outlet's own name ("Online" in "Ahram Online", "News" in "ANTARA News"). */
  mediumWords: Set<string>;
  /** Lower-case words inside the name of an outlet or a body ("de" in "El Diario de Lima", "of"). */
  nameParticles: Set<string>;
}

export function parseOutlets(file: string, json: Json): Outlets {
  const root = record(file, 'the file', json);
  const agencies = root['agencies'];
  if (!Array.isArray(agencies)) throw new WordListError(file, 'agencies', 'must be an array');
  const agencyForms = new Map<string, { agency: string; listed: string }>();
  const forms = agencies.flatMap((entry: Json, i) => {
    const a = record(file, `agencies[${i}]`, entry);
    const name = a['name'];
    if (typeof name !== 'string' || name.trim() === '') throw new WordListError(file, `agencies[${i}].name`, 'must be a non-empty string');
    const own = [name, ...strings(file, `agencies[${i}] (${name}).short`, a['short'])];
    for (const form of own) agencyForms.set(foldWords(form), { agency: name, listed: form });
    return own;
  });
  return {
    credits: foldedSet(file, 'agencies and generic', [...forms, ...strings(file, 'generic', root['generic'])]),
    agencyForms,
    mediumWords: foldedSet(file, 'mediumWords', strings(file, 'mediumWords', root['mediumWords'])),
    nameParticles: particles(file, strings(file, 'nameParticles', root['nameParticles'])),
  };
}

/** Particles are matched as written, in lower case ("&" has no letters to fold). */
function particles(file: string, forms: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const form of forms) {
    if (form !== form.toLowerCase() || /\s/.test(form)) throw new WordListError(file, 'nameParticles', `has ${JSON.stringify(form)}, not one lower-case word`);
    if (set.has(form)) throw new WordListError(file, 'nameParticles', `lists ${JSON.stringify(form)} twice`);
    set.add(form);
  }
  return set;
}

export interface PageFurniture {
  sections: Set<string>;
  navigation: Set<string>;
  /** Desks that sign a story instead of a person ("Staff Reporter", "Web Desk"). */
  desks: Set<string>;
  /** Words of share bars ("Share on Facebook", "Facebook Twitter WhatsApp Email"). */
  social: Set<string>;
  /** Labels of press releases ("Press release"); the lines above one name the issuing body. */
  releases: Set<string>;
}

export function parsePageFurniture(file: string, json: Json): PageFurniture {
  const root = record(file, 'the file', json);
  return {
    sections: foldedSet(file, 'sections', strings(file, 'sections', root['sections'])),
    navigation: foldedSet(file, 'navigation', strings(file, 'navigation', root['navigation'])),
    desks: foldedSet(file, 'desks', strings(file, 'desks', root['desks'])),
    social: foldedSet(file, 'social', strings(file, 'social', root['social'])),
    releases: foldedSet(file, 'releases', strings(file, 'releases', root['releases'])),
  };
}

function load<T>(name: string, parse: (file: string, json: Json) => T): T {
  const url = new URL(`./${name}`, import.meta.url);
  let json: Json;
  try {
    json = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new WordListError(name, 'the file', `is not valid JSON (${(error as Error).message})`);
  }
  return parse(name, json);
}

export const outlets = load('outlets.json', parseOutlets);
export const pageFurniture = load('page-furniture.json', parsePageFurniture);

/** An agency or wire service ("Reuters", "AA", "Agencies") by any listed form. */
export const isAgency = (name: string): boolean => outlets.credits.has(foldWords(name));
/** "Agencies", "Wires": a credit that names no outlet. */
export const isGenericCredit = (name: string): boolean => outlets.credits.has(foldWords(name)) && !outlets.agencyForms.has(foldWords(name));

/** "KAZINFORM" as listed ("Kazinform"): capitals are the page's typography, not the agency's name. */
export const listedAgencyForm = (name: string): string => outlets.agencyForms.get(foldWords(name))?.listed ?? name;

/** "Qatar News Agency" and "QNA": two listed forms of one agency. */
export function sameAgency(a: string, b: string): boolean {
  const [x, y] = [outlets.agencyForms.get(foldWords(a)), outlets.agencyForms.get(foldWords(b))];
  return x !== undefined && x.agency === y?.agency;
}
