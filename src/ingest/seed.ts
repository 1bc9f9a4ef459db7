// Seeds the database from a directory of article files: a bad file is reported and skipped, and
// what is already stored is never lost or half-written. The main thread reads the files and
// writes several articles per transaction (ingestor.ts) while worker threads extract the next
// ones (extract-workers.ts); articles are written and reported in file order whatever the
// workers' timing, so a seed's result does not depend on it.
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Database } from '../db/client.ts';
import { ArticleParseError, extractArticle, type ExtractedArticle } from '../extract/index.ts';
import { readArticleFile, RejectedFileError } from './article-file.ts';
import { ExtractionPool } from './extract-workers.ts';
import { contentHashOf, Ingestor, type ExtractedFile, type IngestStatus } from './ingestor.ts';

export type SeedReport = Record<IngestStatus, string[]> & { rejected: Array<{ file: string; reason: string }> };

export type SeedOutcome = IngestStatus | 'rejected';

export interface SeedOptions {
  /** Extraction threads; 0 extracts on the main thread. Default: one per core but the writer's (at most 2), for large seeds. */
  workers?: number;
  /** Articles per transaction. */
  batchSize?: number;
}

/** Articles per transaction: a SQLite commit and a few lookups are shared by this many. */
export const defaultBatchSize = 50;

/**
 * A worker costs about a second of CPU to start (it loads the gazetteers): as much as extracting
 * 500 articles, so smaller seeds extract on the main thread, where overlap would not repay it.
 */
const minFilesForWorkers = 1000;

/** Writing an article costs more than extracting it, so a second extraction thread is the most that pays. */
const maxWorkers = 2;

export async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A file ready to be written, or why it cannot be. */
type Prepared = { file: string; unchanged: true } | { file: string; article: ExtractedFile } | { file: string; failed: unknown };

/** What waits, in order, for the batch it came with to be written. */
type Pending = Exclude<Prepared, { failed: unknown }> | { file: string; rejected: string };

export async function seedDirectory(
  db: Database, dir: string, onFile: (file: string, outcome: SeedOutcome, detail?: string) => void = () => {},
  { workers, batchSize = defaultBatchSize }: SeedOptions = {},
): Promise<SeedReport> {
  const report: SeedReport = { ingested: [], unchanged: [], replaced: [], rejected: [] };
  const files = await articleFiles(dir);
  const threads = workers ?? (files.length >= minFilesForWorkers ? Math.min(maxWorkers, Math.max(1, availableParallelism() - 1)) : 0);
  const pool = threads > 0 ? new ExtractionPool(threads) : null;
  const extract = (fileName: string, text: string) =>
    pool ? pool.extract(fileName, text) : Promise.resolve().then(() => extractArticle(fileName, text));
  const ingestor = await Ingestor.create(db);

  const reportOutcome = (file: string, outcome: SeedOutcome, detail?: string) => {
    if (outcome === 'rejected') report.rejected.push({ file, reason: detail ?? '' });
    else report[outcome].push(file);
    onFile(file, outcome, detail);
  };
  /** Writes a batch, then reports every file it came with in order. */
  const write = async (batch: Pending[]) => {
    const outcomes = await ingestor.ingestBatch(batch.flatMap((p) => ('article' in p ? [p.article] : [])));
    for (const p of batch) {
      if ('rejected' in p) reportOutcome(p.file, 'rejected', p.rejected);
      else if ('unchanged' in p) reportOutcome(p.file, 'unchanged');
      else {
        const outcome = outcomes.shift();
        if (outcome?.status === 'fulfilled') reportOutcome(p.file, outcome.value.status);
        else {
          const reason = rejectionReason(outcome?.reason);
          if (reason === null) throw outcome?.reason;
          reportOutcome(p.file, 'rejected', reason);
        }
      }
    }
  };

  // Chunks of files read ahead of the writer, their extraction under way: enough to keep the
  // workers busy through a batch's writes, few enough to bound memory. A chunk is a batch.
  const chunks = Array.from({ length: Math.ceil(files.length / batchSize) }, (_, i) => files.slice(i * batchSize, (i + 1) * batchSize));
  const ahead: Array<Promise<Array<Promise<Prepared>>>> = [];
  const fill = () => {
    while (ahead.length < 2 && chunks.length) ahead.push(prepareChunk(db, dir, chunks.shift() as string[], extract));
  };
  try {
    fill();
    while (ahead.length) {
      const chunk = await (ahead.shift() as (typeof ahead)[number]);
      fill();
      const batch: Pending[] = [];
      for (const prepared of chunk) {
        const p = await prepared;
        if (!('failed' in p)) {
          batch.push(p);
          continue;
        }
        const reason = rejectionReason(p.failed);
        if (reason === null) {
          // A bug or an outage: the files before it are still stored, then the seed stops.
          await write(batch);
          throw p.failed;
        }
        batch.push({ file: p.file, rejected: reason });
      }
      await write(batch);
    }
  } finally {
    await pool?.close();
  }
  return report;
}

/**
 * Reads a chunk of files and starts extracting those whose text is not stored already, so a
 * seed run again extracts nothing (the write checks again, in its transaction). Failures are
 * values, met by the writer in file order.
 */
async function prepareChunk(
  db: Database, root: string, files: string[], extract: (fileName: string, text: string) => Promise<ExtractedArticle>,
): Promise<Array<Promise<Prepared>>> {
  const read = await Promise.all(files.map(async (file): Promise<{ file: string; text: string } | { file: string; failed: unknown }> => {
    try {
      return { file, text: await readArticleFile(file) };
    } catch (failed) {
      return { file, failed };
    }
  }));
  const hashes = read.flatMap((r) => ('text' in r ? [contentHashOf(r.text)] : []));
  // Should this lookup fail, every file is extracted, and the write finds out what is stored.
  const stored = new Set((await db.article.findMany({ where: { contentHash: { in: hashes } }, select: { contentHash: true } })
    .catch(() => [])).map((a) => a.contentHash));
  return read.map(async (r): Promise<Prepared> => {
    if (!('text' in r)) return r;
    const { file, text } = r;
    if (stored.has(contentHashOf(text))) return { file, unchanged: true };
    // Relative to the root, so report.txt in two folders are two articles.
    const fileName = path.relative(root, file).split(path.sep).join('/');
    try {
      return { file, article: { fileName, text, facts: await extract(fileName, text) } };
    } catch (failed) {
      return { file, failed };
    }
  });
}

/** The one-line reason for an expected rejection; null for errors that are bugs or outages. */
function rejectionReason(error: unknown): string | null {
  if (error instanceof RejectedFileError) return error.reason;
  if (error instanceof ArticleParseError) return error.message;
  return null;
}

