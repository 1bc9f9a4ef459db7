import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file migrates and seeds its own SQLite database; the WASM schema engine and
    // seeding take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
