/**
 * The library with the live site and with itself, in real Chromium: a full store during the picture copy is
 * said in the popup (article kept, no picture written), the GB/T 7714 reference is copied from the popup,
 * re-capture from the live page keeps tags, note and pins and says what changed,
 * and two library tabs editing, tagging and deleting at once end with one record per page, every edit kept,
 * both lists current.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectErrors,
  launchWithExtension,
  openPopupFor,
  ROOT,
  startFixtureServer,
  type ExtensionBrowser,
} from './harness';

const DACHANG = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const HENGSHUI = 'http://hs.hebei.com.cn/system/2015/11/06/016123456.shtml';
const SLOW = { timeout: 15_000 };

let server: Server;
let browser: ExtensionBrowser;
/** The 大厂 article as the site serves it now: a copy of the fixture that a test rewrites. */
const liveDir = mkdtempSync(path.join(tmpdir(), 'cc-live-'));
const livePage = path.join(liveDir, 'source.html');

beforeAll(async () => {
  copyFileSync(path.join(ROOT, 'tests/fixtures/changcheng-dachang-2019-gb2312/source.html'), livePage);
  const started = await startFixtureServer([{ name: 'live', url: DACHANG, file: livePage }]);
  server = started.server;
  browser = await launchWithExtension(started.port);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(liveDir, { recursive: true, force: true });
});

/** Rows of a database store, read straight from the extension's IndexedDB. */
function countIn(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('changcheng-reader');
        request.onsuccess = () => {
          const count = request.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            request.result.close();
            resolve(count.result);
          };
        };
      }),
    store,
  );
}

async function openLibrary(): Promise<{ library: Page; errors: string[] }> {
  const library = await browser.context.newPage();
  const errors = collectErrors(library);
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  return { library, errors };
}

const listOf = (page: Page) => page.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');

