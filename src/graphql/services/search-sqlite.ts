// Search on SQLite: the FTS5 index the `add_search` migration keeps in sync, ranked by BM25.
import type { Database } from '../../db/client.ts';
import { searchTable } from '../../db/external-tables.ts';
import type { SearchKind, SearchPage, SearchRequest } from './search.ts';

interface Row {
  kind: SearchKind;
  entityId: number | bigint;
  snippet: string;
  rank: number;
  total: number | bigint;
}

/** Every word quoted, so `"` or `NEAR(` in input cannot cause an FTS5 syntax error. */
const matchAll = (words: string[]) => words.map((word) => `"${word}"`).join(' ');

export async function searchSqlite(db: Database, { words, kinds, offset, limit }: SearchRequest): Promise<SearchPage> {
  const match = matchAll(words);
  const rows = await db.$queryRawUnsafe<Row[]>(
    // FTS5's ranking functions only work in the query that does the MATCH, so the matches are
    // materialized before being grouped. SQLite takes the bare columns of an aggregate query
    // from the row min() picked, so each entity's text is its best-ranked one. A snippet costs
    // more than ranking (the text is tokenized again), so only the page's texts get one, found
    // again by rowid: a third to a half of the time of snippeting every match.
    `WITH matches AS MATERIALIZED (
       SELECT rowid AS textId, kind, entityId, bm25("${searchTable}") AS rank
         FROM "${searchTable}"
        WHERE "${searchTable}" MATCH ? AND kind IN (SELECT value FROM json_each(?))),
     page AS MATERIALIZED (
       SELECT kind, entityId, textId, min(rank) AS rank, count(*) OVER () AS total
         FROM matches
        GROUP BY kind, entityId
        ORDER BY rank, kind, entityId
        LIMIT ? OFFSET ?)
     SELECT page.kind, page.entityId, page.rank, page.total,
            snippet("${searchTable}", 0, '«', '»', '…', 16) AS snippet
       FROM page JOIN "${searchTable}" ON "${searchTable}".rowid = page.textId
      WHERE "${searchTable}" MATCH ?
      ORDER BY page.rank, page.kind, page.entityId`,
    match, JSON.stringify(kinds), limit, offset, match,
  );
  return {
    hits: rows.map((row) => ({ kind: row.kind, entityId: Number(row.entityId), snippet: row.snippet, score: -row.rank })),
    totalCount: rows[0] ? Number(rows[0].total) : await countMatches(db, match, kinds),
  };
}

/** The count when the page itself is empty (past the end), so the window count is missing. */
async function countMatches(db: Database, match: string, kinds: readonly SearchKind[]): Promise<number> {
  const [row] = await db.$queryRawUnsafe<Array<{ total: number | bigint }>>(
    `SELECT count(DISTINCT kind || ':' || entityId) AS total FROM "${searchTable}"
      WHERE "${searchTable}" MATCH ? AND kind IN (SELECT value FROM json_each(?))`,
    match, JSON.stringify(kinds),
  );
  return row ? Number(row.total) : 0;
}
