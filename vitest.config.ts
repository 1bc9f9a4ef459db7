import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for the
    // libraries (Pothos, yoga); Vite would hand our own files the ESM one, and graphql refuses
    // schema objects from "another module or realm". One build for everything:
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Each file migrates and seeds its own SQLite database; the WASM schema engine and
    // seeding take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // With a postgresql:// DATABASE_URL (npm run test:pg): one migrated template per run.
    globalSetup: ['test/setup/postgresql.ts'],
  },
});
