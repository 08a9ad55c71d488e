import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import {
  launchWithExtension,
  openPopupFor,
  startFixtureServer,
  collectErrors,
  ROOT,
  settled,
  type ExtensionBrowser,
} from './harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const SAMPLE_TITLE = '【观潮“5·18”】大厂：打造北京城市副中心后花园';
const EXTRA_PAGES = [
  { name: 'sample', url: SAMPLE_URL, file: path.join(ROOT, 'tests/fixtures/changcheng-dachang-2019-utf8/source.html') },
  {
    name: 'sample-gb2312',
    url: 'http://lf.hebei.com.cn/system/2019/05/24/100000001.shtml',
    file: path.join(ROOT, 'tests/fixtures/changcheng-dachang-2019-gb2312/source.html'),
  },
  {
    name: 'hostile',
    url: 'http://ts.hebei.com.cn/system/2024/03/05/100999999.shtml',
    file: path.join(ROOT, 'tests/e2e/pages/hostile.html'),
  },
  {
    name: 'empty',
    url: 'http://news.hebei.com.cn/system/2021/01/06/100500001.shtml',
    file: path.join(ROOT, 'tests/e2e/pages/empty.html'),
  },
  {
    name: 'table-quote',
    url: 'http://ts.hebei.com.cn/system/2023/05/11/101112233.shtml',
    file: path.join(ROOT, 'tests/fixtures/changcheng-table-quote-2023/source.html'),
  },
  {
    name: 'list',
    url: 'http://lf.hebei.com.cn/system/more/11000000/0000/11000000_00000001.shtml',
    file: path.join(ROOT, 'tests/e2e/pages/list.html'),
  },
];

const pageUrl = (name: string) => EXTRA_PAGES.find((page) => page.name === name)!.url;

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

