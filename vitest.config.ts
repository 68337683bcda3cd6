import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Sized for a loaded two-core machine: the citation tests run every official CSL style over
    // the whole site (seconds each), and must not fail for being slow while a build runs beside.
    testTimeout: 30_000,
  },
});
