// npm run bench:extract: extraction throughput on one core over the fixture articles,
// repeated to at least 1000 articles after a warm-up pass.
import { extractArticle } from '../src/extract/index.ts';
import { loadFixtures } from '../src/eval/fixtures.ts';

const fixtures = loadFixtures();
const target = 1000;
const rounds = Math.ceil(target / fixtures.length);

for (let i = 0; i < 3; i++) for (const f of fixtures) extractArticle(f.file, f.text);

let articles = 0;
let checksum = 0;
const started = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) {
  for (const f of fixtures) {
    checksum += extractArticle(f.file, f.text).meetings.length;
    articles++;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `extracted ${articles} articles in ${seconds.toFixed(2)} s: ${(articles / seconds).toFixed(0)} articles/s, ` +
    `${((seconds * 1000) / articles).toFixed(2)} ms/article (meetings found: ${checksum})`,
);
