// The ingestArticle mutation: authorised, unauthorised, invalid input, repeated and concurrent.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, defaultSeedDir, type TestDatabase } from '../../src/testing/test-database.ts';
import { apiToken, executeOperation, nodes, yogaFor, type Page, type Yoga } from './support.ts';

const ingest = `mutation Ingest($fileName: String!, $text: String!) {
  ingestArticle(fileName: $fileName, text: $text) {
    __typename
    ... on IngestArticleSuccess {
      status
      article { id slug title publishedOn people { totalCount edges { node { name } } } meetings { totalCount } }
    }
    ... on InvalidArticleError { message }
    ... on UnauthorizedError { message }
  }
}`;

type IngestResult = {
  ingestArticle:
    | { __typename: 'IngestArticleSuccess'; status: string; article: { id: string; slug: string; title: string | null; publishedOn: string | null; people: Page<{ name: string }>; meetings: { totalCount: number } } }
    | { __typename: 'InvalidArticleError' | 'UnauthorizedError'; message: string };
};

const authorization = { authorization: `Bearer ${apiToken}` };
const fileName = '001_eeb6f145542a736b.txt';

let testDb: TestDatabase;
let yoga: Yoga;
let text: string;
beforeEach(async () => {
  testDb = await createTestDatabase({ seedDir: null });
  yoga = yogaFor(testDb.db);
  text = await readFile(path.join(defaultSeedDir, fileName), 'utf8');
});
afterEach(() => testDb.close());

function run(variables: { fileName: string; text: string }, headers: Record<string, string> = authorization, server = yoga) {
  return executeOperation<IngestResult>(server, ingest, variables, headers);
}

async function succeeded(variables: { fileName: string; text: string }) {
  const result = await run(variables);
  expect(result.errors).toBeUndefined();
  const outcome = result.data?.ingestArticle;
  if (outcome?.__typename !== 'IngestArticleSuccess') throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('ingestArticle', () => {
  it('ingests an article with the seed pipeline and returns what was extracted', async () => {
    const outcome = await succeeded({ fileName, text });
    expect(outcome.status).toBe('INGESTED');
    expect(outcome.article.slug).toBe('001-eeb6f145542a736b');
    expect(outcome.article.publishedOn).toBe('2025-11-05');
    expect(nodes(outcome.article.people).map((p) => p.name)).toEqual(expect.arrayContaining(['Xi Jinping', 'Mikhail Mishustin']));
    expect(await testDb.db.article.count()).toBe(1);
  });

  it('is idempotent by content: the same text again changes nothing; new text replaces', async () => {
    const first = await succeeded({ fileName, text });
    const again = await succeeded({ fileName, text });
    expect(again.status).toBe('UNCHANGED');
    expect(again.article.id).toBe(first.article.id);
    const edited = await succeeded({ fileName, text: `${text}\n\nXi Jinping also met Vladimir Putin.\n` });
    expect(edited.status).toBe('REPLACED');
    expect(edited.article.id).toBe(first.article.id);
    expect(await testDb.db.article.count()).toBe(1);
  });

  it('serializes concurrent ingests of the same article: one stores it, the other finds it unchanged', async () => {
    const outcomes = await Promise.all([succeeded({ fileName, text }), succeeded({ fileName, text })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['INGESTED', 'UNCHANGED']);
    expect(await testDb.db.article.count()).toBe(1);
  });

  it('refuses requests without the API token, with a wrong one, or when no token is configured', async () => {
    const cases: Array<[Record<string, string>, Yoga]> = [
      [{}, yoga],
      [{ authorization: 'Bearer wrong-token' }, yoga],
      [{ authorization: apiToken }, yoga],
      [authorization, yogaFor(testDb.db, {})],
    ];
    for (const [headers, server] of cases) {
      const result = await run({ fileName, text }, headers, server);
      expect(result.data?.ingestArticle).toEqual({ __typename: 'UnauthorizedError', message: expect.stringContaining('API token') });
    }
    expect(await testDb.db.article.count()).toBe(0);
  });

  it.each([
    ['empty text', fileName, '  \n', 'empty file'],
    ['NUL bytes', fileName, 'date 2025-11-05\u0000binary', 'binary file (contains NUL bytes)'],
    ['more than 2 MB', fileName, 'x'.repeat(2 * 1024 * 1024 + 1), 'larger than 2 MB'],
    ['no article in it', fileName, 'Connect with us', 'no article text'],
    ['an empty file name', '', 'Some text.', 'file name is empty'],
    ['a path as file name', '../etc/passwd', 'Some text.', 'path separators'],
  ])('rejects %s with a typed error and stores nothing', async (_case, name, body, reason) => {
    const result = await run({ fileName: name, text: body });
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestArticle.__typename).toBe('InvalidArticleError');
    expect(result.data?.ingestArticle).toMatchObject({ message: expect.stringContaining(reason) });
    expect(JSON.stringify(result)).not.toMatch(/at \w+ \(|\.ts:\d+/);
    expect(await testDb.db.article.count()).toBe(0);
  });

  it('makes the ingested article findable at once, through lookups and search', async () => {
    await succeeded({ fileName, text });
    const result = await executeOperation<{ person: { name: string } | null; search: Page<{ __typename: string }> }>(
      yoga, '{ person(name: "mishustin") { name } search(query: "Mishustin", types: [ARTICLE]) { totalCount edges { node { __typename } } } }',
    );
    expect(result.data?.person?.name).toBe('Mikhail Mishustin');
    expect(result.data?.search.totalCount).toBe(1);
  });
});
