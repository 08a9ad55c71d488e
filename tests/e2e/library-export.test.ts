/**
 * Library exports end to end: save three 长城网 articles (their pictures are copied by the background), export
 * them as a zip and check its Markdown files and pictures, export the figures CSV and read it back, open an
 * article from a row of the figures table, and read a picture from its offline copy when the site lost it.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIGURES_CSV_HEADER } from '../../utils/export/figuresCsv';
import { collectErrors, openPopupFor, useExtensionBrowser } from './harness';

const ARTICLES = [
  {
    url: 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml',
    file: '2019-05-24-大厂：打造北京城市副中心后花园.md',
    pictures: 7,
  },
  {
    url: 'http://sjz.hebei.com.cn/system/2022/08/09/100901234.shtml',
    file: '2022-08-09-石家庄滹沱河生态区新增绿地1200亩.md',
    pictures: 3,
  },
  {
    url: 'http://sjz.hebei.com.cn/system/2020/11/03/100456789.shtml',
    file: '2020-11-03-石家庄新增10条公交线路方便市民出行.md',
    pictures: 1,
  },
];
const TOTAL_PICTURES = ARTICLES.reduce((sum, article) => sum + article.pictures, 0);

const env = useExtensionBrowser();

/** Offline pictures stored so far (read straight from the extension's IndexedDB). */
function storedPictures(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const request = indexedDB.open('changcheng-reader');
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('pictures')) {
            db.close();
            resolve(-1);
            return;
          }
          const count = db.transaction('pictures').objectStore('pictures').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
        request.onerror = () => resolve(-2);
      }),
  );
}

async function openLibrary(): Promise<{ library: Page; errors: string[] }> {
  const library = await env.browser.context.newPage();
  const errors = collectErrors(library);
  await library.goto(`chrome-extension://${env.browser.extensionId}/library.html`);
  return { library, errors };
}

describe('library exports', () => {
  it('saves three articles and keeps their pictures offline', async () => {
    for (const article of ARTICLES) {
      const { popup, article: tab } = await openPopupFor(env.browser, article.url);
      await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
      await popup.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => popup.getByRole('button', { name: /已保存/ }).count()).toBe(1);
      await popup.close();
      await tab.close();
    }
    const { library } = await openLibrary();
    await expect.poll(() => storedPictures(library), { timeout: 20_000 }).toBe(TOTAL_PICTURES);
    await library.close();
  });

  it('exports a zip of Markdown files with their pictures in images/, linked relatively', async () => {
    const { library, errors } = await openLibrary();
    const workers: string[] = [];
    library.on('worker', (worker) => workers.push(worker.url()));
    const warnings: string[] = [];
    library.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await library.getByRole('button', { name: '导出…' }).click();
    await expect.poll(() => library.getByTestId('picture-usage').textContent()).toMatch(/离线图片 \d/);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: '开始导出' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^changcheng-reader-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
    const entries = unzipSync(readFileSync((await download.path())!));
    const names = Object.keys(entries);
    expect(names.filter((name) => name.endsWith('.md')).sort()).toEqual(ARTICLES.map((a) => a.file).sort());
    const images = names.filter((name) => name.startsWith('images/'));
    expect(images).toHaveLength(TOTAL_PICTURES);
    for (const image of images) expect(strFromU8(entries[image])).toContain('<svg');
    for (const article of ARTICLES) {
      const markdown = strFromU8(entries[article.file]);
      const links = [...markdown.matchAll(/!\[[^\]]*\]\((images\/[^)\s]+)\)/g)].map((match) => match[1]);
      expect(links).toHaveLength(article.pictures);
      for (const link of links) expect(names).toContain(link);
      expect(markdown).not.toMatch(/!\[[^\]]*\]\(https?:/);
    }
    await expect.poll(() => library.getByRole('status').filter({ hasText: '已导出 3 篇文章' }).count()).toBe(1);
    // Read, converted and zipped in the export worker (components/library/exportWorker.ts), not on the page's main
    // thread: a worker ran, and the page did not fall back to exporting by itself.
    expect(workers.some((url) => /\/exportWorker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(warnings.filter((text) => text.includes('export worker failed'))).toEqual([]);
    expect(errors).toEqual([]);
    await library.close();
  });

  it('exports the figures table as CSV that reads back, and opens an article from a row', async () => {
    const { library, errors } = await openLibrary();
    await library.getByRole('button', { name: '数字', exact: true }).click();
    const table = library.getByTestId('figures-table');
    await expect.poll(() => table.locator('tbody tr.cc-fig-row').count()).toBeGreaterThan(5);
    const count = Number(/共 (\d+) 条数字/.exec((await library.getByText(/共 \d+ 条数字/).textContent()) ?? '')?.[1]);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...FIGURES_CSV_HEADER]);
    expect(parsed.data.length - 1).toBe(count);
    const titles = new Set(parsed.data.slice(1).map((row) => row[0]));
    expect(titles.size).toBe(3);
    expect(parsed.data.slice(1).some((row) => row[3] === '176平方公里')).toBe(true);

    // Filter by label text, then open the article at that figure.
    await library.getByRole('textbox', { name: '含义包含…' }).fill('总投资');
    const row = table.locator('tbody tr.cc-fig-row').first();
    await expect.poll(() => row.textContent()).toContain('总投资');
    await row.locator('td.cc-fig-text').click();
    await expect.poll(() => library.url()).toMatch(/#\/capture\/[0-9a-f]+\/figure\/\d+:\d+$/);
    await expect.poll(() => library.locator('[data-testid="article-body"] mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await library.close();
  });

  it('shows the offline copy of a picture the site no longer serves, and copies a GB/T 7714 reference', async () => {
    await env.browser.context.route('**/attachement/jpg/site2/20220809/**', (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    const { library } = await openLibrary();
    await library
      .getByRole('navigation', { name: '已保存的文章' })
      .getByRole('button', { name: /滹沱河/ })
      .click();
    const images = library.locator('[data-testid="article-body"] img');
    await expect.poll(() => images.count()).toBe(3);
    await expect
      .poll(() => images.evaluateAll((list) => list.map((img) => (img as HTMLImageElement).src.slice(0, 5))))
      .toEqual(['blob:', 'blob:', 'blob:']);
    await env.browser.context.unroute('**/attachement/jpg/site2/20220809/**');

    // The page's clipboard, recorded (headless Chromium has no clipboard for extension pages).
    await library.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void ((window as { __copied?: string }).__copied = text) },
      });
    });
    await library.getByRole('button', { name: '复制参考文献' }).click();
    await expect.poll(() => library.getByRole('status').filter({ hasText: '已复制参考文献' }).count()).toBe(1);
    const copied = await library.evaluate(() => (window as { __copied?: string }).__copied);
    expect(copied).toMatch(
      /石家庄滹沱河生态区新增绿地1200亩\[N\/OL\]\. 长城网, 2022-08-09\[\d{4}-\d{2}-\d{2}\]\. http:\/\/sjz/,
    );
    await library.close();
  });
});
