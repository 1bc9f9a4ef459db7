// Case-insensitive substring filters on both engines: SQLite's LIKE (which Prisma's `contains`
// uses) ignores ASCII case by itself; PostgreSQL's does not, so Prisma is asked for ILIKE.
import { providerOfDatabase, type Database } from '../../db/client.ts';
import type { Prisma } from '../../db/generated/client.ts';

export function containsIgnoringCase(db: Database, value: string): Prisma.StringNullableFilter {
  if (providerOfDatabase(db) === 'sqlite') return { contains: value };
  // `mode` exists only in the PostgreSQL client's types; the query goes to that client.
  return { contains: value, mode: 'insensitive' } as Prisma.StringNullableFilter;
}
