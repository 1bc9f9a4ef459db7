// The schema as users see it in schema.graphql: printed SDL, types and fields sorted by name
// so the file diffs cleanly.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.ts';

export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
