// Full-text search over the FTS5 index the `add_search` migration keeps in sync: one ranked
// hit per entity (its best-matching text), with a snippet of that text.
import type { Database } from '../../db/client.ts';
import { searchTable } from '../../db/external-tables.ts';
import { searchWords } from './search-words.ts';

export const searchKinds = ['article', 'person', 'organization', 'place', 'meeting'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchHit {
  kind: SearchKind;
  entityId: number;
  /** The best-matching text around the match, matched terms between « and ». */
  snippet: string;
  /** Relevance; higher is better (negated BM25). */
  score: number;
}

export interface SearchPage {
  hits: SearchHit[];
  totalCount: number;
}

/**
 * The words of `text` as an FTS5 query that matches all of them. Users type plain words, not
 * FTS5 syntax, so every word is quoted: `"` or `NEAR(` in input cannot cause a syntax error.
 */
export function ftsQuery(text: string): string | null {
  const words = searchWords(text);
  return words.length ? words.map((word) => `"${word}"`).join(' ') : null;
}

interface Row {
  kind: SearchKind;
  entityId: number | bigint;
  snippet: string;
  rank: number;
  total: number | bigint;
}

export async function search(
  db: Database,
  text: string,
  { kinds, offset, limit }: { kinds: readonly SearchKind[]; offset: number; limit: number },
): Promise<SearchPage> {
  const match = ftsQuery(text);
  if (!match || kinds.length === 0) return { hits: [], totalCount: 0 };
  const rows = await db.$queryRawUnsafe<Row[]>(
    // FTS5's ranking functions only work in the query that does the MATCH, so the matches are
    // materialized before being grouped. SQLite takes the bare columns of an aggregate query
    // from the row min() picked, so each entity's snippet comes from its best-ranked text.
    `WITH matches AS MATERIALIZED (
       SELECT kind, entityId, bm25("${searchTable}") AS rank,
              snippet("${searchTable}", 0, '«', '»', '…', 16) AS snippet
         FROM "${searchTable}"
        WHERE "${searchTable}" MATCH ? AND kind IN (SELECT value FROM json_each(?)))
     SELECT kind, entityId, snippet, min(rank) AS rank, count(*) OVER () AS total
       FROM matches
      GROUP BY kind, entityId
      ORDER BY rank, kind, entityId
      LIMIT ? OFFSET ?`,
    match, JSON.stringify(kinds), limit, offset,
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
