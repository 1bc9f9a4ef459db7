// Word-level tokens with absolute offsets. Possessive "'s" is its own token so that
// "China's" yields the place "China" and curated aliases tokenize the same way as text.

export interface Token {
  text: string;
  /** The token opens a line: a name or phrase never runs across it (a byline above the lead). */
  lineStart: boolean;
  /** Apostrophes and hyphens folded to ASCII so typographic and plain forms compare equal. */
  norm: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}]+|\d+(?:st|nd|rd|th)?|['’]s(?![\p{L}])|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + (m.index ?? 0);
    // Curly apostrophes and typographic hyphens ("Asia‑Pacific" with U+2011) compare as ASCII.
    tokens.push({
      text: m[0],
      norm: m[0].replace(/’/g, "'").replace(/[\u2010\u2011]/g, '-'),
      start,
      end: start + m[0].length,
      lineStart: opensLine(text, m.index ?? 0),
    });
  }
  return tokens;
}

/** Whether only spaces, and at least one line break, stand between `at` and the text before it. */
function opensLine(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

export function tokenKeys(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}

export const isCapitalized = (t: Token | undefined): boolean =>
  t !== undefined && /^\p{Lu}/u.test(t.text);

export const isAllCaps = (t: Token | undefined): boolean =>
  t !== undefined && t.text.length > 1 && /^[\p{Lu}\d]+$/u.test(t.text);

/** Fold case, diacritics and punctuation: the one comparison key for names, in extraction, storage and lookups. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
