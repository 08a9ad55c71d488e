import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, useExtensionBrowser } from './harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

const env = useExtensionBrowser();

/** The saved capture's figure edits, read from IndexedDB (null when the page is not in the library). */
function savedEdits(page: Page, url: string) {
  return page.evaluate(async (target) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('changcheng-reader');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<Array<{ url: string; figureEdits: Array<{ pinned?: boolean; hidden?: boolean }> }>>(
      (resolve) => {
        const req = db.transaction('captures').objectStore('captures').getAll();
        req.onsuccess = () => resolve(req.result);
      },
    );
    db.close();
    return all.find((c) => c.url === target)?.figureEdits ?? null;
  }, url);
}

async function reopen(): Promise<Page> {
  const { popup } = await openPopupFor(env.browser, SAMPLE_URL);
  await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
  return popup;
}

describe('figure choices that stay', () => {
  it('keeps pins and hides over a popup close, saves them with the article, then saves later ones by itself', {
    timeout: 120_000,
  }, async () => {
    let popup = await reopen();
    await popup.getByRole('button', { name: '置顶: 3.6万人次' }).click();
    await popup.getByRole('button', { name: '隐藏: 50亿元' }).click();
    await expect.poll(() => popup.getByText('选择已保留').count()).toBe(1);
    await popup.close(); // closed before 保存

    popup = await reopen();
    await expect
      .poll(() => popup.locator('.cc-figure-main').first().getAttribute('aria-label'))
      .toMatch(/^在正文中定位: 3\.6万人次 — /);
    expect(await popup.getByRole('button', { name: '置顶: 50亿元' }).count()).toBe(0);
    expect(await savedEdits(popup, SAMPLE_URL)).toBeNull();

    await popup.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => popup.getByRole('button', { name: /已保存/ }).count()).toBe(1);
    const saved = await savedEdits(popup, SAMPLE_URL);
    expect(saved).toEqual(
      expect.arrayContaining([expect.objectContaining({ pinned: true }), expect.objectContaining({ hidden: true })]),
    );
    await popup.close();

    // A saved article: a later choice goes to the library without 更新.
    popup = await reopen();
    await expect.poll(() => popup.getByRole('button', { name: '更新' }).count()).toBe(1);
    await popup.getByRole('button', { name: '置顶: 3.6万人次' }).first().click(); // unpin
    await expect.poll(() => popup.getByText('已存入文库').count()).toBe(1);
    await popup.close();
    popup = await reopen();
    const after = await savedEdits(popup, SAMPLE_URL);
    expect(after?.some((edit) => edit.pinned)).toBe(false);
    expect(after?.some((edit) => edit.hidden)).toBe(true);
    expect(await popup.locator('.cc-figure.is-pinned').count()).toBe(0);
  });
});
