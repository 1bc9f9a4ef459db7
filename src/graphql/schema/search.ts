// Full-text search across articles and entities.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, maxPageSize } from '../builder.ts';
import { rowQuery } from './selection.ts';
import type { Context } from '../context.ts';
import { search, searchKinds, type SearchHit, type SearchKind } from '../services/search.ts';
import { Article } from './article.ts';
import { Meeting } from './meeting.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { Place } from './place.ts';

const SearchResult = builder.unionType('SearchResult', {
  description: 'Something search can find.',
  types: [Article, Person, Organization, Place, Meeting],
});

const SearchType = builder.enumType('SearchType', {
  description: 'A kind of search result.',
  values: {
    ARTICLE: { value: 'article', description: 'Articles, by title and text.' },
    PERSON: { value: 'person', description: 'People, by name and alias.' },
    ORGANIZATION: { value: 'organization', description: 'Organizations, by name, acronym and alias.' },
    PLACE: { value: 'place', description: 'Places, by name and alias.' },
    MEETING: { value: 'meeting', description: 'Meetings, by summary and name.' },
  } as const,
});

/** Loads each hit's entity with the fields the query selects on its type, one query per kind. */
async function loadHits(hits: SearchHit[], ctx: Context, info: GraphQLResolveInfo) {
  const ids = (kind: SearchKind) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.entityId);
  const query = (typeName: string) => rowQuery(queryFromInfo({ context: ctx, info, typeName, path: ['edges', 'node'] }));
  // Kinds with no hit on the page cost no query.
  const load = async <T extends { id: number }>(kind: SearchKind, find: (ids: number[]) => Promise<T[]>) => {
    const wanted = ids(kind);
    return wanted.length ? (await find(wanted)).map((row) => [`${kind}:${row.id}`, row] as const) : [];
  };
  // Branding tells the SearchResult union which type each row is.
  const rows = await Promise.all([
    load('article', async (id) => Article.addBrand(await ctx.db.article.findMany({ ...query('Article'), where: { id: { in: id } } }))),
    load('person', async (id) => Person.addBrand(await ctx.db.person.findMany({ ...query('Person'), where: { id: { in: id } } }))),
    load('organization', async (id) =>
      Organization.addBrand(await ctx.db.organization.findMany({ ...query('Organization'), where: { id: { in: id } } }))),
    load('place', async (id) => Place.addBrand(await ctx.db.place.findMany({ ...query('Place'), where: { id: { in: id } } }))),
    load('meeting', async (id) => Meeting.addBrand(await ctx.db.meeting.findMany({ ...query('Meeting'), where: { id: { in: id } } }))),
  ]);
  const byKey = new Map<string, (typeof rows)[number][number][1]>(rows.flat());
  // An entity deleted between the search and the load is dropped from the page.
  return hits.flatMap((hit) => {
    const node = byKey.get(`${hit.kind}:${hit.entityId}`);
    return node ? [{ ...hit, node }] : [];
  });
}

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchResult,
      description: 'Full-text search over article titles and text and the names of people, organizations, places and meetings; best match first.',
      args: {
        query: t.arg.string({ required: true, description: 'Words to find; all must occur (case and diacritics are ignored).' }),
        types: t.arg({
          type: [SearchType],
          required: false,
          description: 'Only results of these kinds; all kinds when omitted.',
        }),
      },
      resolve: async (_root, args, ctx, info) => {
        let totalCount = 0;
        const connection = await resolveOffsetConnection({ args, maxSize: maxPageSize }, async ({ offset, limit }) => {
          const page = await search(ctx.db, args.query, { kinds: args.types ?? searchKinds, offset, limit });
          totalCount = page.totalCount;
          return loadHits(page.hits, ctx, info);
        });
        return {
          ...connection,
          totalCount,
          edges: connection.edges.map((edge) => ({ ...edge, node: edge.node.node, score: edge.node.score, snippet: edge.node.snippet })),
        };
      },
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount }) }) },
    {
      description: 'A search result with its relevance and the text that matched.',
      fields: (e) => ({
        score: e.float({ description: 'Relevance (negated BM25 on SQLite, ts_rank_cd on PostgreSQL); higher is better.', resolve: (edge) => edge.score }),
        snippet: e.string({
          description: 'The best-matching text around the match; matched words are between « and ».',
          resolve: (edge) => edge.snippet,
        }),
      }),
    },
  ),
);
