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
 * `gold/` beside it, as in ../shared). An article without a gold file is an error naming it.
 */
export function loadArticleDir(dir: string, goldDir: string = defaultGoldDir(dir)): Fixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const goldFile = join(goldDir, file.replace(/\.txt$/, '.json'));
      if (!existsSync(goldFile)) throw new Error(`${join(dir, file)}: no gold file ${goldFile}`);
      return {
        file,
        text: readFileSync(join(dir, file), 'utf8'),
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
