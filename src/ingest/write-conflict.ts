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
 * (P1008; SQLite's SQLITE_BUSY).
 */
const conflictCodes = new Set(['P2002', 'P2034', 'P1008']);

export function isConcurrentWriteConflict(error: unknown): boolean {
  return error instanceof ConcurrentWriteConflict
    || (error instanceof Prisma.PrismaClientKnownRequestError && conflictCodes.has(error.code));
}
