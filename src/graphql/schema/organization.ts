// Organization: a party, government organ, ministry, agency, company or international body.
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import type { Prisma } from '../../db/generated/client.ts';
import { builder } from '../builder.ts';
import { organizationNamed, placeNamed } from '../services/names.ts';
import { Article } from './article.ts';
import { SortDirection } from './enums.ts';
import { OrganizationAlias } from './evidence.ts';
import { Meeting, organizationMeetingConnection, organizationMeetingsNewestFirst } from './meeting.ts';
import { Person } from './person.ts';
import { organizationArticles, newestFirst } from './article-entities.ts';
import { inRoleOrder, organizationPeople } from './person-organizations.ts';
import { organizationIdNamed } from '../services/lookup.ts';

const childConnection = prismaConnectionHelpers(builder, 'Organization', { cursor: 'id' });
const aliasConnection = prismaConnectionHelpers(builder, 'OrganizationAlias', { cursor: 'id' });
const byName = [{ name: 'asc' }, { id: 'asc' }] satisfies Prisma.OrganizationOrderByWithRelationInput[];

export const Organization = builder.prismaNode('Organization', {
  id: { field: 'id' },
  nullable: true, // node(id:) of a row that does not exist answers null, not an error
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    acronym: t.exposeString('acronym', { nullable: true }),
    country: t.relation('country', { nullable: true }),
    parent: t.relation('parent', { nullable: true }),
    aliases: t.connection(
      {
        type: OrganizationAlias,
        description: 'Names and acronyms the organization is known by.',
        select: (args, ctx, nested) => ({ aliases: { ...aliasConnection.getQuery(args, ctx, nested), orderBy: { id: 'asc' } } }),
        resolve: (organization, args, ctx) => ({
          ...aliasConnection.resolve(organization.aliases, args, ctx, organization),
          totalCount: () => ctx.loaders.count('organizationAliases').load(organization.id),
        }),
      },
      { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
    ),
  }),
});

// Connections to other node types, added separately so the node refs do not depend on each other.
builder.prismaObjectFields(Organization, (t) => ({
  children: t.connection(
    {
      type: Organization,
      description: 'Organs of this body, A–Z.',
      select: (args, ctx, nested) => ({ children: { ...childConnection.getQuery(args, ctx, nested), orderBy: byName } }),
      resolve: (organization, args, ctx) => ({
        ...childConnection.resolve(organization.children, args, ctx, organization),
        totalCount: () => ctx.loaders.count('organizationChildren').load(organization.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  people: t.connection(
    {
      type: Person,
      description: 'People who hold a title in the organization, in order of first stated role.',
      select: (args, ctx, nested) => ({
        titled: { ...organizationPeople.getQuery(args, ctx, nested), orderBy: inRoleOrder },
      }),
      resolve: (parent, args, ctx) => ({
        ...organizationPeople.resolve(parent.titled, args, ctx, parent),
        totalCount: () => ctx.loaders.count('organizationPeople').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  meetings: t.connection(
    {
      type: Meeting,
      description: 'Meetings the organization held or took part in, most recent first (undated last).',
      select: (args, ctx, nested) => ({
        meetings: { ...organizationMeetingConnection.getQuery(args, ctx, nested), orderBy: organizationMeetingsNewestFirst },
      }),
      resolve: (organization, args, ctx) => ({
        ...organizationMeetingConnection.resolve(organization.meetings, args, ctx, organization),
        totalCount: () => ctx.loaders.count('organizationMeetings').load(organization.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
  articles: t.connection(
    {
      type: Article,
      description: 'Articles that mention the organization, newest first.',
      select: (args, ctx, nested) => ({
        articles: { ...organizationArticles.getQuery(args, ctx, nested), orderBy: newestFirst },
      }),
      resolve: (parent, args, ctx) => ({
        ...organizationArticles.resolve(parent.articles, args, ctx, parent),
        totalCount: () => ctx.loaders.count('organizationArticles').load(parent.id),
      }),
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (page) => page.totalCount() }) }) },
  ),
}));

const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Narrows a list of organizations; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({ description: 'Any of the names or acronyms the organization is known by (case-insensitive).' }),
    country: t.string({ description: "Name of the organization's country (any alias)." }),
    parent: t.string({ description: 'Name of the body the organization is an organ of (any alias).' }),
  }),
});

const OrganizationOrderField = builder.enumType('OrganizationOrderField', {
  description: 'What to order organizations by.',
  values: { NAME: { value: 'name', description: 'The full name.' } } as const,
});

const OrganizationOrder = builder.inputType('OrganizationOrder', {
  description: 'Ordering of organizations; ties are broken by ID.',
  fields: (t) => ({
    field: t.field({ type: OrganizationOrderField, defaultValue: 'name', description: 'What to order by.' }),
    direction: t.field({ type: SortDirection, defaultValue: 'asc', description: 'Ascending or descending.' }),
  }),
});

function organizationWhere(filter: typeof OrganizationFilter.$inferInput | null | undefined): Prisma.OrganizationWhereInput {
  const conditions: Prisma.OrganizationWhereInput[] = [];
  if (filter?.name) conditions.push(organizationNamed(filter.name));
  if (filter?.country) conditions.push({ country: placeNamed(filter.country) });
  if (filter?.parent) conditions.push({ parent: organizationNamed(filter.parent) });
  return { AND: conditions };
}

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: 'Organization',
    description: 'Organizations, filtered and ordered.',
    cursor: 'id',
    args: {
      filter: t.arg({ type: OrganizationFilter, required: false, description: 'Conditions the organizations must meet.' }),
      orderBy: t.arg({ type: OrganizationOrder, required: false, description: 'Ordering; by name A–Z when omitted.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const direction = args.orderBy?.direction ?? 'asc';
      return ctx.db.organization.findMany({
        ...query,
        where: organizationWhere(args.filter),
        orderBy: [{ name: direction }, { id: direction }],
      });
    },
    totalCount: (_root, args, ctx) => ctx.db.organization.count({ where: organizationWhere(args.filter) }),
  }),
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description: 'The organization known by `name` (any alias or acronym, case-insensitive); the most mentioned if several are.',
    args: { name: t.arg.string({ required: true, description: 'A name, alias or acronym, such as "CPC".' }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await organizationIdNamed(ctx.db, args.name);
      return id === null ? null : ctx.db.organization.findUnique({ ...query, where: { id } });
    },
  }),
}));