describe('library and the live site', () => {
  it('popup: a full store during the picture copy is said; the article saved, no picture written', async () => {
    const worker = browser.context.serviceWorkers()[0];
    // The background's picture writes fail as a full disk would make them fail.
    await worker.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (globalThis as { __put?: unknown }).__put = put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'pictures') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const { popup, article, errors } = await openPopupFor(browser, DACHANG);
    await popup.getByRole('button', { name: '保存' }).click();
    await popup.getByRole('button', { name: /已保存/ }).waitFor(SLOW);
    await expect.poll(() => popup.getByRole('alert').textContent(), SLOW).toMatch(/存储空间不足，本篇图片未保存/);
    expect(await countIn(popup, 'captures')).toBe(1);
    expect(await countIn(popup, 'pictures')).toBe(0);
    await worker.evaluate(() => {
      IDBObjectStore.prototype.put = (globalThis as { __put?: never }).__put!;
    });

    // The GB/T 7714 reference, copied from the popup (the page's clipboard recorded).
    await popup.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void ((window as { __copied?: string }).__copied = text) },
      });
    });
    await popup.getByRole('button', { name: '复制参考文献' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: '已复制参考文献' }).count(), SLOW).toBe(1);
    const copied = await popup.evaluate(() => (window as { __copied?: string }).__copied);
    expect(copied).toMatch(/大厂.*\[N\/OL\]\. 长城网, 2019-05-24\[\d{4}-\d{2}-\d{2}\]\. http:\/\/lf\.hebei/);
    expect(errors).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('re-captures from the live page: tags, note and pins kept, the change said, the new text searchable', async () => {
    const { library, errors } = await openLibrary();
    await listOf(library).filter({ hasText: '大厂' }).click();
    await library.getByRole('heading', { level: 1, name: /大厂/ }).waitFor(SLOW);
    const tagInput = library.getByRole('textbox', { name: '添加标签' });
    await tagInput.fill('重抓前');
    await tagInput.press('Enter');
    await expect.poll(() => listOf(library).filter({ hasText: '重抓前' }).count(), SLOW).toBe(1);
    await library.locator('#cc-lib-note').fill('重抓前的笔记');
    await library.locator('#cc-lib-note').blur();
    await expect.poll(() => library.getByText('笔记已保存').count(), SLOW).toBe(1);
    await library
      .getByRole('button', { name: /^置顶: / })
      .first()
      .click();
    await expect.poll(() => library.getByRole('button', { name: /^取消置顶: / }).count(), SLOW).toBe(1);

    // The site changed the article since: one paragraph added.
    const html = readFileSync(path.join(ROOT, 'tests/fixtures/changcheng-dachang-2019-utf8/source.html'), 'utf8');
    const changed = html.replace('<p>　　当前,', '<p>　　新增段落：白洋淀荷花节吸引游客5万人次。</p><p>　　当前,');
    expect(changed).not.toBe(html);
    writeFileSync(livePage, changed);
    await library.getByRole('button', { name: '重新抓取' }).click();
    await expect
      .poll(() => library.getByRole('status').filter({ hasText: '已重新抓取' }).textContent(), { timeout: 40_000 })
      .toMatch(/正文变了（\+\d+ 字）.*标签、笔记和数字更正都已保留/);

    expect(await listOf(library).count()).toBe(1);
    await expect.poll(() => library.locator('#cc-lib-note').inputValue(), SLOW).toBe('重抓前的笔记');
    expect(await library.getByRole('button', { name: '移除标签“重抓前”' }).count()).toBe(1);
    expect(await library.getByRole('button', { name: /^取消置顶: / }).count()).toBe(1);
    await library.getByRole('searchbox', { name: '搜索文库' }).fill('白洋淀荷花节');
    await expect.poll(() => listOf(library).count(), SLOW).toBe(1);
    expect(await library.locator('[data-testid="article-body"]').textContent()).toContain('白洋淀荷花节');
    expect(errors).toEqual([]);
    await library.close();
  });

  it('two library tabs: tags from both kept, one record per page, a delete in one shows in the other', async () => {
    const { popup, article } = await openPopupFor(browser, HENGSHUI);
    await popup.getByRole('button', { name: '保存' }).click();
    await popup.getByRole('button', { name: /已保存/ }).waitFor(SLOW);
    await popup.close();
    await article.close();

    const a = await openLibrary();
    const b = await openLibrary();
    for (const tab of [a.library, b.library]) await expect.poll(() => listOf(tab).count(), SLOW).toBe(2);
    for (const tab of [a.library, b.library]) {
      await listOf(tab).filter({ hasText: '大厂' }).click();
      await tab.getByRole('heading', { level: 1, name: /大厂/ }).waitFor(SLOW);
    }
    // Both tabs tag the same article at once.
    const tagIn = (tab: Page, tag: string) =>
      tab
        .getByRole('textbox', { name: '添加标签' })
        .fill(tag)
        .then(() => tab.getByRole('textbox', { name: '添加标签' }).press('Enter'));
    await Promise.all([tagIn(a.library, '甲方'), tagIn(b.library, '乙方')]);
    for (const tab of [a.library, b.library]) {
      await expect
        .poll(() => listOf(tab).filter({ hasText: '甲方' }).filter({ hasText: '乙方' }).count(), SLOW)
        .toBe(1);
      await expect.poll(() => tab.getByRole('button', { name: '移除标签“乙方”' }).count(), SLOW).toBe(1);
      await expect.poll(() => tab.getByRole('button', { name: '移除标签“甲方”' }).count(), SLOW).toBe(1);
    }
    // A note written in A while B deletes the other article.
    await a.library.locator('#cc-lib-note').fill('甲方的笔记');
    await Promise.all([
      a.library.locator('#cc-lib-note').blur(),
      listOf(b.library)
        .filter({ hasText: '衡水' })
        .focus()
        .then(() => b.library.keyboard.press('Delete')),
    ]);
    for (const tab of [a.library, b.library]) await expect.poll(() => listOf(tab).count(), SLOW).toBe(1);
    await expect.poll(() => b.library.locator('#cc-lib-note').inputValue(), SLOW).toBe('甲方的笔记');
    expect(await countIn(a.library, 'captures')).toBe(1);
    expect(await countIn(a.library, 'summaries')).toBe(1);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
