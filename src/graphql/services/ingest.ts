// Ingestion behind the API: validates like the seed's file reader, runs the seed's pipeline,
// and turns expected rejections into values. One Ingestor per server, created on first use
// (its entity index is process state), with ingests run one at a time in arrival order.
// Extraction (gazetteers, WordNet, the POS model: some 75 MB of heap) is imported on the
// first ingest, so a server that only answers queries never holds it.
import type { Database } from '../../db/client.ts';
import { decodeArticleText, RejectedFileError } from '../../ingest/article-file.ts';
import type { Ingestor, IngestResult } from '../../ingest/ingestor.ts';

export type IngestOutcome = ({ ok: true } & IngestResult) | { ok: false; reason: string };

const maxFileNameLength = 255;

function fileNameProblem(fileName: string): string | null {
  if (fileName.trim() === '') return 'file name is empty';
  if (fileName.length > maxFileNameLength) return `file name is longer than ${maxFileNameLength} characters`;
  if (/[/\\\0]/.test(fileName)) return 'file name must not contain path separators or NUL';
  return null;
}

export class IngestService {
  private ingestor: Promise<Ingestor> | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Database) {}

  ingest(fileName: string, text: string): Promise<IngestOutcome> {
    const run = this.queue.then(() => this.run(fileName, text));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(fileName: string, text: string): Promise<IngestOutcome> {
    const problem = fileNameProblem(fileName);
    if (problem) return { ok: false, reason: problem };
    try {
      decodeArticleText(fileName, new TextEncoder().encode(text));
      return { ok: true, ...(await (await this.getIngestor()).ingest(fileName, text)) };
    } catch (error) {
      if (error instanceof RejectedFileError) return { ok: false, reason: error.reason };
      // Loaded by then: the ingestor imports extraction.
      const { ArticleParseError } = await import('../../extract/index.ts');
      if (error instanceof ArticleParseError) return { ok: false, reason: error.message };
      throw error;
    }
  }

  private getIngestor(): Promise<Ingestor> {
    this.ingestor ??= import('../../ingest/ingestor.ts').then(({ Ingestor }) => Ingestor.create(this.db)).catch((error: unknown) => {
      // Let the next ingest retry rather than fail forever after one outage.
      this.ingestor = undefined;
      throw error;
    });
    return this.ingestor;
  }
}
