// One writer at a time on PostgreSQL, as SQLite has by design. Resolving an article's entities
// and meetings reads what other writers stored and decides from it; two writers deciding at once
// would both store the same new meeting. The lock is taken first thing in every write
// transaction and held until it ends: a writer that took row locks (an entity it updated) before
// waiting for it could deadlock with the writer holding it. Extraction, which is most of an
// ingest's CPU, runs before the transaction and stays parallel.
import type { Db } from '../db/client.ts';
import type { Provider } from '../db/provider.ts';

/** Key of the PostgreSQL advisory lock writers take ("ngmt"). */
const writerLockKey = 0x6e67_6d74;

export async function lockWriters(tx: Db, provider: Provider): Promise<void> {
  if (provider === 'postgresql') await tx.$queryRaw`SELECT pg_advisory_xact_lock(${writerLockKey})::text`;
}
