// How names are keyed in the database. Names are compared folded for case, punctuation and
// diacritics by extraction's one folding function, so "Zhao Leji", "ZHAO LEJI" and "Zhao-Leji"
// are one key wherever they are compared.
import { foldName } from '../extract/names.ts';

export function slugify(name: string): string {
  return foldName(name).replace(/ /g, '-') || 'unnamed';
}

/** Whether a name has more than one word: single words ("Wang") are too ambiguous to resolve across articles. */
export function isMultiWord(folded: string): boolean {
  return folded.includes(' ');
}
