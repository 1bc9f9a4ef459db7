// Ingests articles: unchanged text is a no-op, changed text replaces the article's facts, and a
// failure leaves what was stored before untouched. One article is one transaction; a batch of
// already-extracted articles (seeding) is one transaction for all, falling back to one each.
import { createHash } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { providerOfDatabase, type Database, type Db } from '../db/client.ts';
import { extractArticle, type ExtractedArticle } from '../extract/index.ts';
import { uniqueSlugs } from './article-identity.ts';
import { lockWriters } from './writer-lock.ts';
import { dateOnly } from './dates.ts';
import { removeOrphans } from './orphans.ts';
import { storeFacts } from './store-facts.ts';
import { regroupMeetings } from './store-meetings.ts';
import { isConcurrentWriteConflict } from './write-conflict.ts';

/** Tries per article when concurrent writers conflict. */
const maxAttempts = 8;

/** How long one transaction may take (a batch's included) before Prisma rolls it back. */
const transactionTimeoutMs = 60_000;

export type IngestStatus = 'ingested' | 'unchanged' | 'replaced';

export interface IngestResult {
  status: IngestStatus;
  articleId: number;
  slug: string;
}

/** An article whose facts were extracted already (by seeding's worker threads). */
export interface ExtractedFile {
  fileName: string;
  text: string;
  facts: ExtractedArticle;
}

interface StoredArticle {
  id: number;
  slug: string;
  contentHash: string;
  fileName: string;
}

const storedArticleSelect = { id: true, slug: true, contentHash: true, fileName: true } as const;

/** What to do with one article, decided before writing anything. */
type Plan =
  | { status: 'unchanged'; stored: StoredArticle }
  /** The same text as the article at `index` of the same list, which is not stored yet. */
  | { status: 'unchanged'; sameAs: number }
  | Write;

type Write = { status: 'ingested' | 'replaced'; existing: StoredArticle | undefined; contentHash: string };

export function contentHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Plans articles in order against the stored ones and each other: the same text under any name
 * is unchanged (here too when an earlier article of the list has it); otherwise the article
 * with the file's name is replaced, or a new one ingested.
 */
function planArticles(articles: Array<{ fileName: string; text: string }>, stored: StoredArticle[]): Plan[] {
  const byHash = new Map(stored.map((a) => [a.contentHash, a]));
  const byName = new Map(stored.map((a) => [a.fileName, a]));
  const written = new Map<string, number>();
  return articles.map(({ fileName, text }, index): Plan => {
    const contentHash = contentHashOf(text);
    const stored = byHash.get(contentHash);
    if (stored) return { status: 'unchanged', stored };
    const sameAs = written.get(contentHash);
    if (sameAs !== undefined) return { status: 'unchanged', sameAs };
    written.set(contentHash, index);
    const existing = byName.get(fileName);
    return { status: existing ? 'replaced' : 'ingested', existing, contentHash };
  });
}

export class Ingestor {
  private constructor(private readonly db: Database) {}

  static async create(db: Database): Promise<Ingestor> {
    return new Ingestor(db);
  }

  /**
   * Ingests one article in one transaction, extracting it unless `facts` are given. Throws
   * `ArticleParseError` when the text holds no recognisable article.
   */
  async ingest(fileName: string, text: string, facts?: ExtractedArticle): Promise<IngestResult> {
    return this.retryingConflicts(() => this.attempt(fileName, text, facts));
  }

