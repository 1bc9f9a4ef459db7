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
  if (bytes.includes(0)) throw new RejectedFileError(file, 'binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new RejectedFileError(file, 'not UTF-8 text');
  }
  if (text.trim() === '') throw new RejectedFileError(file, 'empty file');
  return text;
}
