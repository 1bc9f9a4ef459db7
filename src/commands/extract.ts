// `newsgraph extract --format gold|facts FILE...`: runs extraction on article files and prints
// a JSON array (gold-format objects by default, or the full extracted facts).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { toGold, extractArticle } from '../extract/index.ts';

const USAGE = 'usage: newsgraph extract [--format gold|facts] FILE...';

export async function extractCommand(args: string[]): Promise<number> {
  let format = 'gold';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else files.push(arg);
  }
  if ((format !== 'gold' && format !== 'facts') || files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const results: unknown[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(`extract: cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    try {
      const facts = extractArticle(basename(file), text);
      results.push(format === 'gold' ? toGold(facts) : facts);
    } catch (error) {
      process.stderr.write(`extract: ${file}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return 0;
}
