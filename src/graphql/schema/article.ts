// Article: one ingested news article, and the root fields that find articles.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Prisma } from '../../db/generated/client.ts';
import type { Database } from '../../db/client.ts';
import { builder, maxPageSize } from '../builder.ts';
import { checkLength, limits } from '../limits.ts';
import { sourcesContaining } from '../services/sources.ts';
import { organizationNamed, personNamed } from '../services/names.ts';
import { EntityType, SortDirection } from './enums.ts';
import { Mention } from './evidence.ts';
import { Meeting } from './meeting.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';
import { nonEmpty } from './selection.ts';
import {
  articleOrganizations, articlePeople, articlePlaces, organizationsInReadingOrder, peopleInReadingOrder, placesInReadingOrder,
} from './article-entities.ts';

/** The meetings an article reports, in the order it states them. */
const reportedMeetingConnection = prismaConnectionHelpers(builder, 'MeetingSource', {
  cursor: 'id',
  select: (nodeSelection) => ({ meeting: nonEmpty(nodeSelection(true)) }),
  resolveNode: (source) => source.meeting,
});

/** An article's mentions (of one kind, when asked), in reading order. */
const mentionConnection = prismaConnectionHelpers(builder, 'Mention', { cursor: 'id' });

// The helper's own `query` takes a single ordering; this needs a tiebreak.
const sourcesInReadingOrder = [{ start: 'asc' }, { id: 'asc' }] satisfies Prisma.MeetingSourceOrderByWithRelationInput[];

export const Article = builder.prismaNode('Article', {
  id: { field: 'id' },
  nullable: true, // node(id:) of a row that does not exist answers null, not an error
  // Select mode: columns are loaded only when their fields are asked for, so listing
  // titles does not read every article's body.
  select: { id: true },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    fileName: t.exposeString('fileName'),
    contentHash: t.exposeString('contentHash'),
    title: t.exposeString('title', { nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date', nullable: true }),
    source: t.exposeString('source', { nullable: true }),
    dateline: t.exposeString('dateline', { nullable: true }),
    datelinePlace: t.relation('datelinePlace', { nullable: true }),
    body: t.exposeString('body'),
    ingestedAt: t.expose('ingestedAt', { type: 'DateTime' }),
  }),
});

