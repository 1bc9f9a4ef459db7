import { readFileSync } from 'node:fs';
import { extractArticle, toGold } from '../src/extract/index.ts';
for (const file of process.argv.slice(2)) {
  const text = readFileSync(`../shared/corpus/${file}`, 'utf8');
  const gold = JSON.parse(readFileSync(`../shared/gold/${file.replace('.txt', '.json')}`, 'utf8'));
  const x = extractArticle(file, text);
  console.log(`\n### ${file}  published ${x.article.publishedOn} dateline ${x.article.dateline}`);
  for (const m of gold.meetings) console.log(`  GOLD ${[...m.participants, ...m.organizations].join(' + ')} @ ${m.date} ${m.status} | ${m.summary}`);
  for (const m of x.meetings) console.log(`  PRED ${[...m.participants, ...m.organizations].join(' + ')} @ ${m.date} ${m.status} | ${x.article.sentences[m.evidence.sentence]?.text.slice(0, 160)}`);
}
