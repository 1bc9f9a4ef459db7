// One place that knows how to open the database: SQLite through better-sqlite3 by default.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/client.ts';
import { projectRoot } from './paths.ts';

export type Database = PrismaClient;
/** A Prisma client, or the transaction client handed to `$transaction` callbacks. */
export type Db = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** `DATABASE_URL`, or the embedded database `data/newsgraph.db`. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(projectRoot, 'data', 'newsgraph.db')}`;
}

/** SQLite creates a missing database file, but not the directory it goes in. */
export function ensureDatabaseDirectory(url: string): void {
  const file = url.replace(/^file:/, '');
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

export interface ClientOptions {
  url?: string;
  /** Called with each SQL statement Prisma sends, e.g. to count statements per operation. */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient({ url = databaseUrl(), onQuery }: ClientOptions = {}): PrismaClient {
  ensureDatabaseDirectory(url);
  const adapter = new PrismaBetterSqlite3({ url });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client;
}
