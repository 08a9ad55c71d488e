/// <reference types="chrome" />
/**
 * Issue 8 item 3: the toolbar ✓ finds saved pages whose capture is keyed by a canonical that differs from the tab's
 * address (an hebei.com.cn page whose <link rel=canonical> is on hebccw.cn), and a quick save's ✓ is not wiped when
 * the page loads again. Issue 9 §4: a page whose canonical names another site is stored under its own address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupFor, ROOT, startFixtureServer, type ExtensionBrowser } from './harness';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name, 'source.html');
// Served over http (the harness has no TLS); the canonical of both is on hebccw.cn.
const POPUP_SAVE = 'http://heb.hebei.com.cn/system/2020/11/18/100456111.shtml';
const QUICK_SAVE = 'http://lf.hebei.com.cn/system/2026/03/05/101600234.shtml';
const OFFSITE = 'http://ts.hebei.com.cn/system/2024/06/12/101300999.shtml';
const EXTRA_PAGES = [
  { name: 'quick', url: QUICK_SAVE, file: fixture('changcheng-lead-detail-2026') },
  { name: 'offsite', url: OFFSITE, file: fixture('changcheng-canonical-offsite-2024') },
];

let server: Server;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const started = await startFixtureServer(EXTRA_PAGES);
  server = started.server;
  browser = await launchWithExtension(started.port);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const badge = (page: Page, tabId: number) => page.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

async function savedUrls(page: Page): Promise<Array<{ url: string; canonicalUrl: string }>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('changcheng-reader');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<Array<{ url: string; canonicalUrl: string }>>((resolve) => {
      const req = db.transaction('captures').objectStore('captures').getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return all.map(({ url, canonicalUrl }) => ({ url, canonicalUrl }));
  });
}

describe('the ✓ badge on pages whose canonical differs from their address', () => {
  it('appears after a save from the popup, after a reload, and in a new tab on the same page', async () => {
    const { article, popup, tabId } = await openPopupFor(browser, POPUP_SAVE);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
    expect(await badge(popup, tabId)).toBe('');
    await popup.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => popup.getByRole('button', { name: /已保存/ }).count()).toBe(1);
    expect(await savedUrls(popup)).toContainEqual({
      url: POPUP_SAVE,
      canonicalUrl: 'https://heb.hebccw.cn/system/2020/11/18/100456111.shtml',
    });
    await expect.poll(() => badge(popup, tabId)).toBe('✓');

    // Loading the page again asks the background for the badge: it must find the capture under its canonical.
    await article.reload();
    await article.waitForLoadState('load');
    await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'refresh-badge', tabId: id }), tabId);
    expect(await badge(popup, tabId)).toBe('✓');

    const again = await openPopupFor(browser, POPUP_SAVE);
    await again.popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'refresh-badge', tabId: id }), again.tabId);
    expect(await badge(again.popup, again.tabId)).toBe('✓');
  });

  it('keeps a quick save’s ✓ when the page loads again', async () => {
    const { article, popup, tabId } = await openPopupFor(browser, QUICK_SAVE);
    const saved = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'quick-save', tabId: id }), tabId);
    expect(saved).toEqual({ ok: true });
    expect(await badge(popup, tabId)).toBe('✓');
    await article.reload();
    await article.waitForLoadState('load');
    await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'refresh-badge', tabId: id }), tabId);
    expect(await badge(popup, tabId)).toBe('✓');
  });
});

describe('a canonical naming another site', () => {
  it('is not trusted: the capture is keyed by the page’s own address, and the ✓ follows it', async () => {
    const { popup, tabId } = await openPopupFor(browser, OFFSITE);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
    await popup.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => popup.getByRole('button', { name: /已保存/ }).count()).toBe(1);
    const records = await savedUrls(popup);
    expect(records).toContainEqual({ url: OFFSITE, canonicalUrl: OFFSITE });
    expect(records.map((r) => r.canonicalUrl)).not.toContain('https://news.example.com/2024/06/12/port.html');
    await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'refresh-badge', tabId: id }), tabId);
    expect(await badge(popup, tabId)).toBe('✓');
  });
});
