// A page's statement reads the rows of the page from an index rather than sorting every match:
// its cost must not grow with the corpus. Checked on SQLite's query plan ("USE TEMP B-TREE FOR
// ORDER BY" is a sort of all matching rows); PostgreSQL 15 cannot explain a parameterized
// statement without its values.
import { afterEach, describe, expect, it } from 'vitest';
import { databaseUrl, type Database } from '../../src/db/client.ts';
import { providerOf } from '../../src/db/provider.ts';
import type { TestDatabase } from '../../src/testing/test-database.ts';
import { createFixtureDatabase } from './fixture.ts';
import { query, yogaFor, type Page } from './support.ts';

const open: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

/** SQLite's plan for a statement as Prisma sent it; unbound parameters are bound to NULL. */
async function planOf(db: Database, sql: string): Promise<string> {
  const parameters = (sql.match(/\?/g) ?? []).map(() => null);
  const rows = await db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${sql}`, ...parameters);
  return rows.map((row) => row.detail).join(' | ');
}

/** The statements `document` sent that select from `table`, with their plans. */
async function plansFor(document: string, table: string) {
  const statements: string[] = [];
  const testDb = await createFixtureDatabase({ onQuery: (sql) => statements.push(sql) });
  open.push(testDb);
  statements.length = 0; // the fixture's own writes
  const data = await query<Record<string, Page<unknown>>>(yogaFor(testDb.db), document);
  const selecting = statements.filter((sql) => sql.startsWith('SELECT') && sql.includes(`FROM \`main\`.\`${table}\``));
  return { data, plans: await Promise.all(selecting.map((sql) => planOf(testDb.db, sql))) };
}

describe.runIf(providerOf(databaseUrl()) === 'sqlite')('query plans of pages', () => {
  it('a date range of meetings reads its page from the date index, newest first, without sorting the range', async () => {
    const { data, plans } = await plansFor('{ meetings(filter: { dateFrom: "2025", dateTo: "2025" }, first: 2) { edges { node { dateText } } } }', 'Meeting');
    expect(data.meetings?.edges.map((edge) => edge.node)).toEqual([{ dateText: '2025-11-04' }, { dateText: '2025-11-03' }]);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toContain('Meeting_date_idx');
    expect(plans[0]).not.toContain('TEMP B-TREE');
  });

  it('meetings without a date bound still list undated meetings last (the order needs a sort there)', async () => {
    const { data } = await plansFor('{ meetings(first: 10) { edges { node { dateText } } } }', 'Meeting');
    const dates = data.meetings?.edges.map((edge) => (edge.node as { dateText: string | null }).dateText);
    expect(dates?.at(-1)).toBeNull();
    expect(dates?.slice(0, -1).every((date) => date !== null)).toBe(true);
  });
});
