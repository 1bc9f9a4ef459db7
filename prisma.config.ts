// Prisma CLI configuration. The datasource URL matters only to the CLI's migrate/db commands
// (which need Prisma's native engine); newsgraph itself migrates through src/db/migrate.ts.
import { defineConfig } from 'prisma/config';
import { externalTables } from './src/db/external-tables.ts';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx src/cli.ts seed',
  },
  // The search index is created by a hand-written migration; migrate must not drop it.
  experimental: { externalTables: true },
  tables: { external: externalTables },
  datasource: {
    url: process.env.DATABASE_URL ?? 'file:./data/newsgraph.db',
  },
});
