// The `source` filter: outlets whose name contains the given text, ignoring case. Matched in
// code over the few distinct outlets rather than with LIKE, whose % and _ Prisma passes through
// unescaped on SQLite (so "%" matched every article).
import type { Database } from '../../db/client.ts';

export async function sourcesContaining(db: Database, text: string): Promise<string[]> {
  const wanted = text.toLowerCase();
  const sources = await db.article.groupBy({ by: ['source'], where: { source: { not: null } } });
  return sources.flatMap(({ source }) => (source?.toLowerCase().includes(wanted) ? [source] : []));
}
