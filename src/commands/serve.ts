import { parseArgs } from 'node:util';
import { createPrismaClient, databaseUrl } from '../db/client.ts';
import { applyMigrations } from '../db/migrate.ts';
import { defaultSeedDir } from '../db/paths.ts';
import { UsageError } from './usage-error.ts';

/** Brings the database up to date, seeds it when it holds no articles, and serves the API until stopped. */
export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, 'no-seed': { type: 'boolean' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`invalid port ${JSON.stringify(values.port ?? process.env.PORT)}: expected a number from 0 to 65535`);
  }
  const url = databaseUrl();
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
  const db = createPrismaClient({ url });
  if (!values['no-seed'] && (await db.article.count()) === 0) {
    // Imported only to seed: extraction's data (some 75 MB) stays out of a server that does not.
    const [{ seedDirectory }, { summarize }] = await Promise.all([import('../ingest/seed.ts'), import('./seed.ts')]);
    const dir = process.env.SEED_DIR ?? defaultSeedDir;
    const report = await seedDirectory(db, dir, (file, outcome, detail) => {
      if (outcome === 'rejected') console.error(`rejected ${file}: ${detail}`);
    });
    console.log(`seeded from ${dir}: ${summarize(report)}`);
  }
  const { startServer } = await import('../graphql/server.ts');
  const server = await startServer({
    db, port, host: values.host ?? process.env.HOST, persistedOnly: process.env.NEWSGRAPH_PERSISTED_ONLY === 'true',
  });
  console.log(`newsgraph: GraphQL API and GraphiQL at ${server.url}, explorer at ${new URL('/explore', server.url).href}`);
  // Bundle the explorer now rather than on its first visit; a failure is retried on that visit.
  const { explorerAssets } = await import('../explorer/assets.ts');
  explorerAssets().catch((error: unknown) => console.error(`explorer bundle failed (retried on the next visit): ${String(error)}`));
  const stop = async () => {
    await server.close();
    await db.$disconnect();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0; // the listening server keeps the process alive
}
