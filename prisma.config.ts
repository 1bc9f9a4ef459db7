// Prisma CLI configuration. The datasource URL matters only to the CLI's migrate/db commands
// (which need Prisma's native engine); newsgraph itself migrates through src/db/migrate.ts.
// Like newsgraph, it picks the schema and migration history of the engine DATABASE_URL names.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { externalTables } from './src/db/external-tables.ts';
import { layouts, providerOf } from './src/db/provider.ts';

const url = process.env.DATABASE_URL ?? 'file:./data/newsgraph.db';
const provider = providerOf(url);

export default defineConfig({
  schema: path.relative(import.meta.dirname, layouts[provider].schemaPath),
  migrations: {
    path: path.relative(import.meta.dirname, layouts[provider].migrationsDir),
    seed: 'tsx src/cli.ts seed',
  },
  // The search index is created by a hand-written migration; migrate must not drop it.
  experimental: { externalTables: true },
  tables: { external: externalTables[provider] },
  datasource: { url },
});
