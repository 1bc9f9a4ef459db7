// Configures the schema builder: plugins, scalars, context type, Prisma client and datamodel.
// Types and fields live in ./schema/*.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind } from 'graphql';
import type PrismaTypes from '../db/generated/pothos-types.ts';
import { getDatamodel } from '../db/generated/pothos-types.ts';
import type { Context } from './context.ts';

/** Largest page any connection returns; a larger `first` or `last` is clamped to it. */
export const maxPageSize = 100;

/** Page size of a connection asked for without `first` or `last`. */
export const defaultPageSize = 20;

// plugin-prisma adds `totalCount` to connections without a description; every field needs one.
class DescribeTotalCountPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.name !== 'totalCount' || fieldConfig.description) return fieldConfig;
    return { ...fieldConfig, description: 'Number of results across all pages.' };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      describeTotalCount: DescribeTotalCountPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('describeTotalCount', DescribeTotalCountPlugin);

/** A date as a filter bound: the period it names, from its first to its last day. */
export interface DatePeriod {
  first: Date;
  last: Date;
}

const partialDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2025-05-08", "2025-05" or "2025" as the period it names (UTC days). */
function parseDatePeriod(value: unknown): DatePeriod {
  if (typeof value !== 'string') throw new GraphQLError('Date must be a string: YYYY-MM-DD, YYYY-MM or YYYY');
  const [, year, month, day] = partialDate.exec(value) ?? [];
  const first = year ? new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1))) : null;
  if (!first || first.toISOString().slice(0, value.length) !== value) {
    throw new GraphQLError(`${value} is not a calendar date: expected YYYY-MM-DD, YYYY-MM or YYYY`);
  }
  // The day before the next period starts.
  const last = day ? first : new Date(Date.UTC(Number(year) + (month ? 0 : 1), month ? Number(month) : 0, 0));
  return { first, last };
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: DatePeriod; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [RelayPlugin, PrismaPlugin, 'describeTotalCount'],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    maxConnectionSize: maxPageSize,
    defaultConnectionSize: defaultPageSize,
    // A forgotten `...query` would silently turn preloading into a query per row.
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    idFieldOptions: { description: 'Globally unique ID, accepted by `node` and `nodes`.' },
    nodeTypeOptions: { description: 'An object with a globally unique ID.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when there is none.',
      args: { id: { description: 'A global ID, as returned by any `id` field.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in the order given.',
      args: { ids: { description: 'Global IDs, as returned by `id` fields.' } },
    },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
    hasNextPageFieldOptions: { description: 'Whether more results follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether results precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first result on the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last result on the page; pass it as `after` for the next page.' },
    cursorFieldOptions: { description: 'Opaque position of this result, for `after` and `before`.' },
    nodeFieldOptions: { description: 'The result.' },
    edgesFieldOptions: { description: 'The results on this page, with their cursors.' },
    pageInfoFieldOptions: { description: 'How to fetch the pages around this one.' },
    firstArgOptions: { description: `Return the first n results (at most ${maxPageSize}; larger values are clamped).` },
    lastArgOptions: { description: `Return the last n results (at most ${maxPageSize}; larger values are clamped).` },
    afterArgOptions: { description: 'Return results after this cursor.' },
    beforeArgOptions: { description: 'Return results before this cursor.' },
    defaultConnectionTypeOptions: { description: 'A page of results, with the total count and the cursors around it.' },
    defaultEdgeTypeOptions: { description: 'One result on a page, with its cursor.' },
  },
});

builder.scalarType('Date', {
  description:
    'A calendar date, YYYY-MM-DD (UTC). As an input, also a month (YYYY-MM) or a year (YYYY): a `…From` bound takes its first day, a `…To` bound its last.',
  serialize: (date) => date.toISOString().slice(0, 10),
  parseValue: parseDatePeriod,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string: YYYY-MM-DD, YYYY-MM or YYYY');
    return parseDatePeriod(ast.value);
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string in UTC.',
  serialize: (date) => date.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return date;
  },
});
