// Reads an article file and says in one line why it cannot be an article, if it cannot.
import { readFile, stat } from 'node:fs/promises';

export const maxArticleBytes = 2 * 1024 * 1024;

export class RejectedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'RejectedFileError';
  }
}

/** The file's text, or a `RejectedFileError` naming the file and the reason. */
export async function readArticleFile(file: string): Promise<string> {
  const { size } = await stat(file);
  if (size > maxArticleBytes) throw new RejectedFileError(file, `larger than 2 MB (${size} bytes)`);
  return decodeArticleText(file, await readFile(file));
}

export function decodeArticleText(file: string, bytes: Uint8Array): string {
  if (bytes.byteLength > maxArticleBytes) throw new RejectedFileError(file, `larger than 2 MB (${bytes.byteLength} bytes)`);
  const encoding = utf16Encoding(bytes);
  if (!encoding && bytes.includes(0)) throw new RejectedFileError(file, 'binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RejectedFileError(file, encoding ? 'not valid UTF-16 text' : 'not UTF-8 text');
  }
  if (text.trim() === '') throw new RejectedFileError(file, 'empty file');
  const problem = notArticleText(text);
  if (problem) throw new RejectedFileError(file, `no article text: ${problem}`);
  return text;
}

/**
 * UTF-16 by its byte-order mark, or, without one, by its zero bytes: text in the Latin script
 * has a zero high byte in nearly every code unit, on the odd (little-endian) or even side.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  if (oddZeros > units * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > units * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** Fewer words than a headline and one sentence have. */
const minWords = 10;

/** Why a decoded text cannot be a news article, or null when it may be one. */
function notArticleText(text: string): string | null {
  const control = /[\u0001-\u0008\u000e-\u001f\u007f]/.exec(text)?.[0];
  if (control) return `control character U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const visible = text.replace(/\s+/g, '');
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  if (letters < visible.length / 2) return `mostly non-letters (${Math.round((100 * letters) / visible.length)}% letters)`;
  // Words as prose has them: letters, perhaps with punctuation or digits around ("(Xinhua)", "Xi's").
  const tokens = text.split(/\s+/).filter(Boolean);
  const words = tokens.filter((token) => /^[^\p{L}]*\p{L}[\p{L}\p{M}'’.-]*[^\p{L}]*$/u.test(token)).length;
  if (words < tokens.length / 2) return `mostly non-words (${words} of ${tokens.length})`;
  if (words < minWords) return `only ${words} words (an article has at least ${minWords})`;
  // A sentence: several words ending in sentence punctuation.
  if (!/(?:\p{L}+\P{L}+){3,}?\p{L}+[.!?。！？]/u.test(text)) return 'no sentence (words ending in . ! or ?)';
  return null;
}
