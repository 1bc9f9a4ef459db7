// Child process: migrates a fresh database and seeds it from a directory, timing the seed;
// with --extract, then times extraction alone over the same files, so the database-write part
// of seeding is the difference. Prints one JSON line; maxRSS is the process's peak.
// Usage: node --import tsx bench/seed-child.ts <database url> <articles dir> [--extract]
import path from 'node:path';
import { createPrismaClient } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { extractArticle } from '../src/extract/index.ts';
import { readArticleFile } from '../src/ingest/article-file.ts';
import { articleFiles, seedDirectory } from '../src/ingest/seed.ts';

const [url, dir, flag] = process.argv.slice(2);
if (!url || !dir) throw new Error('usage: seed-child.ts <database url> <articles dir> [--extract]');

await applyMigrations(url);
const db = createPrismaClient({ url });
const started = performance.now();
const report = await seedDirectory(db, dir);
const seedSeconds = (performance.now() - started) / 1000;
await db.$disconnect();

let extractSeconds: number | null = null;
if (flag === '--extract') {
  const files = await articleFiles(dir);
  const began = performance.now();
  for (const file of files) extractArticle(path.basename(file), await readArticleFile(file));
  extractSeconds = (performance.now() - began) / 1000;
}

console.log(JSON.stringify({
  articles: report.ingested.length,
  rejected: report.rejected.length,
  seedSeconds,
  extractSeconds,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
