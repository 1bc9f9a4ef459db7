// Child process: migrates a fresh database and seeds it from a directory, timing the seed;
// with --extract, then extracts the same files again batch by batch and writes each batch with
// the seed's own writer into a second fresh database, timing extraction and writes apart (the
// seed overlaps them in threads, so its time minus extraction's would say nothing). Prints one
// JSON line; maxRSS is the process's peak.
// Usage: node --import tsx bench/seed-child.ts <database url> <articles dir> [--extract]
import path from 'node:path';
import { createPrismaClient } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { extractArticle } from '../src/extract/index.ts';
import { readArticleFile } from '../src/ingest/article-file.ts';
import { Ingestor } from '../src/ingest/ingestor.ts';
import { articleFiles, defaultBatchSize, seedDirectory } from '../src/ingest/seed.ts';

const [url, dir, flag] = process.argv.slice(2);
if (!url || !dir) throw new Error('usage: seed-child.ts <database url> <articles dir> [--extract]');

await applyMigrations(url);
const db = createPrismaClient({ url });
const started = performance.now();
const report = await seedDirectory(db, dir);
const seedSeconds = (performance.now() - started) / 1000;
await db.$disconnect();

let extractSeconds: number | null = null;
let dbWriteSeconds: number | null = null;
if (flag === '--extract') {
  const writesUrl = url.replace(/(\.db)?$/, '-writes.db');
  await applyMigrations(writesUrl);
  const writesDb = createPrismaClient({ url: writesUrl });
  const ingestor = await Ingestor.create(writesDb);
  const files = await articleFiles(dir);
  extractSeconds = 0;
  dbWriteSeconds = 0;
  for (let i = 0; i < files.length; i += defaultBatchSize) {
    const began = performance.now();
    const batch = [];
    for (const file of files.slice(i, i + defaultBatchSize)) {
      const text = await readArticleFile(file);
      const fileName = path.relative(dir, file);
      batch.push({ fileName, text, facts: extractArticle(fileName, text) });
    }
    const extracted = performance.now();
    await ingestor.ingestBatch(batch);
    extractSeconds += (extracted - began) / 1000;
    dbWriteSeconds += (performance.now() - extracted) / 1000;
  }
  await writesDb.$disconnect();
}

console.log(JSON.stringify({
  articles: report.ingested.length,
  rejected: report.rejected.length,
  seedSeconds,
  extractSeconds,
  dbWriteSeconds,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