describe('popup on a 长城网 article', () => {
  it('shows the clean article, saves it once, and lists it in the library', async () => {
    const { popup, errors } = await openPopupFor(browser, SAMPLE_URL);

    const title = popup.getByRole('heading', { level: 1 });
    await expect.poll(() => title.textContent(), { timeout: 15_000 }).toContain('大厂');
    expect((await title.textContent())?.replace(/[:：]/g, '：')).toBe(SAMPLE_TITLE);

    const meta = await popup.getByTestId('article-meta').textContent();
    expect(meta).toContain('长城网');
    expect(meta).toContain('白万军');
    expect(meta).toContain('2019年5月24日 11:34');

    const body = (await popup.getByTestId('article-body').textContent()) ?? '';
    expect(body).toContain('176平方公里');
    expect(body).toContain('大厂融媒体中心 供图');
    for (const chrome of ['长城网廊坊频道欢迎您', '背景色', '杏仁黄', '责任编辑', '冀ICP备'])
      expect(body).not.toContain(chrome);

    // Figures panel: the headline figure is there, and a click marks it in the text.
    const figures = popup.getByRole('region', { name: /关键数字/ });
    await expect.poll(() => figures.textContent()).toContain('超过300亿元');
    await popup.getByRole('button', { name: /在正文中定位: 300亿元/ }).click();
    await expect.poll(() => popup.locator('mark.cc-figure-hit').textContent()).toBe('300亿元');

    // Save, then save again: one record, the button says so.
    const save = popup.getByRole('button', { name: '保存' });
    await save.click();
    await expect.poll(() => popup.getByRole('button', { name: /已保存/ }).count()).toBe(1);
    await popup.getByRole('button', { name: /已保存/ }).click();
    await expect.poll(() => popup.getByRole('button', { name: /已更新/ }).count()).toBe(1);

    const library = await browser.context.newPage();
    const libraryErrors = collectErrors(library);
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const items = library.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');
    await expect.poll(() => items.count()).toBe(1);
    await items.first().click();
    await expect.poll(() => library.getByRole('heading', { level: 1, name: /大厂/ }).count()).toBe(1);

    // The library's figures panel shows them as the popup does: values as written, labels, periods.
    const rowsOf = (page: typeof popup) => page.locator('#cc-figures-panel .cc-figure-main').allTextContents();
    const popupRows = await rowsOf(popup);
    expect(popupRows.length).toBeGreaterThan(3);
    expect(popupRows.join('\n')).toContain('超过300亿元');
    await expect.poll(() => rowsOf(library)).toEqual(popupRows);

    expect(errors).toEqual([]);
    expect(libraryErrors).toEqual([]);
  });

  it('reads the GB2312 copy of the page the same way, keeps figure choices and marks the tab as saved', async () => {
    const { popup, tabId } = await openPopupFor(browser, pageUrl('sample-gb2312'));
    await expect
      .poll(() => popup.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toContain('大厂');
    expect(await popup.getByTestId('article-body').textContent()).toContain('培训3.6万人次');

    // Hide one figure and pin another before saving: the saved capture keeps both choices.
    await popup.getByRole('button', { name: '隐藏: 50亿元' }).click();
    await popup.getByRole('button', { name: '置顶: 3.6万人次' }).click();
    const firstFigure = popup.locator('.cc-figure-list .cc-figure-main').first();
    expect(await firstFigure.getAttribute('aria-label')).toMatch(/^在正文中定位: 3\.6万人次 — /);
    await popup.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => popup.getByRole('button', { name: /已保存/ }).count()).toBe(1);

    const saved = await popup.evaluate(async (url) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('changcheng-reader');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = await new Promise<Array<{ url: string; figureEdits: unknown[] }>>((resolve) => {
        const req = db.transaction('captures').objectStore('captures').getAll();
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return all.filter((c) => c.url === url).map((c) => c.figureEdits);
    }, pageUrl('sample-gb2312'));
    expect(saved).toHaveLength(1);
    expect(saved[0]).toEqual(
      expect.arrayContaining([expect.objectContaining({ hidden: true }), expect.objectContaining({ pinned: true })]),
    );

    // The toolbar icon says the page is in the library.
    await expect.poll(() => popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');
  });

  it('downloads the article as Markdown with its figures', async () => {
    const { popup } = await openPopupFor(browser, SAMPLE_URL);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: '下载 Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('2019-05-24-大厂：打造北京城市副中心后花园.md');
    const file = await download.path();
    const markdown = readFileSync(file, 'utf8');
    expect(markdown.startsWith('---\ntitle: ')).toBe(true);
    expect(markdown).toContain('## 关键数字');
    expect(markdown).toMatch(/\| 300亿元 \| 意向投资额 \|/);
    expect(markdown).not.toContain('责任编辑：孙泽恒\n\n');
  });

  it('copies a figure as a citation with source and date', async () => {
    // CDP can't grant clipboard access to an extension origin: record what the page hands the clipboard.
    await browser.context.addInitScript(() => {
      if (!location.href.startsWith('chrome-extension:')) return;
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void ((window as { __copied?: string }).__copied = text) },
      });
    });
    const { popup } = await openPopupFor(browser, SAMPLE_URL);
    await popup.getByRole('button', { name: '复制引用: 88.85亿元' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: '已复制引用' }).count()).toBe(1);
    expect(await popup.evaluate(() => (window as { __copied?: string }).__copied)).toBe(
      '据长城网2019年5月24日报道,大厂共签约项目19个,计划总投资88.85亿元。',
    );
  });

  it('searches the library in Chinese', async () => {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const items = library.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const search = library.getByRole('searchbox', { name: '搜索文库' });
    await search.fill('副中心 签约');
    await expect.poll(() => items.count()).toBe(await items.filter({ hasText: '大厂' }).count());
    expect(await items.count()).toBeGreaterThan(0);
    await search.fill('没有这个词的文章');
    await expect.poll(() => library.getByText('没有符合搜索的文章').count()).toBe(1);
    expect(await items.count()).toBe(0);
  });

  it('deletes a capture in the library and brings it back with undo', async () => {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const items = library.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const before = await items.count();
    await items.first().click();
    await library.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => items.count()).toBe(before - 1);
    await library.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => items.count()).toBe(before);
  });

  it('remembers the reading settings across popups', async () => {
    const { popup } = await openPopupFor(browser, SAMPLE_URL);
    await popup.getByRole('button', { name: '字号 大' }).click();
    await popup.getByRole('button', { name: '背景色 杏仁黄' }).click();
    await popup.reload();
    await expect
      .poll(() => popup.getByRole('button', { name: '字号 大' }).getAttribute('aria-pressed'), { timeout: 15_000 })
      .toBe('true');
    expect(await popup.getByRole('button', { name: '背景色 杏仁黄' }).getAttribute('aria-pressed')).toBe('true');
    const fontSize = await popup.locator('article.cc-reader').evaluate((el) => getComputedStyle(el).fontSize);
    expect(fontSize).toBe('19px');
  });

  it('explains pages no extension may read', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByText('无法读取此页面').count(), { timeout: 15_000 }).toBe(1);
  });

  it('saves from the context menu without opening the popup, and refuses a list page with a reason', async () => {
    const { popup, tabId } = await openPopupFor(browser, pageUrl('table-quote'));
    const saved = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'quick-save', tabId: id }), tabId);
    expect(saved).toEqual({ ok: true });
    expect(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('✓');

    const list = await openPopupFor(browser, pageUrl('list'));
    const refused = await list.popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'quick-save', tabId: id }),
      list.tabId,
    );
    expect(refused).toEqual({ ok: false, message: '这似乎不是一篇文章' });
    expect(await list.popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), list.tabId)).toBe('!');
  });

  it('says when a page is a list, and extracts it anyway on request', async () => {
    const { popup } = await openPopupFor(browser, pageUrl('list'));
    await expect.poll(() => popup.getByText('这似乎不是一篇文章').count(), { timeout: 15_000 }).toBe(1);
    await popup.getByRole('button', { name: '仍然提取' }).click();
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
  });

  it('says plainly when a page has nothing to read, without offering to force it', async () => {
    const { popup } = await openPopupFor(browser, pageUrl('empty'));
    await expect.poll(() => popup.getByText('页面上没有可读的正文。').count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.getByRole('button', { name: '仍然提取' }).count()).toBe(0);
  });
});

describe('hostile pages', () => {
  it('never runs page code in the extension page', async () => {
    const { popup, errors } = await openPopupFor(browser, pageUrl('hostile'));
    const dialogs: string[] = [];
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expect
      .poll(() => popup.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toContain('县城');
    const body = popup.getByTestId('article-body');
    await expect.poll(() => body.textContent()).toContain('<script>alert(1)</script>');
    expect(
      await body
        .locator('script, iframe, object, embed, form, svg, math, style, [onerror], [onclick], [onload]')
        .count(),
    ).toBe(0);
    const hrefs = await body
      .locator('a[href], img[src]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''));
    expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
    // Every picture has loaded or failed (an onerror handler would have run by then).
    await settled(popup);
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    expect(errors.filter((e) => !/net::ERR|Failed to load resource/.test(e))).toEqual([]);
  });
});
