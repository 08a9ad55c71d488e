import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3) in Debian's Chromium, driven by playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Polls wait up to 10 s (default 1 s): saving now also writes the search index, and the shared 2-core
    // machine can take over a second for a save or a page start under load.
    expect: { poll: { timeout: 10_000 } },
  },
});