  /**
   * Ingests extracted articles in one transaction, in order, as `ingest` would one by one. When
   * that transaction fails (a conflict with another writer, an article that cannot be stored),
   * it leaves nothing behind and each article is ingested again in a transaction of its own,
   * so the others are stored and the failure is that article's alone.
   */
  async ingestBatch(articles: ExtractedFile[]): Promise<Array<PromiseSettledResult<IngestResult>>> {
    if (articles.length > 1) {
      try {
        return (await this.attemptBatch(articles)).map((value) => ({ status: 'fulfilled', value }));
      } catch {
        // Retried article by article below, where the error is reported against its article.
      }
    }
    const results: Array<PromiseSettledResult<IngestResult>> = [];
    for (const { fileName, text, facts } of articles) {
      results.push(await this.ingest(fileName, text, facts).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const,
      ));
    }
    return results;
  }

  private async retryingConflicts<T>(attempt: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!isConcurrentWriteConflict(error) || tries === maxAttempts) throw error;
        // Another writer (a seed beside the server, a parallel ingest worker) stored the same
        // entity or row between this transaction's lookup and its write; the failed transaction
        // left nothing behind, so wait a little and try again, finding what it stored.
        await setTimeout(Math.random() * 50 * tries);
      }
    }
  }

  private async attempt(fileName: string, text: string, facts?: ExtractedArticle): Promise<IngestResult> {
    // The article is the file's name (article-identity.ts); the same text under any name is unchanged.
    const stored = await this.db.article.findMany({
      where: { OR: [{ contentHash: contentHashOf(text) }, { fileName }] }, select: storedArticleSelect,
    });
    const [plan] = planArticles([{ fileName, text }], stored);
    if (!plan || 'sameAs' in plan) throw new Error('one article cannot repeat another of its list');
    if (plan.status === 'unchanged') return { status: 'unchanged', articleId: plan.stored.id, slug: plan.stored.slug };
    const extracted = facts ?? extractArticle(fileName, text);
    return this.db.$transaction(async (tx) => {
      await lockWriters(tx, providerOfDatabase(this.db));
      const slug = plan.existing?.slug ?? (await uniqueSlugs(tx, [fileName]))[0];
      const result = await this.write(tx, fileName, extracted, plan, slug);
      // After storing, so entities the new version still names are kept.
      if (plan.existing) await removeOrphans(tx);
      return result;
    }, { timeout: transactionTimeoutMs });
  }

  private attemptBatch(articles: ExtractedFile[]): Promise<IngestResult[]> {
    return this.db.$transaction(async (tx) => {
      await lockWriters(tx, providerOfDatabase(this.db));
      // One lookup and one slug query for the whole batch rather than one of each per article.
      const stored = await tx.article.findMany({
        where: { OR: [{ contentHash: { in: articles.map((a) => contentHashOf(a.text)) } }, { fileName: { in: articles.map((a) => a.fileName) } }] },
        select: storedArticleSelect,
      });
      const plans = planArticles(articles, stored);
      const slugs = await uniqueSlugs(tx, articles.filter((_, i) => plans[i]?.status === 'ingested').map((a) => a.fileName));
      const results: IngestResult[] = [];
      for (const [i, { fileName, facts }] of articles.entries()) {
        const plan = plans[i];
        if (!plan) throw new Error(`no plan for ${fileName}`);
        if (plan.status !== 'unchanged') {
          results.push(await this.write(tx, fileName, facts, plan, plan.existing?.slug ?? slugs.shift()));
        } else if ('stored' in plan) {
          results.push({ status: 'unchanged', articleId: plan.stored.id, slug: plan.stored.slug });
        } else {
          const same = results[plan.sameAs];
          if (!same) throw new Error(`${fileName} repeats an article that was not stored`);
          results.push({ ...same, status: 'unchanged' });
        }
      }
      if (plans.some((p) => p.status === 'replaced')) await removeOrphans(tx);
      return results;
    }, { timeout: transactionTimeoutMs });
  }

  /** Stores one article's facts in `tx`, replacing those of `plan.existing`. */
  private async write(
    tx: Db, fileName: string, facts: ExtractedArticle, plan: Write, slug: string | undefined,
  ): Promise<IngestResult> {
    if (slug === undefined) throw new Error(`no slug was allocated for ${fileName}`);
    const { existing, contentHash } = plan;
    let reported: number[] = [];
    if (existing) {
      // The old version's meeting reports go: their meetings are regrouped from the reports left.
      reported = [...new Set((await tx.meetingSource.findMany({ where: { articleId: existing.id }, select: { meetingId: true } }))
        .map((s) => s.meetingId))];
      // Sentences cascade to the mentions, roles and meeting sources that cite them.
      await tx.sentence.deleteMany({ where: { articleId: existing.id } });
      await tx.paragraph.deleteMany({ where: { articleId: existing.id } });
      // The article-entity pairs are rewritten from the new mentions.
      await tx.articlePerson.deleteMany({ where: { articleId: existing.id } });
      await tx.articleOrganization.deleteMany({ where: { articleId: existing.id } });
      await tx.articlePlace.deleteMany({ where: { articleId: existing.id } });
    }
    const { article } = facts;
    let articleId = existing?.id ?? 0;
    await storeFacts(tx, facts, async (datelinePlaceId) => {
      const data = {
        fileName, contentHash, title: article.title, source: article.source, dateline: article.dateline,
        datelinePlaceId, body: article.body, publishedOn: article.publishedOn ? dateOnly(article.publishedOn) : null,
      };
      articleId = existing
        ? (await tx.article.update({ where: { id: existing.id }, data: { ...data, ingestedAt: new Date() }, select: { id: true } })).id
        : (await tx.article.create({ data: { ...data, slug }, select: { id: true } })).id;
      return articleId;
    });
    if (existing) await regroupMeetings(tx, reported);
    return { status: plan.status, articleId, slug };
  }
}
