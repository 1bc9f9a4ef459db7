// Person: a real-world person resolved across articles, and the root fields that find people.
import { prismaConnectionHelpers, queryFromInfo } from '@pothos/plugin-prisma';
import { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Prisma } from '../../db/generated/client.ts';
import { builder, maxPageSize } from '../builder.ts';
import { loadAll, type MeetingQuery } from '../loaders.ts';
import type { Counterpart as CounterpartData } from '../services/met-with.ts';
import { organizationNamed, personNamed, placeNamed } from '../services/names.ts';
import { SortDirection } from './enums.ts';
import { Mention, PersonAlias, Role } from './evidence.ts';
import { Meeting, participationConnection, participationsNewestFirst } from './meeting.ts';
import { Article } from './article.ts';
import { Organization } from './organization.ts';
import { personArticles, newestFirst } from './article-entities.ts';
import { inRoleOrder, personOrganizations } from './person-organizations.ts';
import { rowQuery } from './selection.ts';
import { personIdNamed } from '../services/lookup.ts';

const aliasConnection = prismaConnectionHelpers(builder, 'PersonAlias', { cursor: 'id' });
const roleConnection = prismaConnectionHelpers(builder, 'Role', { cursor: 'id' });
const mentionConnection = prismaConnectionHelpers(builder, 'Mention', { cursor: 'id' });

export const Person = builder.prismaNode('Person', {
  id: { field: 'id' },
  nullable: true, // node(id:) of a row that does not exist answers null, not an error
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    country: t.relation('country', { nullable: true }),
    aliases: t.connection(
      {
        type: PersonAlias,
        description: 'Names the person is known by, including the canonical one.',
        select: (args, ctx, nested) => ({ aliases: { ...aliasConnection.getQuery(args, ctx, nested), orderBy: { id: 'asc' } } }),
        resolve: (person, args, ctx) => ({
          ...aliasConnection.resolve(person.aliases, args, ctx, person),
          totalCount: () => ctx.loaders.count('personAliases').load(person.id),
        }),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
    ),
    roles: t.connection(
      {
        type: Role,
        description: 'Titles articles give the person, each with the sentence that states it.',
        select: (args, ctx, nested) => ({ roles: { ...roleConnection.getQuery(args, ctx, nested), orderBy: { id: 'asc' } } }),
        resolve: (person, args, ctx) => ({
          ...roleConnection.resolve(person.roles, args, ctx, person),
          totalCount: () => ctx.loaders.count('personRoles').load(person.id),
        }),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
    ),
  }),
});

