// Ingests one article in one transaction: unchanged text is a no-op, changed text replaces the
// article's facts, and a failure leaves what was stored before untouched.
import { createHash } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { providerOfDatabase, type Database } from '../db/client.ts';
import { extractArticle } from '../extract/index.ts';
import { uniqueSlug } from './article-identity.ts';
import { meetingResolutionLock } from './meeting-lookup.ts';
import { dateOnly } from './dates.ts';
import { removeOrphans } from './orphans.ts';
import { storeFacts } from './store-facts.ts';
import { regroupMeetings } from './store-meetings.ts';
import { isConcurrentWriteConflict } from './write-conflict.ts';

/** Tries per article when concurrent writers conflict. */
const maxAttempts = 8;

export type IngestStatus = 'ingested' | 'unchanged' | 'replaced';

export interface IngestResult {
  status: IngestStatus;
  articleId: number;
  slug: string;
}

export class Ingestor {
  private constructor(private readonly db: Database) {}

  static async create(db: Database): Promise<Ingestor> {
    return new Ingestor(db);
  }

  /** Throws `ArticleParseError` when the text holds no recognisable article. */
  async ingest(fileName: string, text: string): Promise<IngestResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attempt(fileName, text);
      } catch (error) {
        if (!isConcurrentWriteConflict(error) || attempt === maxAttempts) throw error;
        // Another writer (a seed beside the server, a parallel ingest worker) stored the same
        // entity or row between this transaction's lookup and its write; the failed transaction
        // left nothing behind, so wait a little and try again, finding what it stored.
        await setTimeout(Math.random() * 50 * attempt);
      }
    }
  }

  private async attempt(fileName: string, text: string): Promise<IngestResult> {
    const contentHash = createHash('sha256').update(text).digest('hex');
    // The article is the file's name (article-identity.ts); the same text under any name is unchanged.
    const stored = await this.db.article.findMany({
      where: { OR: [{ contentHash }, { fileName }] },
      select: { id: true, slug: true, contentHash: true, fileName: true },
    });
    const same = stored.find((a) => a.contentHash === contentHash);
    if (same) return { status: 'unchanged', articleId: same.id, slug: same.slug };
    const existing = stored.find((a) => a.fileName === fileName);
    const facts = extractArticle(fileName, text);
    const { article } = facts;

    const { id: articleId, slug } = await this.db.$transaction(
      async (tx) => {
        const lockMeetings = meetingResolutionLock(tx, providerOfDatabase(this.db));
        let reported: number[] = [];
        if (existing) {
          // The old version's meeting reports go: their meetings are regrouped from the reports left.
          await lockMeetings();
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
        let id = existing?.id ?? 0;
        const slug = existing?.slug ?? (await uniqueSlug(tx, fileName));
        await storeFacts(tx, facts, async (datelinePlaceId) => {
          const data = {
            fileName, contentHash, title: article.title, source: article.source, dateline: article.dateline,
            datelinePlaceId, body: article.body, publishedOn: article.publishedOn ? dateOnly(article.publishedOn) : null,
          };
          id = existing
            ? (await tx.article.update({ where: { id: existing.id }, data: { ...data, ingestedAt: new Date() }, select: { id: true } })).id
            : (await tx.article.create({ data: { ...data, slug }, select: { id: true } })).id;
          return id;
        }, lockMeetings);
        // After storing, so entities the new version still names are kept.
        if (existing) {
          await regroupMeetings(tx, reported);
          await removeOrphans(tx);
        }
        return { id, slug };
      },
      { timeout: 60_000 },
    );
    return { status: existing ? 'replaced' : 'ingested', articleId, slug };
  }
}
