// npm run bench:extract: extraction alone on one core. Prints what loading the gazetteers and
// models costs (time and heap), then throughput over the seed articles and, where ../shared is
// present, the real articles of ../shared/corpus, each repeated to at least 1000 articles after
// a warm-up pass.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Fixture } from '../src/eval/fixtures.ts';

/** Time and retained heap of importing a module that loads data at start-up. */
async function timedLoad<T>(name: string, load: () => Promise<T>): Promise<T> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const module = await load();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  globalThis.gc?.();
  const mb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`start-up, ${name}: ${ms.toFixed(0)} ms, ${mb.toFixed(0)} MB of heap retained`);
  return module;
}

if (!globalThis.gc) console.log('(run through `npm run bench:extract`, which exposes gc, for retained-heap figures)');
// The source transform of the modules themselves is not start-up work of the data: warm it first.
await import('../src/extract/recognize/tokens.ts');
await timedLoad('gazetteers (WordNet, GeoNames cities, world-countries, seed/knowledge.json)', () => import('../src/extract/link/knowledge.ts'));
await timedLoad('part-of-speech model (wink-eng-lite-web-model)', () => import('../src/extract/recognize/pos.ts'));
const { extractArticle } = await timedLoad('the rest of extraction', () => import('../src/extract/index.ts'));

const { loadArticleDir, loadFixtures } = await import('../src/eval/fixtures.ts');

function throughput(name: string, fixtures: readonly Fixture[]): void {
  const rounds = Math.ceil(1000 / fixtures.length);
  for (let i = 0; i < 3; i++) for (const f of fixtures) extractArticle(f.file, f.text);
  let articles = 0;
  let bytes = 0;
  let checksum = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) {
    for (const f of fixtures) {
      checksum += extractArticle(f.file, f.text).meetings.length;
      articles++;
      bytes += f.text.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${name}: ${articles} articles (${(bytes / articles / 1024).toFixed(1)} KB on average) in ${seconds.toFixed(2)} s: ` +
      `${(articles / seconds).toFixed(0)} articles/s, ${((seconds * 1000) / articles).toFixed(2)} ms/article (meetings found: ${checksum})`,
  );
}

throughput('seed articles', loadFixtures());
const corpus = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
if (existsSync(corpus)) throughput('../shared/corpus', loadArticleDir(corpus));
