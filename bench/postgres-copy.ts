// The seeded SQLite database copied row for row into a PostgreSQL database migrated with
// newsgraph's own PostgreSQL migrations, so a peer (PostGraphile) and newsgraph on PostgreSQL
// answer from the very rows the SQLite servers answer from.
import Database from 'better-sqlite3';
import { applyMigrations } from '../src/db/migrate.ts';
import { withConnection } from '../src/db/postgresql-admin.ts';

// Rows per INSERT: one JSON parameter each, so PostgreSQL's 65,535-parameter limit never applies.
const batchSize = 5000;

export interface CopyResult {
  rows: number;
  seconds: number;
}

/** Copies every table of `sqliteFile` (but the search index and migration bookkeeping) into the database at `url`. */
export async function copyToPostgres(sqliteFile: string, url: string): Promise<CopyResult> {
  await applyMigrations(url);
  const source = new Database(sqliteFile, { readonly: true });
  const started = performance.now();
  let rows = 0;
  try {
    const tables = source.prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table'
          AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'SearchText%' AND name <> '_prisma_migrations'`,
    ).all().map((t) => t.name);
    await withConnection(url, async (client) => {
      await client.query('BEGIN');
      // Replica mode turns off triggers and foreign-key checks for this session: the rows are
      // already consistent, and the triggers' derived tables (PersonOrganization, PlaceMeeting)
      // are copied as they are. The search index is rebuilt below in one statement per source.
      await client.query("SET LOCAL session_replication_role = 'replica'");
      const { rows: serialRows } = await client.query<{ table: string }>(
        `SELECT table_name AS table FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'id' AND column_default LIKE 'nextval(%'`,
      );
      const serial = new Set(serialRows.map((r) => r.table));
      for (const table of tables) {
        const select = source.prepare(`SELECT * FROM "${table}"`);
        let batch: unknown[] = [];
        const flush = async () => {
          // json_populate_recordset converts each field with the column's own input function
          // (ISO date text to timestamp, enum labels to enums).
          await client.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1)`, [JSON.stringify(batch)]);
          rows += batch.length;
          batch = [];
        };
        for (const row of select.iterate()) {
          batch.push(row);
          if (batch.length === batchSize) await flush();
        }
        if (batch.length) await flush();
        if (serial.has(table)) {
          // The id sequence continues after the copied ids, as it would after seeding.
          await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), max("id")) FROM "${table}" HAVING count(*) > 0`, [`"${table}"`]);
        }
      }
      // The search triggers' work (migration 20261121050000_add_search), set-wise.
      await client.query(`
        SELECT search_put(0, "id", 'article', "id", "title") FROM "Article";
        SELECT search_put(1, "id", 'article', "id", "body") FROM "Article";
        SELECT search_put(2, "id", 'person', "id", "name") FROM "Person";
        SELECT search_put(3, "id", 'organization', "id", trim("name" || ' ' || coalesce("acronym", ''))) FROM "Organization";
        SELECT search_put(4, "id", 'place', "id", "name") FROM "Place";
        SELECT search_put(5, "id", 'meeting', "id", trim("summary" || ' ' || coalesce("name", ''))) FROM "Meeting";
        SELECT search_put(6, "id", 'person', "personId", "name") FROM "PersonAlias";
        SELECT search_put(7, "id", 'organization', "organizationId", "name") FROM "OrganizationAlias";
        SELECT search_put(8, "id", 'place', "placeId", "name") FROM "PlaceAlias";`);
      await client.query('COMMIT');
      await client.query('ANALYZE');
    });
  } finally {
    source.close();
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}
