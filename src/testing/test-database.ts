// A throwaway database, migrated and (by default) seeded, for newsgraph's tests and for users
// testing their own code against newsgraph's data:
//
//   const testDb = await createTestDatabase();            // seeded from seed/articles
//   const people = await testDb.db.person.findMany();
//   await testDb.close();                                  // disconnects and deletes the database
//
// SQLite by default; when DATABASE_URL is a postgresql:// URL, a fresh PostgreSQL database on
// that server (named newsgraph_…, dropped by close()).
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, databaseUrl, type ClientOptions, type Database } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { defaultSeedDir, projectRoot } from '../db/paths.ts';
import { providerOf } from '../db/provider.ts';
import { createDatabase, databasePrefix, dropDatabase, uniqueDatabaseName, withDatabaseName } from '../db/postgresql-admin.ts';
import { seedDirectory, type SeedReport } from '../ingest/seed.ts';

export { defaultSeedDir };

export interface TestDatabase {
  /** URL of the database (`file:` or `postgresql:`), e.g. for `DATABASE_URL` of a spawned server. */
  url: string;
  db: Database;
  /** What seeding did; null when created with `seedDir: null`. */
  seed: SeedReport | null;
  close(): Promise<void>;
}

export interface TestDatabaseOptions extends Pick<ClientOptions, 'onQuery'> {
  /** Directory of articles to seed from; `null` for an empty, migrated database. */
  seedDir?: string | null;
}

let migratedTemplate: Promise<string> | undefined;

/** Migrating costs about a second, so each process migrates one template and copies it. */
function sqliteTemplate(): Promise<string> {
  migratedTemplate ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-template-'));
    const file = path.join(dir, 'template.db');
    await applyMigrations(`file:${file}`);
    return file;
  })();
  return migratedTemplate;
}

/**
 * Environment variable naming a migrated PostgreSQL template database (set by the test suite's
 * global setup); each test database is then a `CREATE DATABASE … TEMPLATE` copy of it.
 */
export const postgresTemplateVariable = 'NEWSGRAPH_TEST_TEMPLATE';

/** An empty, migrated database and how to delete it. */
async function emptyDatabase(): Promise<{ url: string; remove(): Promise<void> }> {
  const base = databaseUrl();
  if (providerOf(base) === 'sqlite') {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-test-'));
    const file = path.join(dir, 'test.db');
    await copyFile(await sqliteTemplate(), file);
    return { url: `file:${file}`, remove: () => rm(dir, { recursive: true, force: true }) };
  }
  const template = process.env[postgresTemplateVariable];
  // Named after the template, so the suite's teardown finds what a crashed test file left.
  const name = uniqueDatabaseName(template ? template.slice(databasePrefix.length) : 'test');
  await createDatabase(base, name, template);
  const url = withDatabaseName(base, name);
  if (!template) await applyMigrations(url);
  return { url, remove: () => dropDatabase(base, name) };
}

export async function createTestDatabase({ seedDir = defaultSeedDir, onQuery }: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const { url, remove } = await emptyDatabase();
  const db = createPrismaClient({ url, onQuery });
  const seed = seedDir === null ? null : await seedDirectory(db, seedDir);
  return {
    url, db, seed,
    async close() {
      await db.$disconnect();
      await remove();
    },
  };
}
