// The hand-written baseline for seeding's database writes: the rows seeding produced, replayed
// into a freshly migrated database with prepared INSERTs in one transaction. The search-index
// triggers fire here too, so both sides do the same work in SQLite.
import Database from 'better-sqlite3';
import { applyMigrations } from '../src/db/migrate.ts';

// Parents before children, so foreign keys hold at every insert.
const tables = [
  'Place', 'PlaceAlias', 'Organization', 'OrganizationAlias', 'Person', 'PersonAlias', 'Article', 'Paragraph', 'Sentence',
  'Meeting', 'MeetingParticipant', 'MeetingOrganization', 'MeetingSource', 'Mention', 'Role',
];

export interface BulkInsertResult {
  rows: number;
  seconds: number;
}

export async function replayRows(sourceFile: string, targetFile: string): Promise<BulkInsertResult> {
  await applyMigrations(`file:${targetFile}`);
  const source = new Database(sourceFile, { readonly: true });
  const data = tables.map((table) => {
    const columns = source.prepare(`SELECT * FROM "${table}" LIMIT 0`).columns().map((c) => c.name);
    const rows = source.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all() as unknown[][];
    return { table, columns, rows };
  });
  source.close();

  const target = new Database(targetFile);
  const inserts = data.map(({ table, columns, rows }) => ({
    statement: target.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ),
    rows,
  }));
  const started = performance.now();
  target.transaction(() => {
    for (const { statement, rows } of inserts) for (const row of rows) statement.run(row);
  })();
  const seconds = (performance.now() - started) / 1000;
  target.close();
  return { rows: data.reduce((sum, t) => sum + t.rows.length, 0), seconds };
}
