// `npm run schema` writes schema.graphql; `--check` exits 1 when the committed file has drifted.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../src/db/paths.ts';
import { printSortedSchema } from '../src/graphql/print-schema.ts';

const file = path.join(projectRoot, 'schema.graphql');
const printed = printSortedSchema();
if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('schema.graphql differs from the schema the server builds: run `npm run schema`');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  await writeFile(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
