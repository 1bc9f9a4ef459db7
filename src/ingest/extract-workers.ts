// Extraction in worker threads, so that seeding extracts the next articles while the main
// thread writes the previous ones. Extraction is pure and its facts are plain data, which cross
// threads by structured clone; each request gets its own promise, so callers keep their order.
import { Worker } from 'node:worker_threads';
import { ArticleParseError, type ExtractedArticle } from '../extract/index.ts';

type Reply = { id: number } & ({ facts: ExtractedArticle } | { parseError: string } | { error: string });

interface Pending {
  fileName: string;
  worker: Worker;
  resolve: (facts: ExtractedArticle) => void;
  reject: (error: Error) => void;
}

export class ExtractionPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => this.startWorker());
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./extract-worker.js', import.meta.url));
    worker.on('message', (reply: Reply) => this.settle(reply));
    // A worker that dies takes its queued articles with it: fail them, naming each.
    worker.on('error', (error) => this.failAll(worker, error.message));
    worker.on('exit', (code) => this.failAll(worker, `extraction worker exited with code ${code}`));
    return worker;
  }

  /** The facts of one article; rejects with `ArticleParseError` as `extractArticle` throws it. */
  extract(fileName: string, text: string): Promise<ExtractedArticle> {
    const id = this.nextId++;
    const worker = this.leastBusy();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { fileName, worker, resolve, reject });
      worker.postMessage({ id, fileName, text });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private leastBusy(): Worker {
    const load = new Map(this.workers.map((w) => [w, 0]));
    for (const { worker } of this.pending.values()) load.set(worker, (load.get(worker) ?? 0) + 1);
    return [...load].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  }

  private settle(reply: Reply): void {
    const request = this.pending.get(reply.id);
    if (!request) return;
    this.pending.delete(reply.id);
    if ('facts' in reply) request.resolve(reply.facts);
    // The worker's message is "<fileName>: <reason>", as ArticleParseError composes it.
    else if ('parseError' in reply) request.reject(new ArticleParseError(request.fileName, reply.parseError.slice(request.fileName.length + 2)));
    else request.reject(new Error(`extracting ${request.fileName} failed in a worker thread: ${reply.error}`));
  }

  private failAll(worker: Worker, reason: string): void {
    for (const [id, request] of this.pending) {
      if (request.worker !== worker) continue;
      this.pending.delete(id);
      request.reject(new Error(`extracting ${request.fileName} failed: ${reason}`));
    }
  }
}
