/**
 * The library page end to end in real Chromium: save three 长城网 articles from the popup, tag one,
 * search a word of one body, filter by tag, back up, clear, import, and the keyboard path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  collectErrors,
  launchWithExtension,
  openPopupFor,
  ROOT,
  startFixtureServer,
  type ExtensionBrowser,
} from './harness';

const ARTICLES = [
  'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml', // 大厂 (廊坊频道, 2019)
  'http://hs.hebei.com.cn/system/2015/11/06/016123456.shtml', // 衡水湖 候鸟 (赤麻鸭 in the body only)
  'http://finance.hebei.com.cn/system/2024/09/12/101234888.shtml', // 普惠小微贷款
];

let server: Server;
let browser: ExtensionBrowser;
let library: Page;
let errors: string[];

/** Polls wait this long: the machine running the tests is shared and slow at times. */
const SLOW = { timeout: 15_000 };
const items = () => library.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');

beforeAll(async () => {
  const started = await startFixtureServer();
  server = started.server;
  browser = await launchWithExtension(started.port);
  for (const url of ARTICLES) {
    const { popup, article } = await openPopupFor(browser, url);
    await popup.getByRole('button', { name: '保存' }).click();
    await popup.getByRole('button', { name: /已保存/ }).waitFor({ timeout: 15_000 });
    await popup.close();
    await article.close();
  }
  library = await browser.context.newPage();
  errors = collectErrors(library);
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
}, 240_000);

/** Every capture and picture record in the extension's IndexedDB, comparable with toEqual. */
function librarySnapshot(page: Page): Promise<{ captures: string[]; pictures: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('changcheng-reader');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    // Keys sorted: an imported record may list its fields in another order.
    const sorted = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sorted)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
            )
          : value;
    const captures = (await all('captures')).map((capture) => JSON.stringify(sorted(capture))).sort();
    const pictures = (await all('pictures'))
      .map((picture) => ({ ...picture, bytes: [...new Uint8Array(picture.bytes as ArrayBuffer)] }))
      .map((picture) => JSON.stringify(sorted(picture)))
      .sort();
    db.close();
    return { captures, pictures };
  });
}

