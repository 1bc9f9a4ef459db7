// Full-text search, one interface over each engine's own machinery: FTS5 on SQLite
// (search-sqlite.ts), tsvector/GIN on PostgreSQL (search-postgresql.ts). Both index the same
// texts (kept in sync by triggers from the `add_search` migrations), fold case and diacritics
// without stemming, require every word, and return one ranked hit per entity (its
// best-matching text) with a snippet of that text.
import { providerOfDatabase, type Database } from '../../db/client.ts';
import { searchPostgresql } from './search-postgresql.ts';
import { searchSqlite } from './search-sqlite.ts';
import { searchWords } from './search-words.ts';

export const searchKinds = ['article', 'person', 'organization', 'place', 'meeting'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchHit {
  kind: SearchKind;
  entityId: number;
  /** The best-matching text around the match, matched terms between « and ». */
  snippet: string;
  /** Relevance; higher is better. */
  score: number;
}

export interface SearchPage {
  hits: SearchHit[];
  totalCount: number;
}

export interface SearchRequest {
  /** The words to find, all of them; never empty. */
  words: string[];
  kinds: readonly SearchKind[];
  offset: number;
  limit: number;
}


export async function search(
  db: Database,
  text: string,
  { kinds, offset, limit }: Omit<SearchRequest, 'words'>,
): Promise<SearchPage> {
  const words = searchWords(text);
  if (words.length === 0 || kinds.length === 0) return { hits: [], totalCount: 0 };
  const request = { words, kinds, offset, limit };
  return providerOfDatabase(db) === 'postgresql' ? searchPostgresql(db, request) : searchSqlite(db, request);
}
