// Tables that migrations create by hand but schema.prisma cannot describe: the FTS5 search
// index and the shadow tables SQLite keeps for it. Migration diffs must leave them alone, so
// both prisma.config.ts and src/db/migrate.ts read this list.
export const searchTable = 'SearchText';

export const externalTables: string[] = [
  searchTable,
  ...['config', 'content', 'data', 'docsize', 'idx'].map((shadow) => `${searchTable}_${shadow}`),
];
