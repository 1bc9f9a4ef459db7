// npm run corpus -- --articles N --out DIR [--seed S]
// Writes DIR/articles/<name>.txt and DIR/gold/<name>.json for a synthetic corpus.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/corpus/index.ts';

function positiveInteger(name: string, value: string | undefined, fallback?: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (n === undefined || !Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer`);
  return n;
}

const { values } = parseArgs({
  options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
});
if (!values.out || values.articles === undefined) {
  console.error('usage: npm run corpus -- --articles N --out DIR [--seed S]');
  process.exit(2);
}
const articles = positiveInteger('articles', values.articles);
const seed = positiveInteger('seed', values.seed, 1);
const out = path.resolve(values.out);
await mkdir(path.join(out, 'articles'), { recursive: true });
await mkdir(path.join(out, 'gold'), { recursive: true });

const started = performance.now();
let pending: Promise<void>[] = [];
for (const article of generateCorpus({ articles, seed })) {
  const base = article.fileName.replace(/\.txt$/, '');
  pending.push(
    writeFile(path.join(out, 'articles', article.fileName), article.text),
    writeFile(path.join(out, 'gold', `${base}.json`), `${JSON.stringify(article.gold, null, 2)}\n`),
  );
  // Bounded concurrency: enough to overlap disk writes, few enough to keep file handles low.
  if (pending.length >= 200) {
    await Promise.all(pending);
    pending = [];
  }
}
await Promise.all(pending);
console.log(`corpus: ${articles} articles (seed ${seed}) in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
