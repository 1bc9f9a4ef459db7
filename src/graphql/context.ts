// The per-request context: created fresh for every request by createContext, so nothing
// mutable is shared between requests except the ingest queue, which must be.
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { Loaders } from './loaders.ts';
import type { IngestService } from './services/ingest.ts';

export interface Context {
  db: Database;
  /** Whether the request carried `Authorization: Bearer <API token>`. */
  authorized: boolean;
  ingest: IngestService;
  loaders: Loaders;
}

export interface ContextDependencies {
  db: Database;
  /** The token that authorizes mutations; unset disables them. */
  apiToken: string | undefined;
  ingest: IngestService;
}

function bearerMatches(header: string | null, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function createContext({ db, apiToken, ingest }: ContextDependencies, request: Request): Context {
  return {
    db,
    authorized: bearerMatches(request.headers.get('authorization'), apiToken),
    ingest,
    loaders: new Loaders(db),
  };
}
