// Errors that mean "another writer got there first; try the article again with a fresh view",
// never "bad article".
import { Prisma } from '../db/generated/client.ts';

/** A row this transaction read changed under it before its update (compare-and-set failed). */
export class ConcurrentWriteConflict extends Error {
  constructor(what: string) {
    super(`${what} was changed by another writer`);
    this.name = 'ConcurrentWriteConflict';
  }
}

/**
 * Prisma's codes for a unique key another transaction took first (P2002), a serialization
 * failure or deadlock (P2034), and a database busy with another writer past the busy timeout
 * (P1008; SQLite's SQLITE_BUSY). A raw statement's serialization failure or deadlock comes as
 * P2010 with the adapter's TransactionWriteConflict.
 */
const conflictCodes = new Set(['P2002', 'P2034', 'P1008']);

/** A raw statement's failure (P2010) carries the driver adapter's error, whose kind says what happened. */
function driverErrorKind(error: Prisma.PrismaClientKnownRequestError): unknown {
  const adapterError = error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined;
  return adapterError?.cause?.kind;
}

export function isConcurrentWriteConflict(error: unknown): boolean {
  if (error instanceof ConcurrentWriteConflict) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return conflictCodes.has(error.code) || (error.code === 'P2010' && driverErrorKind(error) === 'TransactionWriteConflict');
}
