// Which database engine a `DATABASE_URL` names, and where that engine's Prisma schema and
// migration history live. Prisma migrations are per provider, so each engine has its own
// history; prisma/schema.prisma is the one model, and the PostgreSQL schema is derived from it.
import path from 'node:path';
import { projectRoot } from './paths.ts';

export type Provider = 'sqlite' | 'postgresql';

/** A configuration mistake the user can fix; the CLI prints its message alone, in one line. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** SQLite for `file:` URLs, PostgreSQL for `postgres://` and `postgresql://`; anything else is refused. */
export function providerOf(url: string): Provider {
  if (url.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  // Only the scheme: the rest of a URL may hold a password.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0] ?? url.slice(0, 12);
  throw new ConfigurationError(`DATABASE_URL: unsupported scheme "${scheme}"; use file:<path> (SQLite) or postgresql://… (PostgreSQL)`);
}

export interface ProviderLayout {
  /** The Prisma schema the engine is migrated and generated from. */
  schemaPath: string;
  /** Its migration history in Prisma's standard layout. */
  migrationsDir: string;
}

export const layouts: Record<Provider, ProviderLayout> = {
  sqlite: {
    schemaPath: path.join(projectRoot, 'prisma', 'schema.prisma'),
    migrationsDir: path.join(projectRoot, 'prisma', 'migrations'),
  },
  postgresql: {
    schemaPath: path.join(projectRoot, 'prisma', 'postgresql', 'schema.prisma'),
    migrationsDir: path.join(projectRoot, 'prisma', 'postgresql', 'migrations'),
  },
};

const derivedHeader =
  '// Derived from ../schema.prisma by `npm run generate` (src/db/provider.ts): edit that file, not this one.\n';

/**
 * The PostgreSQL schema: the same model with the postgresql provider and its own generated
 * client (a generated client works only with its provider's driver adapter). The Pothos types
 * generator is left out: they are generated once, from the SQLite schema, for both engines.
 */
export function derivePostgresqlSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/generator pothos \{[^}]*\}\n\n/, '')
    .replace('output              = "../src/db/generated"', 'output              = "../../src/db/generated-postgresql"\n  previewFeatures     = ["relationJoins"]')
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  if (!replaced.includes('"postgresql"') || !replaced.includes('relationJoins') || replaced.includes('prisma-pothos-types')) {
    throw new Error(`${layouts.sqlite.schemaPath}: cannot derive the PostgreSQL schema (generator or datasource block changed shape)`);
  }
  return derivedHeader + replaced;
}
