import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient, databaseUrl } from '../../src/db/client.ts';
import { applyMigrations, pendingSchemaChange } from '../../src/db/migrate.ts';
import { createDatabase, dropDatabase, uniqueDatabaseName, withConnection, withDatabaseName } from '../../src/db/postgresql-admin.ts';
import { derivePostgresqlSchema, layouts, providerOf } from '../../src/db/provider.ts';

// The engine under test: SQLite under `npm test`, PostgreSQL under `npm run test:pg`.
const provider = providerOf(databaseUrl());
const scratch = await mkdtemp(path.join(tmpdir(), 'newsgraph-migrate-test-'));
const cleanups: Array<() => Promise<unknown>> = [() => rm(scratch, { recursive: true, force: true })];
afterAll(() => Promise.all(cleanups.map((c) => c())));

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(layouts[provider].migrationsDir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** A new, empty database of the engine under test, and a query runner for it. */
async function emptyDatabase(): Promise<{ url: string; rows: (sql: string) => Promise<Array<Record<string, unknown>>> }> {
  if (provider === 'sqlite') {
    const file = path.join(scratch, 'empty.db');
    return {
      url: `file:${file}`,
      rows: async (sql) => {
        const sqlite = new Sqlite(file, { readonly: true });
        try {
          return sqlite.prepare(sql).all() as Array<Record<string, unknown>>;
        } finally {
          sqlite.close();
        }
      },
    };
  }
  const name = uniqueDatabaseName('migrate');
  await createDatabase(databaseUrl(), name);
  cleanups.push(() => dropDatabase(databaseUrl(), name));
  const url = withDatabaseName(databaseUrl(), name);
  return { url, rows: (sql) => withConnection(url, async (client) => (await client.query(sql)).rows) };
}

describe(`migrations (${provider})`, () => {
  it('apply every migration to an empty database once, with Prisma bookkeeping', async () => {
    const { url, rows } = await emptyDatabase();
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);

    const applied = await rows('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name');
    const tables = await rows(
      provider === 'sqlite'
        ? "SELECT name FROM sqlite_master WHERE type = 'table'"
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(applied.map((r) => r.migration_name)).toEqual(names);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Article', 'Person', 'Meeting', 'Mention', 'Role', 'SearchText']));
  });

  it(`match the ${provider} schema: there is no schema change left to migrate`, async () => {
    expect(await pendingSchemaChange(provider)).toBeNull();
  });
});

describe('one model for both engines', () => {
  it('the committed PostgreSQL schema is the one derived from prisma/schema.prisma', async () => {
    const derived = derivePostgresqlSchema(await readFile(layouts.sqlite.schemaPath, 'utf8'));
    expect(await readFile(layouts.postgresql.schemaPath, 'utf8')).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
  });

  it('both histories create the same tables', async () => {
    const tablesIn = async (p: 'sqlite' | 'postgresql') => {
      const dir = layouts[p].migrationsDir;
      const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
      const sql = (await Promise.all(names.map((n) => readFile(path.join(dir, n, 'migration.sql'), 'utf8')))).join('\n');
      // SQLite redefines a table by creating "new_X" and renaming it to "X".
      const renamed = new Set([...sql.matchAll(/ALTER TABLE "(\w+)" RENAME TO/g)].map((m) => m[1]));
      return [...sql.matchAll(/CREATE (?:VIRTUAL )?TABLE "(\w+)"/g)].map((m) => m[1]).filter((t) => !renamed.has(t)).sort();
    };
    expect(await tablesIn('postgresql')).toEqual(await tablesIn('sqlite'));
  });
});

describe('DATABASE_URL', () => {
  it('selects SQLite for file: and PostgreSQL for postgres(ql)://', () => {
    expect(providerOf('file:./data/newsgraph.db')).toBe('sqlite');
    expect(providerOf('postgresql://postgres@127.0.0.1:5432/test')).toBe('postgresql');
    expect(providerOf('postgres://u:p@db/x')).toBe('postgresql');
  });

  it('refuses another scheme in one line naming the variable and the scheme, never the password', () => {
    expect(() => providerOf('mysql://root:secret@db/news')).toThrow(
      /^DATABASE_URL: unsupported scheme "mysql:"; use file:<path> \(SQLite\) or postgresql:\/\/… \(PostgreSQL\)$/,
    );
    expect(() => providerOf('mysql://root:secret@db/news')).not.toThrow(/secret/);
  });

  it('refuses a PostgreSQL pool size that is not a positive integer, naming the variable', () => {
    const before = process.env.DATABASE_POOL_SIZE;
    process.env.DATABASE_POOL_SIZE = 'lots';
    try {
      // Creating a client connects to nothing yet, so no server is touched.
      expect(() => createPrismaClient({ url: 'postgresql://postgres@127.0.0.1:5432/newsgraph_never_created' })).toThrow(
        'DATABASE_POOL_SIZE must be a positive integer, not "lots"',
      );
    } finally {
      if (before === undefined) delete process.env.DATABASE_POOL_SIZE;
      else process.env.DATABASE_POOL_SIZE = before;
    }
  });
});
