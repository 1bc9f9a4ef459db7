// A throwaway database, migrated and (by default) seeded, for newsgraph's tests and for users
// testing their own code against newsgraph's data:
//
//   const testDb = await createTestDatabase();            // seeded from seed/articles
//   const people = await testDb.db.person.findMany();
//   await testDb.close();                                  // disconnects and deletes the file
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, type ClientOptions, type Database } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { projectRoot } from '../db/paths.ts';
import { seedDirectory, type SeedReport } from '../ingest/seed.ts';

export const defaultSeedDir = path.join(projectRoot, 'seed', 'articles');

export interface TestDatabase {
  /** `file:` URL of the database, e.g. for `DATABASE_URL` of a spawned server. */
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
function template(): Promise<string> {
  migratedTemplate ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-template-'));
    const file = path.join(dir, 'template.db');
    await applyMigrations(`file:${file}`);
    return file;
  })();
  return migratedTemplate;
}

export async function createTestDatabase({ seedDir = defaultSeedDir, onQuery }: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-test-'));
  const file = path.join(dir, 'test.db');
  await copyFile(await template(), file);
  const url = `file:${file}`;
  const db = createPrismaClient({ url, onQuery });
  const seed = seedDir === null ? null : await seedDirectory(db, seedDir);
  return {
    url, db, seed,
    async close() {
      await db.$disconnect();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
