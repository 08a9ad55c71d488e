import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in Debian's Chromium, driven by playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
