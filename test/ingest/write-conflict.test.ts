import { expect, it } from 'vitest';
import { Prisma } from '../../src/db/generated/client.ts';
import { ConcurrentWriteConflict, isConcurrentWriteConflict } from '../../src/ingest/write-conflict.ts';

const prismaError = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError('failed', { code, clientVersion: Prisma.prismaVersion.client, meta });

it('retries what another writer caused, never a bad article', () => {
  expect(isConcurrentWriteConflict(new ConcurrentWriteConflict('person xi-jinping'))).toBe(true);
  expect(isConcurrentWriteConflict(prismaError('P2002'))).toBe(true);
  expect(isConcurrentWriteConflict(prismaError('P2034'))).toBe(true);
  // A deadlock detected inside a raw statement (PostgreSQL 40P01), as adapter-pg reports it.
  expect(isConcurrentWriteConflict(prismaError('P2010', { driverAdapterError: { cause: { kind: 'TransactionWriteConflict' } } }))).toBe(true);
  expect(isConcurrentWriteConflict(prismaError('P2010', { driverAdapterError: { cause: { kind: 'InvalidInputValue' } } }))).toBe(false);
  expect(isConcurrentWriteConflict(prismaError('P2003'))).toBe(false);
  expect(isConcurrentWriteConflict(new Error('extraction referred to sentence 9'))).toBe(false);
});
