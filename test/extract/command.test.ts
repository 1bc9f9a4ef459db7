import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { extractCommand } from '../../src/commands/extract.ts';

const fixture = fileURLToPath(new URL('../../seed/articles/001_eeb6f145542a736b.txt', import.meta.url));

function capture(stream: NodeJS.WriteStream): { text: () => string } {
  let out = '';
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return { text: () => out };
}

describe('extract command', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints gold-format JSON for each file', async () => {
    const stdout = capture(process.stdout);
    expect(await extractCommand(['--format', 'gold', fixture])).toBe(0);
    const [article] = JSON.parse(stdout.text()) as Array<{ file: string; meetings: unknown[] }>;
    expect(article?.file).toBe('001_eeb6f145542a736b.txt');
    expect(article?.meetings.length).toBeGreaterThan(0);
  });

  it('prints full facts with --format facts', async () => {
    const stdout = capture(process.stdout);
    expect(await extractCommand(['--format', 'facts', fixture])).toBe(0);
    const [facts] = JSON.parse(stdout.text()) as Array<{ article: { slug: string } }>;
    expect(facts?.article.slug).toBe('001-eeb6f145542a736b');
  });

  it('names an unreadable file on stderr and exits 1', async () => {
    const stderr = capture(process.stderr);
    expect(await extractCommand(['--format', 'gold', '/nonexistent/article.txt'])).toBe(1);
    expect(stderr.text()).toContain('/nonexistent/article.txt');
  });
});
