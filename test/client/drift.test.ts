// Generated files users rely on are committed; these fail when they no longer match their source.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, it } from 'vitest';
import config from '../../codegen.ts';
import { projectRoot } from '../../src/db/paths.ts';
import { printSortedSchema } from '../../src/graphql/print-schema.ts';

it('schema.graphql is the schema the server builds (run `npm run schema`)', async () => {
  const committed = await readFile(path.join(projectRoot, 'schema.graphql'), 'utf8');
  expect(committed).toBe(printSortedSchema());
});

it('client/gql is what codegen produces from schema.graphql and client/ (run `npm run codegen`)', async () => {
  const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: projectRoot, silent: true }, false);
  expect(outputs.map((o) => path.relative(projectRoot, path.resolve(projectRoot, o.filename))).sort()).toEqual([
    'client/gql/gql.ts', 'client/gql/graphql.ts', 'client/gql/index.ts', 'client/gql/persisted-documents.json',
  ]);
  for (const output of outputs) {
    const committed = await readFile(path.resolve(projectRoot, output.filename), 'utf8');
    expect(committed, output.filename).toBe(output.content);
  }
});
