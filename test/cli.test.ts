import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/db/paths.ts';
import { copyOfSeedArticles } from './support/articles.ts';

const run = promisify(execFile);
const scratch = await mkdtemp(path.join(tmpdir(), 'newsgraph-cli-'));
const articles = await copyOfSeedArticles();
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await rm(articles, { recursive: true, force: true });
});

/** Runs the installed `newsgraph` bin; resolves with its exit code and output. */
async function newsgraph(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(path.join(projectRoot, 'bin', 'newsgraph.js'), args, {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('newsgraph seed', () => {
  const env = { DATABASE_URL: `file:${path.join(scratch, 'cli.db')}` };

  it('migrates, seeds, prints a summary and exits 0', async () => {
    const { code, stdout } = await newsgraph(['seed', articles], env);
    expect(code).toBe(0);
    expect(stdout).toContain('5 ingested, 0 unchanged, 0 replaced, 0 rejected');
  });

  it('exits 1 naming a rejected file, and still reports the others', async () => {
    await writeFile(path.join(articles, 'zz-empty.txt'), '');
    const { code, stdout, stderr } = await newsgraph(['seed', articles], env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/rejected .*zz-empty\.txt: empty file/);
    expect(stdout).toContain('0 ingested, 5 unchanged, 0 replaced, 1 rejected');
  });

  it('refuses a DATABASE_URL of another engine in one line naming the variable, never its password', async () => {
    for (const [command, ...args] of [['seed', articles], ['migrate']] as const) {
      const { code, stderr } = await newsgraph([command, ...args], { DATABASE_URL: 'mysql://root:secret@127.0.0.1/news' });
      expect(code).toBe(2);
      expect(stderr.trim()).toBe(
        `newsgraph ${command}: DATABASE_URL: unsupported scheme "mysql:"; use file:<path> (SQLite) or postgresql://… (PostgreSQL)`,
      );
    }
  });

  it('explains its usage for an unknown command', async () => {
    const { code, stderr } = await newsgraph(['frobnicate'], env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command: frobnicate/);
    expect(stderr).toMatch(/seed \[DIR\]/);
  });
});

describe('misuse gets one clear line, not a stack', () => {
  const env = { DATABASE_URL: `file:${path.join(scratch, 'misuse.db')}` };
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it.each([
    [['migrate', '--create'], /^newsgraph migrate: .*--create.*argument missing \(usage: newsgraph migrate \[--create NAME\]\)$/],
    [['migrate', '--create='], /--create needs a NAME/],
    [['migrate', '--bogus'], /^newsgraph migrate: Unknown option '--bogus'/],
    [['serve', '--port', 'eighty'], /^newsgraph serve: invalid port "eighty": expected a number from 0 to 65535/],
    [['seed', path.join(scratch, 'no-such-dir')], /^newsgraph seed: .*no-such-dir is not a directory/],
    [['seed', 'a', 'b'], /^newsgraph seed: seed takes one DIR, not 2/],
  ])('newsgraph %j exits 2 with one line', async (args, message) => {
    const { code, stderr } = await newsgraph(args, env);
    expect(code).toBe(2);
    oneLine(stderr);
    expect(stderr.trim()).toMatch(message);
  });

  it('a bad NEWSGRAPH_CORS_ORIGINS stops serve with one line naming the setting', async () => {
    const { code, stderr } = await newsgraph(['serve', '--port', '0', '--no-seed'], { ...env, NEWSGRAPH_CORS_ORIGINS: 'https://ok.example, *' });
    expect(code).toBe(1);
    oneLine(stderr);
    expect(stderr).toMatch(/NEWSGRAPH_CORS_ORIGINS: "\*" is not an origin/);
  });
});
