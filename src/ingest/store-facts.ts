// Writes one article's extracted facts inside the caller's transaction: entities resolved
// against what is stored (store-entities.ts), then the article and its sentences, then mentions,
// roles and meeting reports (store-meetings.ts). Each kind of row is written with as few
// statements as it allows: at seeding scale, every statement costs more in Prisma than in
// SQLite (see bulk-insert.ts).
import type { Db } from '../db/client.ts';
import type { EntityType } from '../db/generated/enums.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { ExtractedArticle, MeetingFact, MentionFact, PersonFact } from '../extract/index.ts';
import { foldName } from '../extract/index.ts';
import { insertRows, insertSentences } from './bulk-insert.ts';
import { dateOnly, partialDate, undatedSortDate } from './dates.ts';
import { asReported } from './meeting-summary.ts';
import { ArticleEntities, type Ref } from './store-entities.ts';
import { storeReport } from './store-meetings.ts';

interface Context {
  tx: Db;
  entities: ArticleEntities;
  articleId: number;
  sentenceIds: Map<number, number>;
}

/**
 * Stores `facts`. `writeArticle` creates or updates the article row (which must have no
 * paragraphs or sentences left) given its dateline place, and returns its id.
 */
export async function storeFacts(
  tx: Db, facts: ExtractedArticle,
  writeArticle: (datelinePlaceId: number | null) => Promise<number>,
): Promise<void> {
  const entities = await ArticleEntities.load(tx, facts);
  await entities.storeAll(facts);

  const { article } = facts;
  const articleId = await writeArticle(article.dateline ? (await entities.ensurePlace(article.dateline, 'city', null)).id : null);
  await insertRows<Prisma.ParagraphCreateManyInput>(tx, 'Paragraph', ['articleId', 'index', 'kind', 'start', 'end'],
    article.paragraphs.map((p) => ({ articleId, index: p.index, kind: p.kind, start: p.start, end: p.end })));
  const sentenceIds = await insertSentences(tx, article.sentences.map((s) => ({
    articleId, index: s.index, paragraphIndex: s.paragraph, start: s.start, end: s.end, text: s.text,
  })));
  const ctx: Context = { tx, entities, articleId, sentenceIds };

  const mentionColumns = ['articleId', 'sentenceId', 'start', 'end', 'text', 'entityType', 'personId', 'organizationId', 'placeId'] as const;
  const mentions = [
    ...facts.people.flatMap((p) => mentionRows(ctx, p.mentions, 'person', entities.people.get(foldName(p.name)))),
    ...facts.organizations.flatMap((o) => mentionRows(ctx, o.mentions, 'organization', entities.organizations.get(foldName(o.name)))),
    ...facts.places.flatMap((p) => mentionRows(ctx, p.mentions, 'place', entities.places.get(foldName(p.name)))),
  ];
  await insertRows<Prisma.MentionCreateManyInput>(tx, 'Mention', mentionColumns, mentions);
  await storeArticleEntities(ctx, mentions, article.publishedOn ? dateOnly(article.publishedOn) : undatedSortDate);
  await storeRoles(ctx, facts.people);
  for (const meeting of facts.meetings) await storeMeeting(ctx, asReported(meeting, article.sentences));
  await entities.writeAliases();
}

function sentenceId(ctx: Context, index: number): number {
  const id = ctx.sentenceIds.get(index);
  if (id === undefined) throw new Error(`extraction referred to sentence ${index}, which the article does not have`);
  return id;
}

/**
 * One row per entity the article mentions, with its first mention's offset and the article's
 * date: the pairs the "mentioned in" connections page through.
 */
async function storeArticleEntities(ctx: Context, mentions: Prisma.MentionCreateManyInput[], publishedOn: Date): Promise<void> {
  const { tx, articleId } = ctx;
  /** entity id -> offset of its first mention */
  const firstMentions = (key: 'personId' | 'organizationId' | 'placeId') => {
    const starts = new Map<number, number>();
    for (const m of mentions) {
      const id = m[key];
      if (id != null) starts.set(id, Math.min(starts.get(id) ?? m.start, m.start));
    }
    return [...starts];
  };
  await insertRows<Prisma.ArticlePersonCreateManyInput>(tx, 'ArticlePerson', ['articleId', 'personId', 'publishedOn', 'firstMention'],
    firstMentions('personId').map(([personId, firstMention]) => ({ articleId, personId, publishedOn, firstMention })));
  await insertRows<Prisma.ArticleOrganizationCreateManyInput>(tx, 'ArticleOrganization', ['articleId', 'organizationId', 'publishedOn', 'firstMention'],
    firstMentions('organizationId').map(([organizationId, firstMention]) => ({ articleId, organizationId, publishedOn, firstMention })));
  await insertRows<Prisma.ArticlePlaceCreateManyInput>(tx, 'ArticlePlace', ['articleId', 'placeId', 'publishedOn', 'firstMention'],
    firstMentions('placeId').map(([placeId, firstMention]) => ({ articleId, placeId, publishedOn, firstMention })));
}

function mentionRows(ctx: Context, mentions: MentionFact[], entityType: EntityType, entity: Ref | undefined) {
  if (entity === undefined) return [];
  const { id } = entity;
  const key = entityType === 'person' ? 'personId' : entityType === 'organization' ? 'organizationId' : 'placeId';
  return mentions.map((m) => ({
    articleId: ctx.articleId, sentenceId: sentenceId(ctx, m.sentence), start: m.start, end: m.end, text: m.text,
    entityType, [key]: id,
  }));
}

async function storeRoles(ctx: Context, people: PersonFact[]): Promise<void> {
  const data = [];
  for (const person of people) {
    const personId = ctx.entities.people.get(foldName(person.name))?.id;
    if (personId === undefined) continue;
    for (const role of person.roles) {
      data.push({
        personId,
        title: role.title,
        organizationId: role.organization ? (await ctx.entities.ensureOrganization(role.organization)).id : null,
        countryId: role.country ? (await ctx.entities.ensureCountry(role.country)).id : null,
        articleId: ctx.articleId,
        sentenceId: sentenceId(ctx, role.sentence),
        start: role.start,
        end: role.end,
      });
    }
  }
  await insertRows<Prisma.RoleCreateManyInput>(ctx.tx, 'Role', ['personId', 'title', 'organizationId', 'countryId', 'articleId', 'sentenceId', 'start', 'end'], data);
}

// ---- meetings

async function storeMeeting(ctx: Context, fact: MeetingFact): Promise<void> {
  const { entities } = ctx;
  const people = fact.participants.map((n) => entities.people.get(foldName(n))).filter((p): p is Ref => !!p);
  const organizations = [];
  for (const name of fact.organizations) organizations.push(await entities.ensureOrganization(name));
  const location = fact.location ? await entities.ensurePlace(fact.location, 'city', null) : null;
  const venue = fact.venue ? await entities.ensurePlace(fact.venue, 'venue', null) : null;
  const when = partialDate(fact.date);
  await storeReport(ctx.tx, {
    articleId: ctx.articleId, sentenceId: sentenceId(ctx, fact.evidence.sentence), start: fact.evidence.start, end: fact.evidence.end,
    summary: fact.summary, name: fact.name, date: when.date, datePrecision: when.precision, status: fact.status,
    locationId: location?.id ?? null, venueId: venue?.id ?? null,
    members: new Set([...people.map((p) => `p${p.id}`), ...organizations.map((o) => `o${o.id}`)]),
  });
}
