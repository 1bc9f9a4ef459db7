// One place that knows how to open the database: SQLite through better-sqlite3 for `file:` URLs
// (the embedded default), PostgreSQL through node-postgres for `postgresql://` URLs.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';
import { PrismaClient as PostgresqlPrismaClient } from './generated-postgresql/client.ts';
import { projectRoot } from './paths.ts';
import { ConfigurationError, providerOf, type Provider } from './provider.ts';
import { SqliteAdapterFactory } from './sqlite-adapter.ts';

export type Database = PrismaClient;
/** A Prisma client, or the transaction client handed to `$transaction` callbacks. */
export type Db = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** `DATABASE_URL`, or the embedded database `data/newsgraph.db`. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? `file:${path.join(projectRoot, 'data', 'newsgraph.db')}`;
}

/** SQLite creates a missing database file, but not the directory it goes in. */
export function ensureDatabaseDirectory(url: string): void {
  if (providerOf(url) !== 'sqlite') return;
  const file = url.replace(/^file:/, '');
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

export interface ClientOptions {
  url?: string;
  /**
   * Called with each SQL statement Prisma sends and its parameters (a JSON array), e.g. to count
   * statements per operation or to explain one.
   */
  onQuery?: (sql: string, params: string) => void;
}

/** Connections per process on PostgreSQL; PgBouncer in front when replicas × pool outgrows the server. */
function postgresPoolSize(): number {
  const value = process.env.DATABASE_POOL_SIZE ?? '10';
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new ConfigurationError(`DATABASE_POOL_SIZE must be a positive integer, not "${value}"`);
  return size;
}

/**
 * How long a SQLite writer waits for another process's write to finish (a seed beside the
 * server, parallel seeds) before giving up; readers never wait (WAL).
 */
const sqliteBusyTimeoutMs = 15_000;

function adapterFor(url: string) {
  return providerOf(url) === 'sqlite'
    ? new SqliteAdapterFactory({ url, timeout: sqliteBusyTimeoutMs })
    : new PrismaPg({ connectionString: url, max: postgresPoolSize() });
}

/**
 * The client for `url`'s engine. Both generated clients come from one model and have the same
 * API, but TypeScript sees two classes that differ where the providers do (transaction
 * isolation levels), so the PostgreSQL one is typed as the SQLite one: code written against
 * `Database` uses only what both engines support.
 */
function clientClass(url: string): typeof PrismaClient {
  return providerOf(url) === 'sqlite' ? PrismaClient : (PostgresqlPrismaClient as unknown as typeof PrismaClient);
}

function loggingClient(Client: typeof PrismaClient, adapter: ReturnType<typeof adapterFor>, onQuery: NonNullable<ClientOptions['onQuery']>): PrismaClient {
  const client = new Client({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query, event.params));
  return client;
}

const providers = new WeakMap<Database, Provider>();

/** The engine behind a client, for the few queries written in each engine's own SQL (search). */
export function providerOfDatabase(db: Database): Provider {
  return providers.get(db) ?? 'sqlite';
}

export function createPrismaClient({ url = databaseUrl(), onQuery }: ClientOptions = {}): PrismaClient {
  ensureDatabaseDirectory(url);
  const Client = clientClass(url);
  const adapter = adapterFor(url);
  const client = onQuery ? loggingClient(Client, adapter, onQuery) : new Client({ adapter });
  providers.set(client, providerOf(url));
  return client;
}
