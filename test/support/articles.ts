import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultSeedDir } from '../../src/testing/test-database.ts';

/** A private copy of the seed articles that a test may change. */
export async function copyOfSeedArticles(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-articles-'));
  await cp(defaultSeedDir, dir, { recursive: true });
  return dir;
}