// Connections to other node types, added separately so the node refs do not depend on each other.
builder.prismaObjectFields(Article, (t) => ({
  people: t.connection(
    {
      type: Person,
      description: 'People the article mentions, in order of first mention.',
      select: (args, ctx, nested) => ({
        peopleNamed: { ...articlePeople.getQuery(args, ctx, nested), orderBy: peopleInReadingOrder },
      }),
      resolve: (parent, args, ctx) => ({
        ...articlePeople.resolve(parent.peopleNamed, args, ctx, parent),
        totalCount: () => ctx.loaders.count('articlePeople').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  organizations: t.connection(
    {
      type: Organization,
      description: 'Organizations the article mentions, in order of first mention.',
      select: (args, ctx, nested) => ({
        organizationsNamed: { ...articleOrganizations.getQuery(args, ctx, nested), orderBy: organizationsInReadingOrder },
      }),
      resolve: (parent, args, ctx) => ({
        ...articleOrganizations.resolve(parent.organizationsNamed, args, ctx, parent),
        totalCount: () => ctx.loaders.count('articleOrganizations').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  places: t.connection(
    {
      type: Place,
      description: 'Places the article mentions, in order of first mention.',
      select: (args, ctx, nested) => ({
        placesNamed: { ...articlePlaces.getQuery(args, ctx, nested), orderBy: placesInReadingOrder },
      }),
      resolve: (parent, args, ctx) => ({
        ...articlePlaces.resolve(parent.placesNamed, args, ctx, parent),
        totalCount: () => ctx.loaders.count('articlePlaces').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  meetings: t.connection(
    {
      type: Meeting,
      description: 'Meetings the article reports, in the order it states them.',
      select: (args, ctx, nested) => ({
        meetingSources: { ...reportedMeetingConnection.getQuery(args, ctx, nested), orderBy: sourcesInReadingOrder },
      }),
      resolve: (article, args, ctx) => ({
        ...reportedMeetingConnection.resolve(article.meetingSources, args, ctx, article),
        totalCount: () => ctx.loaders.count('articleMeetings').load(article.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  mentions: t.connection(
    {
      type: Mention,
      description: 'Every entity mention in the article, in reading order, with its sentence and span.',
      args: { entityType: t.arg({ type: EntityType, required: false, description: 'Only mentions of this kind.' }) },
      select: (args, ctx, nested) => ({
        mentions: {
          ...mentionConnection.getQuery(args, ctx, nested),
          where: args.entityType ? { entityType: args.entityType } : {},
          orderBy: [{ start: 'asc' }, { id: 'asc' }],
        },
      }),
      resolve: (article, args, ctx) => ({
        ...mentionConnection.resolve(article.mentions, args, ctx, article),
        totalCount: () => ctx.loaders.count('articleMentions', args.entityType ?? undefined).load(article.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
}));

const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Narrows a list of articles; all given conditions must hold.',
  fields: (t) => ({
    publishedFrom: t.field({ type: 'Date', description: 'Earliest publication date (inclusive); a month or year counts from its first day.' }),
    publishedTo: t.field({ type: 'Date', description: 'Latest publication date (inclusive); a month or year counts to its last day.' }),
    source: t.string({ description: 'News agency or outlet, such as Xinhua or TASS (case-insensitive, part of the name suffices).' }),
    mentionsPerson: t.string({ description: 'Name of a person the article mentions (any alias).' }),
    mentionsOrganization: t.string({ description: 'Name of an organization the article mentions (any alias).' }),
  }),
});

const ArticleOrderField = builder.enumType('ArticleOrderField', {
  description: 'What to order articles by.',
  values: {
    PUBLISHED_ON: { value: 'publishedOn', description: 'Publication date; undated articles come last.' },
    TITLE: { value: 'title', description: 'Headline.' },
  } as const,
});

const ArticleOrder = builder.inputType('ArticleOrder', {
  description: 'Ordering of articles; ties are broken by ID.',
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, defaultValue: 'publishedOn', description: 'What to order by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'desc', description: 'Ascending or descending.' }),
  }),
});

async function articleWhere(db: Database, filter: typeof ArticleFilter.$inferInput | null | undefined): Promise<Prisma.ArticleWhereInput> {
  const conditions: Prisma.ArticleWhereInput[] = [];
  if (filter?.publishedFrom) conditions.push({ publishedOn: { gte: filter.publishedFrom.first } });
  if (filter?.publishedTo) conditions.push({ publishedOn: { lte: filter.publishedTo.last } });
  if (filter?.source) {
    checkLength('filter.source', filter.source, limits.maxNameLength);
    conditions.push({ source: { in: await sourcesContaining(db, filter.source) } });
  }
  if (filter?.mentionsPerson) conditions.push({ mentions: { some: { person: personNamed(filter.mentionsPerson) } } });
  if (filter?.mentionsOrganization) {
    conditions.push({ mentions: { some: { organization: organizationNamed(filter.mentionsOrganization) } } });
  }
  return { AND: conditions };
}

function articleOrder(order: typeof ArticleOrder.$inferInput | null | undefined): Prisma.ArticleOrderByWithRelationInput[] {
  const direction = order?.direction ?? 'desc';
  const field = order?.field ?? 'publishedOn';
  return [{ [field]: { sort: direction, nulls: 'last' } }, { id: direction }];
}

builder.queryFields((t) => ({
  articles: t.prismaConnection({
    type: 'Article',
    description: 'Articles, filtered and ordered; newest first by default.',
    cursor: 'id',
    args: {
      filter: t.arg({ type: ArticleFilter, required: false, description: 'Conditions the articles must meet.' }),
      orderBy: t.arg({ type: ArticleOrder, required: false, description: 'Ordering; newest first when omitted.' }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.article.findMany({ ...query, where: await articleWhere(ctx.db, args.filter), orderBy: articleOrder(args.orderBy) }),
    totalCount: async (_root, args, ctx) => ctx.db.article.count({ where: await articleWhere(ctx.db, args.filter) }),
  }),
  article: t.prismaField({
    type: 'Article',
    nullable: true,
    description: 'The article with this slug, such as "001-eeb6f145542a736b"; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: "The article's slug." }) },
    resolve: (query, _root, args, ctx) => ctx.db.article.findUnique({ ...query, where: { slug: args.slug } }),
  }),
}));
