// What counts as an article file (issue 11, item 13): texts with no article in them are refused
// with a reason, and UTF-16 files are read, not mistaken for binary.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticleText, RejectedFileError } from '../../src/ingest/article-file.ts';
import { defaultSeedDir } from '../../src/testing/test-database.ts';

const seedFile = path.join(defaultSeedDir, '001_eeb6f145542a736b.txt');

function rejection(bytes: Uint8Array): string {
  try {
    decodeArticleText('x.txt', bytes);
  } catch (error) {
    if (error instanceof RejectedFileError) return error.reason;
    throw error;
  }
  return 'accepted';
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A deterministic stream of bytes (a linear congruential generator; fixed seed). */
function noise(length: number, low: number, high: number): Uint8Array {
  let state = 42;
  return Uint8Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return low + (state % (high - low));
  });
}

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

describe('texts that are not articles', () => {
  it.each([
    ['a greeting', utf8('hello'), /^no article text: only 1 words/],
    ['printable ASCII noise', noise(4_000, 0x20, 0x7f), /^no article text: mostly non-(letters|words)/],
    ['Latin-1 noise', utf8(String.fromCharCode(...noise(4_000, 0x9f, 0x100)).replace(/\u009f/g, ' ')), /^no article text: mostly non-(letters|words)/],
    ['words without a sentence', utf8(Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')), /^no article text: no sentence/],
    ['control characters', utf8(`${'Xi Jinping met Vladimir Putin in Moscow on Tuesday. '.repeat(5)}\u0007\u0001`), /^no article text: control character U\+0007/],
  ])('refuses %s', (_case, bytes, reason) => {
    expect(rejection(bytes)).toMatch(reason);
  });

  it('accepts a real article', async () => {
    expect(rejection(await readFile(seedFile))).toBe('accepted');
  });
});

describe('UTF-16', () => {
  it.each([
    ['little-endian with a byte-order mark', 'le', true],
    ['big-endian with a byte-order mark', 'be', true],
    ['little-endian without a byte-order mark', 'le', false],
    ['big-endian without a byte-order mark', 'be', false],
  ] as const)('reads %s as the same text', async (_case, endian, bom) => {
    const text = await readFile(seedFile, 'utf8');
    expect(decodeArticleText('x.txt', utf16(text, endian, bom))).toBe(text);
  });

  it('names UTF-16 that does not decode', () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Xi met Putin.', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(rejection(broken)).toBe('not valid UTF-16 text');
  });
});
