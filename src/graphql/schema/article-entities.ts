// Connections over the article-entity pairs stored at ingest (ArticlePerson, ArticleOrganization,
// ArticlePlace): "people in an article" in reading order and "articles about an entity" newest
// first, each paged in the database with the pair's key as cursor.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Prisma } from '../../db/generated/client.ts';
import { builder } from '../builder.ts';
import { nonEmpty } from './selection.ts';

// The helpers' own `query` takes a single ordering; these need a tiebreak, so fields spread them.
export const peopleInReadingOrder = [{ firstMention: 'asc' }, { personId: 'asc' }] satisfies Prisma.ArticlePersonOrderByWithRelationInput[];
export const organizationsInReadingOrder = [
  { firstMention: 'asc' }, { organizationId: 'asc' },
] satisfies Prisma.ArticleOrganizationOrderByWithRelationInput[];
export const placesInReadingOrder = [{ firstMention: 'asc' }, { placeId: 'asc' }] satisfies Prisma.ArticlePlaceOrderByWithRelationInput[];
/**
 * For an entity's articles: undated ones are stored as 0001-01-01, so they come last, and the
 * order is the (entity, publishedOn, articleId) index read backwards.
 */
export const newestFirst = [{ publishedOn: 'desc' }, { articleId: 'desc' }] satisfies Prisma.ArticlePersonOrderByWithRelationInput[];

export const articlePeople = prismaConnectionHelpers(builder, 'ArticlePerson', {
  cursor: 'articleId_personId',
  select: (nodeSelection) => ({ person: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.person,
});

export const articleOrganizations = prismaConnectionHelpers(builder, 'ArticleOrganization', {
  cursor: 'articleId_organizationId',
  select: (nodeSelection) => ({ organization: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.organization,
});

export const articlePlaces = prismaConnectionHelpers(builder, 'ArticlePlace', {
  cursor: 'articleId_placeId',
  select: (nodeSelection) => ({ place: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.place,
});

export const personArticles = prismaConnectionHelpers(builder, 'ArticlePerson', {
  cursor: 'articleId_personId',
  select: (nodeSelection) => ({ article: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.article,
});

export const organizationArticles = prismaConnectionHelpers(builder, 'ArticleOrganization', {
  cursor: 'articleId_organizationId',
  select: (nodeSelection) => ({ article: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.article,
});

export const placeArticles = prismaConnectionHelpers(builder, 'ArticlePlace', {
  cursor: 'articleId_placeId',
  select: (nodeSelection) => ({ article: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.article,
});
