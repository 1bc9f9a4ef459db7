import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, pendingSchemaChange } from '../../src/db/migrate.ts';
import { projectRoot } from '../../src/db/paths.ts';

const scratch = await mkdtemp(path.join(tmpdir(), 'newsgraph-migrate-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function migrationNames(): Promise<string[]> {
  const entries = await readdir(path.join(projectRoot, 'prisma', 'migrations'), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

describe('migrations', () => {
  it('apply every migration to an empty database once, with Prisma bookkeeping', async () => {
    const file = path.join(scratch, 'empty.db');
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(`file:${file}`)).toEqual(names);
    expect(await applyMigrations(`file:${file}`)).toEqual([]);

    const sqlite = new Sqlite(file, { readonly: true });
    const applied = sqlite
      .prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name')
      .all() as Array<{ migration_name: string }>;
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    sqlite.close();
    expect(applied.map((r) => r.migration_name)).toEqual(names);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Article', 'Person', 'Meeting', 'Mention', 'Role']));
  });

  it('match schema.prisma: there is no schema change left to migrate', async () => {
    expect(await pendingSchemaChange()).toBeNull();
  });
});
