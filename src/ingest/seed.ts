// Seeds the database from a directory of article files, one transaction per file: a bad file
// is reported and skipped, and what is already stored is never lost or half-written.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/client.ts';
import { ArticleParseError } from '../extract/index.ts';
import { readArticleFile, RejectedFileError } from './article-file.ts';
import { Ingestor, type IngestStatus } from './ingestor.ts';

export type SeedReport = Record<IngestStatus, string[]> & { rejected: Array<{ file: string; reason: string }> };

export async function articleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function seedDirectory(
  db: Database, dir: string, onFile: (file: string, outcome: IngestStatus | 'rejected', detail?: string) => void = () => {},
): Promise<SeedReport> {
  const report: SeedReport = { ingested: [], unchanged: [], replaced: [], rejected: [] };
  const ingestor = await Ingestor.create(db);
  for (const file of await articleFiles(dir)) {
    try {
      const text = await readArticleFile(file);
      // Relative to the root, so report.txt in two folders are two articles.
      const { status } = await ingestor.ingest(path.relative(dir, file).split(path.sep).join('/'), text);
      report[status].push(file);
      onFile(file, status);
    } catch (error) {
      const reason = rejectionReason(error);
      if (reason === null) throw error;
      report.rejected.push({ file, reason });
      onFile(file, 'rejected', reason);
    }
  }
  return report;
}

/** The one-line reason for an expected rejection; null for errors that are bugs or outages. */
function rejectionReason(error: unknown): string | null {
  if (error instanceof RejectedFileError) return error.reason;
  if (error instanceof ArticleParseError) return error.message;
  return null;
}
