import { defineConfig } from 'vitest/config';

// Unit and integration tests run on PGlite always; with DATABASE_URL set the
// database-touching suites (server/) run a second time on the PostgreSQL server.
const onPostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'pglite', include: ['common/**/*.test.ts', 'server/**/*.test.ts', 'cli/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'], env: { TEST_DB: 'pglite' } },
      },
      ...(onPostgres
        ? [{ extends: true as const, test: { name: 'postgres', include: ['server/**/*.test.ts', 'cli/**/*.test.ts'], env: { TEST_DB: 'postgres' } } }]
        : []),
    ],
  },
});
