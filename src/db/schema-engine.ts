// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, so that
// migrations need no native engine download. The package entry imports the .wasm file as an
// ES module, which Node rejects; instantiating it here and handing it to the generated
// bindings (`__wbg_set_wasm`, then `__wbindgen_start`) does what that entry would.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

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

/**
 * The adapter factory for `url`, remembering the connections it opens: the engine takes an
 * EXCLUSIVE lock on the database and `free()` does not close its connections, so they must be
 * disposed of here or the database stays locked for the rest of the process.
 */
function trackedFactory(url: string) {
  const factory = new PrismaBetterSqlite3({ url });
  const connections: SqlDriverAdapter[] = [];
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    connections.push(await connection);
    return connections[connections.length - 1] as SqlDriverAdapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  return { tracked, dispose: () => Promise.all(connections.map((c) => c.dispose())) };
}

/** Runs `use` with a schema engine connected to the SQLite database at `url`, then closes it. */
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