/** How many offline pictures each capture has, from the pictures' keys. */
function picturesPerCapture(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('changcheng-reader');
      request.onsuccess = () => resolve(request.result);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = db.transaction('pictures').objectStore('pictures').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const counts: Record<string, number> = {};
    for (const key of keys) {
      const id = String((key as string[])[0]);
      counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('library', () => {
  it('lists the three saves with channel, dates and figure count', async () => {
    await expect.poll(() => items().count(), SLOW).toBe(3);
    const dachang = items().filter({ hasText: '大厂' });
    expect(await dachang.textContent()).toMatch(/廊坊频道.*发布 2019年5月24日.*保存于 \d{4}年.*个数字/);
  });

  it('tags one article, finds a word of one body only, and filters by tag', async () => {
    await items().filter({ hasText: '大厂' }).click();
    await library.getByRole('heading', { level: 1, name: /大厂/ }).waitFor();
    const tagInput = library.getByRole('textbox', { name: '添加标签' });
    await tagInput.fill('待核实');
    await tagInput.press('Enter');
    await expect.poll(() => items().filter({ hasText: '待核实' }).count(), SLOW).toBe(1);

    const search = library.getByRole('searchbox', { name: '搜索文库' });
    await search.fill('赤麻鸭');
    await expect.poll(() => items().count(), SLOW).toBe(1);
    expect(await items().first().textContent()).toMatch(/衡水湖/);
    // The match is marked in the list snippet.
    expect(await items().first().locator('mark').first().textContent()).toBe('赤麻鸭');
    await search.fill('');
    await expect.poll(() => items().count(), SLOW).toBe(3);

    await library.getByRole('combobox', { name: /^标签/ }).selectOption('待核实');
    await expect.poll(() => items().count(), SLOW).toBe(1);
    expect(await items().first().textContent()).toMatch(/大厂/);
    await library.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => items().count(), SLOW).toBe(3);
  });

  it('backs up, clears, imports, and everything is back, pictures included', async () => {
    // The 大厂 article's seven pictures are copied by the background after the save.
    await expect.poll(async () => (await librarySnapshot(library)).pictures.length, SLOW).toBeGreaterThanOrEqual(7);
    const before = await librarySnapshot(library);
    const downloading = library.waitForEvent('download');
    await library.getByRole('button', { name: '备份文库' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^changcheng-reader-backup-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = path.join(ROOT, 'screenshots', 'e2e-backup.zip');
    mkdirSync(path.dirname(file), { recursive: true });
    await download.saveAs(file);
    const zip = unzipSync(readFileSync(file));
    const backup = JSON.parse(strFromU8(zip['backup.json']));
    expect(backup.captures).toHaveLength(3);
    expect(backup.pictures).toHaveLength(before.pictures.length);
    for (const picture of backup.pictures) expect(zip[picture.file]?.length).toBe(picture.size);

    await library.getByRole('button', { name: '清空文库' }).click();
    await library.getByRole('button', { name: '确定清空' }).click();
    await expect.poll(() => library.getByText('文库还是空的').count(), SLOW).toBe(1);
    expect(await items().count()).toBe(0);
    // 清空文库 leaves no offline copy behind either: the import starts as on a new computer.
    expect((await librarySnapshot(library)).pictures).toEqual([]);

    await library.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => library.getByText(/新增 3 篇/).count(), SLOW).toBe(1);
    expect(await library.getByText(`另有离线图片 ${before.pictures.length} 张`).count()).toBe(1);
    await expect.poll(() => items().count(), SLOW).toBe(3);
    expect(await items().filter({ hasText: '待核实' }).count()).toBe(1);
    expect(await librarySnapshot(library)).toEqual(before);

    // A foreign file changes nothing and says why.
    await library.locator('input[type=file]').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"other","captures":[]}'),
    });
    await expect.poll(() => library.getByText(/不是长城网阅读器的备份文件/).count(), SLOW).toBe(1);
    expect(await items().count()).toBe(3);
  });

  it('works from the keyboard: / searches, arrows move, Enter opens, Delete deletes with undo', async () => {
    await library.locator('body').click({ position: { x: 5, y: 5 } });
    await library.keyboard.press('/');
    expect(await library.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await library.keyboard.press('ArrowDown');
    await library.keyboard.press('ArrowDown');
    const second = (await items().nth(1).textContent()) ?? '';
    await library.keyboard.press('Enter');
    const title = second.slice(0, 6);
    await expect.poll(() => library.getByRole('heading', { level: 1, name: new RegExp(title) }).count(), SLOW).toBe(1);
    await items().nth(1).focus();
    await library.keyboard.press('Delete');
    await expect.poll(() => items().count(), SLOW).toBe(2);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => items().count(), SLOW).toBe(3);
  });

  it('exporting the checked ones opens the export panel for just them; Esc closes it', async () => {
    const boxes = library.getByRole('navigation', { name: '已保存的文章' }).getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await library.getByRole('button', { name: '导出所选…' }).click();
    await library.getByText('导出所选 2 篇').waitFor(SLOW);
    await library.keyboard.press('Escape');
    await expect.poll(() => library.getByText('导出所选 2 篇').count(), SLOW).toBe(0);
    await boxes.nth(0).uncheck();
    await boxes.nth(2).uncheck();
  });

  it('bulk delete asks first, then deletes the checked ones (with undo)', async () => {
    const boxes = library.getByRole('navigation', { name: '已保存的文章' }).getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await library.getByRole('button', { name: '删除所选（2）' }).click();
    expect(await items().count()).toBe(3);
    await library.getByRole('button', { name: '确定删除' }).click();
    await expect.poll(() => items().count(), SLOW).toBe(1);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => items().count(), SLOW).toBe(3);
  });

  it('looks right at 800 px, light and dark (screenshots/)', async () => {
    await items().filter({ hasText: '大厂' }).click();
    await library.getByRole('searchbox', { name: '搜索文库' }).fill('副中心');
    await library.setViewportSize({ width: 800, height: 700 });
    for (const scheme of ['light', 'dark'] as const) {
      await library.emulateMedia({ colorScheme: scheme });
      await library.evaluate(() => document.fonts.ready.then(() => undefined));
      await library.screenshot({ path: path.join(ROOT, 'screenshots', `library-800-${scheme}.png`) });
    }
    // Nothing scrolls sideways at 800 px.
    expect(await library.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    expect(errors).toEqual([]);
  });

  it('a deleted article’s offline pictures stay while undo is offered and go once it is dismissed', async () => {
    await library.getByRole('searchbox', { name: '搜索文库' }).fill('');
    await expect.poll(() => items().count(), SLOW).toBe(3);
    const dachang = items().filter({ hasText: '大厂' });
    const id = (await dachang.getAttribute('data-id')) ?? '';
    const before = await picturesPerCapture(library);
    expect(before[id]).toBeGreaterThanOrEqual(7);

    await dachang.focus();
    await library.keyboard.press('Delete');
    await expect.poll(() => items().count(), SLOW).toBe(2);
    expect(await picturesPerCapture(library)).toEqual(before);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => items().count(), SLOW).toBe(3);
    expect(await picturesPerCapture(library)).toEqual(before);

    await items().filter({ hasText: '大厂' }).focus();
    await library.keyboard.press('Delete');
    await expect.poll(() => items().count(), SLOW).toBe(2);
    await library.locator('.cc-undo').getByRole('button', { name: '关闭' }).click();
    const { [id]: _gone, ...others } = before;
    await expect.poll(() => picturesPerCapture(library), SLOW).toEqual(others);
    expect(errors).toEqual([]);
  });
});
