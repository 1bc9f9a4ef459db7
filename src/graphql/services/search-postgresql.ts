// Search on PostgreSQL: the tsvector index the `add_search` migration keeps in sync (GIN),
// queried with websearch_to_tsquery, ranked by ts_rank_cd and excerpted by ts_headline.
import type { Database } from '../../db/client.ts';
import { searchTable } from '../../db/external-tables.ts';
import type { SearchKind, SearchPage, SearchRequest } from './search.ts';

interface Row {
  kind: SearchKind;
  entityId: number;
  snippet: string;
  rank: number;
  total: number | bigint;
}

/** Every word quoted, so `or` and `-` in input are words to find, not operators. */
const matchAll = (words: string[]) => words.map((word) => `"${word}"`).join(' ');

// Rank normalisation 2: divided by the text's length, so a name that matches outranks a long
// article that mentions it, as BM25 does on SQLite.
const rankNormalisation = 2;
const headline = 'StartSel=«, StopSel=», MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…';

export async function searchPostgresql(db: Database, { words, kinds, offset, limit }: SearchRequest): Promise<SearchPage> {
  // Each entity's best text is picked before paging; only the page's texts get a headline,
  // the costly part.
  const rows = await db.$queryRawUnsafe<Row[]>(
    `WITH query AS (SELECT websearch_to_tsquery('newsgraph_search', $1) AS q),
     best AS (
       SELECT DISTINCT ON (s."kind", s."entityId") s."kind", s."entityId", s."text",
              ts_rank_cd(s."document", query.q, ${rankNormalisation}) AS rank
         FROM "${searchTable}" s, query
        WHERE s."document" @@ query.q AND s."kind" = ANY (string_to_array($2, ','))
        ORDER BY s."kind", s."entityId", rank DESC),
     page AS (
       SELECT *, count(*) OVER () AS total FROM best
        ORDER BY rank DESC, "kind", "entityId"
        LIMIT $3 OFFSET $4)
     SELECT page."kind", page."entityId", page.rank::float8 AS rank, page.total,
            ts_headline('newsgraph_search', page."text", query.q, '${headline}') AS snippet
       FROM page, query
      ORDER BY page.rank DESC, page."kind", page."entityId"`,
    matchAll(words), kinds.join(','), limit, offset,
  );
  return {
    hits: rows.map((row) => ({ kind: row.kind, entityId: row.entityId, snippet: row.snippet, score: row.rank })),
    totalCount: rows[0] ? Number(rows[0].total) : await countMatches(db, matchAll(words), kinds),
  };
}

/** The count when the page itself is empty (past the end), so the window count is missing. */
async function countMatches(db: Database, match: string, kinds: readonly SearchKind[]): Promise<number> {
  const [row] = await db.$queryRawUnsafe<Array<{ total: number | bigint }>>(
    `SELECT count(DISTINCT ("kind", "entityId")) AS total FROM "${searchTable}"
      WHERE "document" @@ websearch_to_tsquery('newsgraph_search', $1) AND "kind" = ANY (string_to_array($2, ','))`,
    match, kinds.join(','),
  );
  return row ? Number(row.total) : 0;
}
