// Place: a city, region, country or venue.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Prisma } from '../../db/generated/client.ts';
import { builder } from '../builder.ts';
import { placeNamed } from '../services/names.ts';
import { Article } from './article.ts';
import { PlaceKind, SortDirection } from './enums.ts';
import { PlaceAlias } from './evidence.ts';
import { Meeting } from './meeting.ts';
import { placeArticles, newestFirst } from './article-entities.ts';
import { nonEmpty } from './selection.ts';
import { placeIdNamed } from '../services/lookup.ts';

/** A place's meetings (the PlaceMeeting pairs the Meeting triggers keep), paged in the database. */
const placeMeetingConnection = prismaConnectionHelpers(builder, 'PlaceMeeting', {
  cursor: 'placeId_meetingId',
  select: (nodeSelection) => ({ meeting: nonEmpty(nodeSelection(true)) }),
  resolveNode: (pair) => pair.meeting,
});

/** Most recent first, undated last, then by ID (the order of the root `meetings` field). */
const placeMeetingsNewestFirst = [
  { meeting: { date: { sort: 'desc', nulls: 'last' } } }, { meetingId: 'desc' },
] satisfies Prisma.PlaceMeetingOrderByWithRelationInput[];

const childConnection = prismaConnectionHelpers(builder, 'Place', { cursor: 'id' });
const aliasConnection = prismaConnectionHelpers(builder, 'PlaceAlias', { cursor: 'id' });
const byName = [{ name: 'asc' }, { id: 'asc' }] satisfies Prisma.PlaceOrderByWithRelationInput[];

export const Place = builder.prismaNode('Place', {
  id: { field: 'id' },
  nullable: true, // node(id:) of a row that does not exist answers null, not an error
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: PlaceKind }),
    country: t.relation('country', { nullable: true }),
    parent: t.relation('parent', { nullable: true }),
    aliases: t.connection(
      {
        type: PlaceAlias,
        description: 'Names the place is known by.',
        select: (args, ctx, nested) => ({ aliases: { ...aliasConnection.getQuery(args, ctx, nested), orderBy: { id: 'asc' } } }),
        resolve: (place, args, ctx) => ({
          ...aliasConnection.resolve(place.aliases, args, ctx, place),
          totalCount: () => ctx.loaders.count('placeAliases').load(place.id),
        }),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
    ),
  }),
});

// Connections to other node types, added separately so the node refs do not depend on each other.
builder.prismaObjectFields(Place, (t) => ({
  children: t.connection(
    {
      type: Place,
      description: 'Places inside this one, A–Z.',
      select: (args, ctx, nested) => ({ children: { ...childConnection.getQuery(args, ctx, nested), orderBy: byName } }),
      resolve: (place, args, ctx) => ({
        ...childConnection.resolve(place.children, args, ctx, place),
        totalCount: () => ctx.loaders.count('placeChildren').load(place.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  meetings: t.connection(
    {
      type: Meeting,
      description: 'Meetings located in or hosted at this place, most recent first (undated last).',
      select: (args, ctx, nested) => ({
        meetings: { ...placeMeetingConnection.getQuery(args, ctx, nested), orderBy: placeMeetingsNewestFirst },
      }),
      resolve: (place, args, ctx) => ({
        ...placeMeetingConnection.resolve(place.meetings, args, ctx, place),
        totalCount: () => ctx.loaders.count('placeMeetings').load(place.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  articles: t.connection(
    {
      type: Article,
      description: 'Articles that mention the place, newest first.',
      select: (args, ctx, nested) => ({
        articles: { ...placeArticles.getQuery(args, ctx, nested), orderBy: newestFirst },
      }),
      resolve: (parent, args, ctx) => ({
        ...placeArticles.resolve(parent.articles, args, ctx, parent),
        totalCount: () => ctx.loaders.count('placeArticles').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
}));

const PlaceFilter = builder.inputType('PlaceFilter', {
  description: 'Narrows a list of places; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({ description: 'Any of the names the place is known by (case-insensitive).' }),
    kind: t.field({ type: PlaceKind, description: 'City, region, country or venue.' }),
    country: t.string({ description: 'Name of the country the place is in (any alias).' }),
  }),
});

const PlaceOrderField = builder.enumType('PlaceOrderField', {
  description: 'What to order places by.',
  values: { NAME: { value: 'name', description: 'The canonical name.' } } as const,
});

const PlaceOrder = builder.inputType('PlaceOrder', {
  description: 'Ordering of places; ties are broken by ID.',
  fields: (t) => ({
    field: t.field({ type: PlaceOrderField, defaultValue: 'name', description: 'What to order by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'asc', description: 'Ascending or descending.' }),
  }),
});

function placeWhere(filter: typeof PlaceFilter.$inferInput | null | undefined): Prisma.PlaceWhereInput {
  const conditions: Prisma.PlaceWhereInput[] = [];
  if (filter?.name) conditions.push(placeNamed(filter.name));
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.country) conditions.push({ country: placeNamed(filter.country) });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  places: t.prismaConnection({
    type: 'Place',
    description: 'Places, filtered and ordered.',
    cursor: 'id',
    args: {
      filter: t.arg({ type: PlaceFilter, required: false, description: 'Conditions the places must meet.' }),
      orderBy: t.arg({ type: PlaceOrder, required: false, description: 'Ordering; by name A–Z when omitted.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const direction = args.orderBy?.direction ?? 'asc';
      return ctx.db.place.findMany({
        ...query,
        where: placeWhere(args.filter),
        orderBy: [{ name: direction }, { id: direction }],
      });
    },
    totalCount: (_root, args, ctx) => ctx.db.place.count({ where: placeWhere(args.filter) }),
  }),
  place: t.prismaField({
    type: 'Place',
    nullable: true,
    description: 'The place known by `name` (any alias, case-insensitive); the most mentioned if several are.',
    args: { name: t.arg.string({ required: true, description: 'A name or alias, such as "Beijing".' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await placeIdNamed(ctx.db, args.name);
      return id === null ? null : ctx.db.place.findUnique({ ...query, where: { id } });
    },
  }),
}));
