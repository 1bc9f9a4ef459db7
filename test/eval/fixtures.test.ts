import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticleDir } from '../../src/eval/fixtures.ts';

const gold = { file: 'a.txt', title: 'T', publishedOn: null, source: null, dateline: null, people: [], organizations: [], places: [], meetings: [] };

function folder(layout: 'set' | 'flat' | 'empty'): string {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
  if (layout === 'empty') return root;
  const articles = layout === 'set' ? join(root, 'articles') : root;
  mkdirSync(articles, { recursive: true });
  mkdirSync(join(root, 'gold'));
  writeFileSync(join(articles, 'a.txt'), 'T\n\nSome text.');
  writeFileSync(join(root, 'gold', 'a.json'), JSON.stringify(gold));
  return root;
}

describe('loadArticleDir', () => {
  it('loads a folder of articles with its gold/ inside', () => {
    expect(loadArticleDir(folder('flat')).map((f) => f.file)).toEqual(['a.txt']);
  });

  it('loads a set named by its own folder (articles/ + gold/)', () => {
    expect(loadArticleDir(folder('set')).map((f) => [f.file, f.gold.title])).toEqual([['a.txt', 'T']]);
  });

  it('refuses a folder without articles, naming it, rather than scoring 0 of 0 as perfect', () => {
    const empty = folder('empty');
    expect(() => loadArticleDir(empty)).toThrow(`${empty}: no articles (*.txt) to score`);
  });
});
