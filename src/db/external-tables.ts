// Tables that migrations create by hand but schema.prisma cannot describe: the search index
// (and on SQLite the shadow tables FTS5 keeps for it). Migration diffs must leave them alone,
// so both prisma.config.ts and src/db/migrate.ts read this list.
import type { Provider } from './provider.ts';

export const searchTable = 'SearchText';

export const externalTables: Record<Provider, string[]> = {
  sqlite: [searchTable, ...['config', 'content', 'data', 'docsize', 'idx'].map((shadow) => `${searchTable}_${shadow}`)],
  // PostgreSQL wants schema-qualified names.
  postgresql: [`public.${searchTable}`],
};
