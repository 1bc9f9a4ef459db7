// How names are compared and keyed in the database: folded for case, punctuation and
// diacritics, so "Zhao Leji", "ZHAO LEJI" and "Zhao-Leji" are one key.

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function slugify(name: string): string {
  return foldName(name).replace(/ /g, '-') || 'unnamed';
}

/** Whether a name has more than one word: single words ("Wang") are too ambiguous to resolve across articles. */
export function isMultiWord(folded: string): boolean {
  return folded.includes(' ');
}
