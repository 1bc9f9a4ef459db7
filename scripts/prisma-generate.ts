// Writes the PostgreSQL schema derived from prisma/schema.prisma, then generates both Prisma
// clients. `prisma generate` downloads a native schema engine unless PRISMA_SCHEMA_ENGINE_BINARY
// names an existing file; generating needs no engine, so any existing file will do.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { derivePostgresqlSchema, layouts } from '../src/db/provider.ts';

writeFileSync(layouts.postgresql.schemaPath, derivePostgresqlSchema(readFileSync(layouts.sqlite.schemaPath, 'utf8')));

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
for (const { schemaPath } of [layouts.sqlite, layouts.postgresql]) {
  const { status } = spawnSync('prisma', ['generate', '--schema', schemaPath, ...process.argv.slice(2)], {
    stdio: 'inherit', env, shell: process.platform === 'win32',
  });
  if (status !== 0) process.exit(status ?? 1);
}
