/** The end-to-end tests drive Chromium through the same tool the popup bench and the screenshots use. */
import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, startFixtureServer } from '../../scripts/browser';

export * from '../../scripts/browser';

/**
 * The fixture server and one Chromium with the built extension for a test file: started before its tests and
 * closed after them. Read `.browser` inside the tests (it is set once the file's beforeAll has run).
 */
export function useExtensionBrowser(): { readonly browser: ExtensionBrowser } {
  const state = {} as { browser: ExtensionBrowser; server?: Server };
  beforeAll(async () => {
    const started = await startFixtureServer();
    state.server = started.server;
    state.browser = await launchWithExtension(started.port);
  });
  afterAll(async () => {
    await state.browser?.close();
    state.server?.close();
  });
  return state;
}
