import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'services/**/*.test.ts', 'transforms/**/*.test.ts', 'extractors/**/*.test.ts', 'loaders/**/*.test.ts'],
    // Tests talk to real MariaDB and Postgres; each file has its own databases, so files may run in parallel.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
