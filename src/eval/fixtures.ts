// Loads the fixture articles with their gold annotations and scores extraction on them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, toGold, type GoldArticle } from '../extract/index.ts';
import { scoreArticle, summarize, type ArticleScore, type Summary } from './score.ts';

export const FIXTURES = new URL('../../test/fixtures/', import.meta.url);

export interface Fixture {
  file: string;
  text: string;
  gold: GoldArticle;
}

export function loadFixtures(root: URL = FIXTURES): Fixture[] {
  const articles = new URL('articles/', root);
  const gold = new URL('gold/', root);
  return readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(join(articles.pathname, file), 'utf8'),
      gold: JSON.parse(readFileSync(join(gold.pathname, file.replace(/\.txt$/, '.json')), 'utf8')) as GoldArticle,
    }));
}

export function evaluate(fixtures: readonly Fixture[]): { scores: ArticleScore[]; summary: Summary } {
  const scores = fixtures.map((f) => scoreArticle(toGold(extractArticle(f.file, f.text)), f.gold));
  return { scores, summary: summarize(scores) };
}
