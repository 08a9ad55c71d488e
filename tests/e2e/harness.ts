/** The end-to-end tests drive Chromium through the same tool the popup bench and the screenshots use. */
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { collectErrors, type ExtensionBrowser, launchWithExtension, startFixtureServer } from '../../scripts/browser';

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

/**
 * A library page in `browser` holding the captures of the backup `file`, imported through the page's own import
 * button (waits until it says it added `count`), and the console errors it reports from then on.
 */
export async function openLibraryWithBackup(
  browser: ExtensionBrowser,
  file: string,
  count: number,
): Promise<{ library: Page; errors: string[] }> {
  const library = await browser.context.newPage();
  const errors = collectErrors(library);
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.locator('input[type=file]').setInputFiles(file);
  await library.getByText(new RegExp(`新增 ${count} 篇`)).waitFor({ timeout: 15_000 });
  return { library, errors };
}
