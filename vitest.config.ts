import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.ts',
      'components/**/*.test.tsx',
      'cli/**/*.test.ts',
      'entrypoints/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/fixtures/*.test.ts',
    ],
    exclude: ['node_modules', '.output', 'tests/e2e/**'],
    setupFiles: ['fake-indexeddb/auto', './tests/unit/domTeardown.ts'],
    testTimeout: 20_000,
  },
});
