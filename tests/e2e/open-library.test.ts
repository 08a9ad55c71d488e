/**
 * 打开文库 in the popup: the first click opens the library in a new tab; later clicks bring that tab forward
 * instead of opening another, and after a save they open the saved capture in it without loading the page again.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, useExtensionBrowser } from './harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

const env = useExtensionBrowser();

const libraryPages = () =>
  env.browser.context.pages().filter((page) => new URL(page.url()).pathname === '/library.html');

/** The id of the active tab, asked from an extension page. */
const activeTabId = (extensionPage: Page) =>
  extensionPage.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);

const tabIdOf = (extensionPage: Page, library: Page) =>
  extensionPage.evaluate(
    async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? null,
    library.url(),
  );

describe('打开文库', () => {
  it('opens the library once, then brings the same tab forward and opens a saved capture in it', async () => {
    const { popup } = await openPopupFor(env.browser, SAMPLE_URL);
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    expect(libraryPages()).toHaveLength(0);

    const opened = env.browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: '打开文库' }).click();
    const library = await opened;
    await library.waitForLoadState('domcontentloaded');
    await library.locator('.cc-lib-count').waitFor();
    const libraryTab = await tabIdOf(popup, library);
    expect(libraryTab).not.toBeNull();
    // A mark that a reload would wipe out.
    await library.evaluate(() => {
      (window as { __sameDocument?: boolean }).__sameDocument = true;
    });

    // Put the popup's tab forward, then ask again: the library tab comes forward, no second one opens.
    await popup.bringToFront();
    await expect.poll(() => activeTabId(popup)).not.toBe(libraryTab);
    await popup.getByRole('button', { name: '打开文库' }).click();
    await expect.poll(() => activeTabId(popup)).toBe(libraryTab);
    expect(libraryPages()).toHaveLength(1);

    // Saved: the button opens the capture in that tab, on the same document.
    await popup.bringToFront();
    await popup.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => popup.getByRole('button', { name: /已保存/ }).count()).toBe(1);
    await popup.getByRole('button', { name: '打开文库' }).click();
    await expect.poll(() => new URL(library.url()).hash).toMatch(/^#\/capture\//);
    await expect.poll(() => library.getByRole('heading', { level: 1, name: /大厂/ }).count()).toBe(1);
    expect(await library.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(libraryPages()).toHaveLength(1);
  });
});
