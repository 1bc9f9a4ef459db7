// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, so that
// migrations need no native engine download. The package entry imports the .wasm file as an
// ES module, which Node rejects; instantiating it here and handing it to the generated
// bindings (`__wbg_set_wasm`, then `__wbindgen_start`) does what that entry would.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { providerOf } from './provider.ts';

let loaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // The package does not export the .wasm file; it sits beside the bindings module.
    const wasmPath = fileURLToPath(new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg')));
    const module = await WebAssembly.compile(await readFile(wasmPath));
    // The bindings module is the wasm module's only import namespace.
    const instance = await WebAssembly.instantiate(module, {
      './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return loaded;
}

/** PostgreSQL's one-byte internal type `"char"`, which pg_catalog uses for kinds and flags. */
const internalCharOid = 18;
const textOid = 25;

/**
 * A pool for the engine on PostgreSQL. adapter-pg (7.10) has no column type for `"char"`, and
 * the engine's introspection (diffing a database against the schema) reads such columns from
 * pg_catalog; node-postgres already returns them as strings, so they are declared as text.
 */
function introspectablePool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  pool.query = (async (...args: unknown[]) => {
    const result = await query(...args);
    for (const field of result.fields ?? []) if (field.dataTypeID === internalCharOid) field.dataTypeID = textOid;
    return result;
  }) as typeof pool.query;
  return pool;
}

/**
 * adapter-pg (7.10) runs a migration script by splitting it at every `;`, which breaks
 * function bodies and comments holding one; PostgreSQL runs a multi-statement script sent as
 * one simple query, as `prisma migrate deploy` does.
 */
function wholeScripts(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script) => {
    await pool.query(script);
  };
  return adapter;
}

/**
 * The adapter factory for `url`, remembering the connections it opens: `free()` does not close
 * the engine's connections (on SQLite they hold an EXCLUSIVE lock, on PostgreSQL a pool), so
 * they must be disposed of here or they outlive the engine.
 */
function trackedFactory(url: string) {
  const pool = providerOf(url) === 'postgresql' ? introspectablePool(url) : null;
  const factory = pool ? new PrismaPg(pool, { disposeExternalPool: true }) : new PrismaBetterSqlite3({ url });
  const connections: SqlDriverAdapter[] = [];
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    connections.push(adapter);
    return pool ? wholeScripts(adapter, pool) : adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    // The engine's own shadow database is not used (see src/db/migrate.ts).
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  return { tracked, dispose: () => Promise.all(connections.map((c) => c.dispose())) };
}

/** Runs `use` with a schema engine connected to the database at `url` (SQLite or PostgreSQL), then closes it. */
export async function withSchemaEngine<T>(
  url: string,
  schema: { path: string; content: string },
  use: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const { tracked, dispose } = trackedFactory(url);
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await use(engine);
  } finally {
    engine.free();
    await dispose();
  }
}
