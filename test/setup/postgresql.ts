// Global setup of `npm run test:pg`: migrates one template database on the server DATABASE_URL
// names, so each test file's database is a cheap `CREATE DATABASE … TEMPLATE` copy, and drops
// the template and any database a test file left behind when the run ends.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { databaseUrl } from '../../src/db/client.ts';
import { projectRoot } from '../../src/db/paths.ts';
import { createDatabase, databasePrefix, databasesNamed, dropDatabase, withDatabaseName } from '../../src/db/postgresql-admin.ts';
import { providerOf } from '../../src/db/provider.ts';
import { postgresTemplateVariable } from '../../src/testing/test-database.ts';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const base = databaseUrl();
  if (providerOf(base) !== 'postgresql') return undefined;
  const run = `${databasePrefix}run_${randomBytes(4).toString('hex')}`;
  await createDatabase(base, run);
  // Through the CLI: global setup runs in Vite's module runner, which cannot load the WASM engine.
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'migrate'], {
    cwd: projectRoot, env: { ...process.env, DATABASE_URL: withDatabaseName(base, run) }, stdio: 'ignore',
  });
  // Test files run in forked workers, which inherit this environment.
  process.env[postgresTemplateVariable] = run;
  return async () => {
    for (const name of await databasesNamed(base, run)) await dropDatabase(base, name);
  };
}
