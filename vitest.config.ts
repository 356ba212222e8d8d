import { defineConfig } from 'vitest/config';

// Three tiers (STYLE.md): unit tests, integration tests through app.inject() on a real database — PGlite always,
// PostgreSQL as well when TEST_DATABASE_URL is set — and a few browser journeys.
const integration = (name: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['server/**/*.int.test.ts'],
    // Files named *.pglite.int.test.ts or *.postgres.int.test.ts concern one database only.
    exclude: [name === 'pglite' ? '**/*.postgres.int.test.ts' : '**/*.pglite.int.test.ts', 'node_modules/**'],
    env: { TEST_DB: name },
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['{server,common,web,tools}/**/*.test.ts'], exclude: ['**/*.int.test.ts', 'node_modules/**'] } },
      integration('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
      {
        extends: true,
        test: { name: 'e2e', include: ['e2e/**/*.e2e.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
      },
    ],
  },
});
