import { parseArgs } from 'node:util';
import { databaseUrl } from '../db/client.ts';
import { applyMigrations, createMigration } from '../db/migrate.ts';

export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { create: { type: 'string' } } });
  if (values.create !== undefined) {
    const dir = await createMigration(values.create);
    console.log(dir ? `created ${dir}` : 'schema.prisma matches the migrations: nothing to create');
    return 0;
  }
  const applied = await applyMigrations(databaseUrl());
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
  return 0;
}
