import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/index.ts';
const [dir, file] = process.argv.slice(2) as [string, string];
const x = extractArticle(file, readFileSync(`${dir}/${file}`, 'utf8'));
for (const m of x.meetings) console.log(`PRED ${[...m.participants, ...m.organizations].join(' + ')} @ ${m.date} ${m.status} | ${x.article.sentences[m.evidence.sentence]?.text.slice(0, 250)}`);
