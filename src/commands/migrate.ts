import { parseArgs } from 'node:util';
import { databaseUrl } from '../db/client.ts';
import { applyMigrations, createMigration } from '../db/migrate.ts';
import { UsageError } from './usage-error.ts';

export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { create: { type: 'string' } } });
  if (values.create !== undefined) {
    if (!/[a-z0-9]/i.test(values.create)) throw new UsageError('--create needs a NAME for the migration, such as add_venue_index');
    const dir = await createMigration(values.create);
    console.log(dir ? `created ${dir}` : 'schema.prisma matches the migrations: nothing to create');
    return 0;
  }
  const applied = await applyMigrations(databaseUrl());
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
  return 0;
}
