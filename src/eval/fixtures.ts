// Loads article sets with their gold annotations and scores extraction on them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle, toGold, type ExtractOptions, type GoldArticle } from '../extract/index.ts';
import { scoreArticle, summarize, type ArticleScore, type Summary } from './score.ts';

export const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const SEED_ARTICLES = new URL('../../seed/articles/', import.meta.url);

export interface Fixture {
  file: string;
  text: string;
  gold: GoldArticle;
}

/**
 * A set under test/fixtures laid out as `articles/` + `gold/`; by default the seed articles
 * (seed/articles) with their gold in test/fixtures/gold.
 */
export function loadFixtures(root?: URL): Fixture[] {
  if (root === undefined) return loadArticleDir(fileURLToPath(SEED_ARTICLES), fileURLToPath(new URL('gold/', FIXTURES)));
  return loadArticleDir(fileURLToPath(new URL('articles/', root)), fileURLToPath(new URL('gold/', root)));
}

/**
 * Articles in `dir` with their gold in `goldDir` (by default a `gold/` inside `dir`, else the
 * `gold/` beside it, as in ../shared); a set laid out as `articles/` + `gold/` may be named by
 * its own folder. An article without a gold file, or a folder without articles, is an error
 * naming it: an empty set would score a perfect 0 of 0.
 */
export function loadArticleDir(dir: string, goldDir?: string): Fixture[] {
  const articlesDir = goldDir === undefined && existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;
  const gold = goldDir ?? defaultGoldDir(articlesDir);
  const files = readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`${articlesDir}: no articles (*.txt) to score`);
  return files.map((file) => {
    const goldFile = join(gold, file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldFile)) throw new Error(`${join(articlesDir, file)}: no gold file ${goldFile}`);
    return {
      file,
      text: readFileSync(join(articlesDir, file), 'utf8'),
      gold: JSON.parse(readFileSync(goldFile, 'utf8')) as GoldArticle,
    };
  });
}

function defaultGoldDir(dir: string): string {
  const inside = join(dir, 'gold');
  return existsSync(inside) ? inside : join(dir, '..', 'gold');
}

export function evaluate(fixtures: readonly Fixture[], options: ExtractOptions = {}): { scores: ArticleScore[]; summary: Summary } {
  const scores = fixtures.map((f) => scoreArticle(toGold(extractArticle(f.file, f.text, options)), f.gold));
  return { scores, summary: summarize(scores) };
}
