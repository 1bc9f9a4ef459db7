// A first run without surprises (issue 11, item 16): installing the locked dependencies on this
// Node warns about no package's `engines`, except @prisma/streams-local, which every published
// version restricts to Node 22 and which only `prisma dev` (never run here) loads, and the
// PostGraphile 5 packages, devDependencies for the benchmark's opt-in peer only
// (`npm run bench -- --peer postgraphile`), which declare Node 22 and run on Node 20 with the
// Promise.withResolvers polyfill of bench/promise-with-resolvers.ts.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { projectRoot } from '../../src/db/paths.ts';

const postgraphile = [
  '@dataplan/json', '@dataplan/pg', '@graphile/lru', 'grafast', 'grafserv', 'graphile-build', 'graphile-build-pg',
  'graphile-config', 'graphile-utils', 'pg-introspection', 'pg-sql2', 'postgraphile', 'ruru', 'ruru-types', 'tamedevil',
];
const acceptedExceptions = ['@prisma/streams-local', ...postgraphile];

it('npm ci on this Node prints no EBADENGINE warning beyond the documented exception', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-engines-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) await copyFile(path.join(projectRoot, file), path.join(dir, file));
    // A dry run from the lockfile and npm's cache: no network, nothing installed, same checks.
    const { stderr } = await promisify(execFile)('npm', ['ci', '--dry-run', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], { cwd: dir });
    const warned = [...stderr.matchAll(/EBADENGINE\s+package: '(.+)@[^@']+'/g)].map((match) => match[1]);
    expect(warned.filter((name) => !acceptedExceptions.includes(name ?? ''))).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