// Connections to other node types, added separately so the node refs do not depend on each other.
builder.prismaObjectFields(Person, (t) => ({
  organizations: t.connection(
    {
      type: Organization,
      description: 'Organizations the person holds a title in, in order of first stated role.',
      select: (args, ctx, nested) => ({
        titledIn: { ...personOrganizations.getQuery(args, ctx, nested), orderBy: inRoleOrder },
      }),
      resolve: (parent, args, ctx) => ({
        ...personOrganizations.resolve(parent.titledIn, args, ctx, parent),
        totalCount: () => ctx.loaders.count('personOrganizations').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  meetings: t.connection(
    {
      type: Meeting,
      description: 'Meetings the person took part in, most recent first (undated last).',
      select: (args, ctx, nested) => ({
        meetings: { ...participationConnection.getQuery(args, ctx, nested), orderBy: participationsNewestFirst },
      }),
      resolve: (person, args, ctx) => ({
        ...participationConnection.resolve(person.meetings, args, ctx, person),
        totalCount: () => ctx.loaders.count('personMeetings').load(person.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  articles: t.connection(
    {
      type: Article,
      description: 'Articles that mention the person, newest first.',
      select: (args, ctx, nested) => ({
        articles: { ...personArticles.getQuery(args, ctx, nested), orderBy: newestFirst },
      }),
      resolve: (parent, args, ctx) => ({
        ...personArticles.resolve(parent.articles, args, ctx, parent),
        totalCount: () => ctx.loaders.count('personArticles').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  mentions: t.connection(
    {
      type: Mention,
      description: 'Every occurrence of the person in the articles, with its sentence and span.',
      select: (args, ctx, nested) => ({ mentions: { ...mentionConnection.getQuery(args, ctx, nested), orderBy: { id: 'asc' } } }),
      resolve: (person, args, ctx) => ({
        ...mentionConnection.resolve(person.mentions, args, ctx, person),
        totalCount: () => ctx.loaders.count('personMentions').load(person.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  metWith: t.connection(
    {
      type: Counterpart,
      description: 'People this person met, most shared meetings first.',
      resolve: async (person, args, ctx) => {
        const counterparts = await ctx.loaders.counterparts.load(person.id);
        return resolveArrayConnection({ args, maxSize: maxPageSize }, counterparts);
      },
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount }) }) },
  ),
}));

const CounterpartRef = builder.objectRef<CounterpartData>('Counterpart');

export const Counterpart = CounterpartRef.implement({
  description: 'A person someone met, with the meetings they shared.',
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      description: 'The person met.',
      resolve: (query, counterpart, _args, ctx) => ctx.loaders.people(query).load(counterpart.personId),
    }),
    meetingCount: t.int({
      description: 'Number of meetings they shared.',
      resolve: (counterpart) => counterpart.meetingIds.length,
    }),
    meetings: t.connection(
      {
        type: Meeting,
        description: 'The meetings they shared, most recent first (undated last).',
        resolve: (counterpart, args, ctx, info) => {
          const query: MeetingQuery = rowQuery(queryFromInfo({ context: ctx, info, path: ['edges', 'node'] }));
          return resolveOffsetConnection(
            { args, maxSize: maxPageSize, totalCount: counterpart.meetingIds.length },
            ({ offset, limit }) => loadAll(ctx.loaders.meetings(query), counterpart.meetingIds.slice(offset, offset + limit)),
          );
        },
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount }) }) },
    ),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Narrows a list of people; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({ description: 'Any of the names the person is known by (case-insensitive).' }),
    country: t.string({ description: "Name of the person's country, such as China or Russia (any alias)." }),
    organization: t.string({ description: 'Name of an organization the person holds a title in (any alias).' }),
  }),
});

const PersonOrderField = builder.enumType('PersonOrderField', {
  description: 'What to order people by.',
  values: { NAME: { value: 'name', description: 'The canonical name.' } } as const,
});

const PersonOrder = builder.inputType('PersonOrder', {
  description: 'Ordering of people; ties are broken by ID.',
  fields: (t) => ({
    field: t.field({ type: PersonOrderField, defaultValue: 'name', description: 'What to order by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'asc', description: 'Ascending or descending.' }),
  }),
});

function personWhere(filter: typeof PersonFilter.$inferInput | null | undefined): Prisma.PersonWhereInput {
  const conditions: Prisma.PersonWhereInput[] = [];
  if (filter?.name) conditions.push(personNamed(filter.name));
  if (filter?.country) conditions.push({ country: placeNamed(filter.country) });
  if (filter?.organization) conditions.push({ roles: { some: { organization: organizationNamed(filter.organization) } } });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  people: t.prismaConnection(
    {
      type: 'Person',
      description: 'People, filtered and ordered.',
      cursor: 'id',
      args: {
        filter: t.arg({ type: PersonFilter, required: false, description: 'Conditions the people must meet.' }),
        orderBy: t.arg({ type: PersonOrder, required: false, description: 'Ordering; by name A–Z when omitted.' }),
      },
      resolve: (query, _root, args, ctx) => {
        const direction = args.orderBy?.direction ?? 'asc';
        return ctx.db.person.findMany({
          ...query,
          where: personWhere(args.filter),
          orderBy: [{ name: direction }, { id: direction }],
        });
      },
      totalCount: (_root, args, ctx) => ctx.db.person.count({ where: personWhere(args.filter) }),
    },
  ),
  person: t.prismaField({
    type: 'Person',
    nullable: true,
    description: 'The person known by `name` (any alias, case-insensitive); the most mentioned one if several are.',
    args: { name: t.arg.string({ required: true, description: 'A name or alias, such as "Xi" or "xi jinping".' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await personIdNamed(ctx.db, args.name);
      return id === null ? null : ctx.db.person.findUnique({ ...query, where: { id } });
    },
  }),
}));
