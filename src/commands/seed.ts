import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient, databaseUrl } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { seedDirectory, type SeedReport } from '../ingest/seed.ts';
import { defaultSeedDir } from '../db/paths.ts';
import { UsageError } from './usage-error.ts';

export function summarize(report: SeedReport): string {
  return `${report.ingested.length} ingested, ${report.unchanged.length} unchanged, ${report.replaced.length} replaced, ${report.rejected.length} rejected`;
}

/** Seeds the configured database; exits non-zero when any file was rejected. */
export async function seedCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  if (positionals.length > 1) throw new UsageError(`seed takes one DIR, not ${positionals.length}`);
  const dir = path.resolve(positionals[0] ?? process.env.SEED_DIR ?? defaultSeedDir);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) throw new UsageError(`${dir} is not a directory`);
  const url = databaseUrl();
  await applyMigrations(url);
  const db = createPrismaClient({ url });
  try {
    const report = await seedDirectory(db, dir, (file, outcome, detail) => {
      if (outcome === 'rejected') console.error(`rejected ${file}: ${detail}`);
    });
    console.log(`seed ${dir}: ${summarize(report)}`);
    return report.rejected.length ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}
