import { defineConfig } from 'vitest/config';

// End-to-end tests run against the built site (npm run build first); one file at a time, since
// each starts a browser or a build.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
