/**
 * The library under hostile content, in real Chromium: a backup whose every field a person sees is markup, script,
 * remote addresses, bidi overrides, zero-width characters or strings too long to break, imported through the
 * library's own 导入备份 button and shown in every view — the list (with a search highlighting over it), each
 * capture in the reader (figures, corrections, tags, note), the 数字 table and chart, the export panel, the
 * reference, the Markdown download and the figures CSV. Nothing runs (window.__pwned stays unset, no CSP
 * violation), nothing loads from a host other than the fixtures', nothing scrolls sideways at 800 px and the
 * page's own header stays on top and clickable. Records whose address is not http(s) are refused on import.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../utils/export/backup';
import { FIGURES_CSV_HEADER } from '../../utils/export/figuresCsv';
import { EVIL, hostileCaptures, RLO, refusedRecords, trap } from '../../utils/testing/hostileLibrary';
import { ROOT, useExtensionBrowser } from './harness';
import { expectClean, expectSafeMarkdown, readsLeftToRight } from './hostileChecks';

const SHOTS = path.join(ROOT, 'screenshots');
const SLOW = { timeout: 20_000 };

const CAPTURES = hostileCaptures();

function backupFile(): string {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, 'library-hostile-backup.json');
  writeFileSync(file, createBackup([...CAPTURES, ...refusedRecords()]));
  return file;
}

/** Hosts the fixture server answers for (tests/e2e/harness LOCAL_HOSTS): requests there are the fixtures'. */
const FIXTURE_HOST = /(?:^|\.)(?:hebei\.com\.cn|hebccw\.cn)$|^news\.example\.com$/;

const session = useExtensionBrowser();
let library: Page;
/** Console errors and uncaught exceptions, with the address they name. */
const errors: Array<{ text: string; url: string }> = [];
/** Every request to anything but this extension, a blob or a fixture host. */
const remote: string[] = [];

beforeAll(async () => {
  const { context, extensionId } = session.browser;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || (url.protocol === 'chrome-extension:' && url.host === extensionId)) return;
    if (/^https?:$/.test(url.protocol) && FIXTURE_HOST.test(url.hostname)) return;
    remote.push(request.url());
  });
  // Nothing may reach another host; should something try, it gets no answer.
  await context.route(/^https?:\/\/(?!([\w-]+\.)*(hebei\.com\.cn|hebccw\.cn)\/|news\.example\.com\/)/, (route) =>
    route.abort('blockedbyclient'),
  );
  library = await context.newPage();
  library.on('console', (message) => {
    if (message.type() === 'error') errors.push({ text: message.text(), url: message.location().url });
  });
  library.on('pageerror', (error) => errors.push({ text: error.message, url: '' }));
  await library.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations?.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  await library.setViewportSize({ width: 800, height: 600 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.locator('input[type=file]').setInputFiles(backupFile());
  // The refused records are named; the valid ones come in on request.
  const alert = library.getByRole('alert').filter({ hasText: '条无效' });
  await alert.waitFor(SLOW);
  const reasons = await alert.locator('li').allTextContents();
  expect(reasons).toHaveLength(4);
  expect(reasons.filter((r) => /canonicalUrl is not an http\(s\) address/.test(r))).toHaveLength(3);
  expect(reasons.filter((r) => /\burl is not an http\(s\) address/.test(r))).toHaveLength(1);
  await alert.getByRole('button', { name: `只导入有效的 ${CAPTURES.length} 条` }).click();
  await library.getByText(new RegExp(`新增 ${CAPTURES.length} 篇`)).waitFor(SLOW);
}, 120_000);

const list = () => library.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');

describe('library under hostile content', () => {
  it('lists the hostile captures as text, with and without a search over them', async () => {
    await expect.poll(() => list().count(), SLOW).toBe(CAPTURES.length);
    await expectClean(library, 'list', remote);
    const titles = await list().locator('.cc-lib-item-title').allTextContents();
    for (const title of titles) expect(title).toContain('<img src=x onerror=');
    expect(await list().locator('.cc-tag').first().textContent()).toContain('<script>');
    // The channel's right-to-left override stays in the channel: the dates after it read left to right.
    expect(await list().locator('.cc-lib-item-meta').first().textContent()).toContain(`${RLO}恶意频道`);
    expect(await readsLeftToRight(list().locator('.cc-lib-item-meta'), '发布')).toBe(true);

    for (const query of ['攻击', 'onerror']) {
      await library.getByRole('searchbox', { name: '搜索文库' }).fill(query);
      await expect.poll(() => library.locator('.cc-lib-item mark').count(), SLOW).toBeGreaterThan(0);
      await expectClean(library, `search ${query}`, remote);
      const marks = await library.locator('.cc-lib-item mark').allTextContents();
      for (const mark of marks) expect(mark.toLowerCase()).toBe(query);
    }
    await library.screenshot({ path: path.join(SHOTS, 'library-hostile-list.png') });
    // The header's own controls still work: the export panel opens and closes.
    await library.getByRole('button', { name: '导出…' }).click();
    await library.getByRole('dialog').getByRole('button', { name: '关闭', exact: true }).click();
    await library.getByRole('searchbox', { name: '搜索文库' }).fill('');
    await expect.poll(() => library.locator('.cc-lib-item mark').count()).toBe(0);
  });

  it('opens each capture: body, figures, corrections, tags and note stay text', async () => {
    for (let i = 0; i < CAPTURES.length; i++) {
      await list().nth(i).click();
      const heading = library.getByRole('heading', { level: 1, name: /攻击标题/ });
      await heading.waitFor(SLOW);
      const body = library.getByTestId('article-body');
      await expect.poll(() => body.textContent(), SLOW).toContain('攻击正文开始');
      // Pictures loaded or failed before the page is judged.
      await library.evaluate(() =>
        Promise.all(
          Array.from(document.images)
            .filter((img) => !img.complete)
            .map(
              (img) =>
                new Promise((done) => {
                  img.addEventListener('load', done);
                  img.addEventListener('error', done);
                }),
            ),
        ),
      );
      expect(await heading.textContent()).toContain('<svg onload=');
      expect(await library.getByTestId('article-meta').textContent()).toContain('<script>');
      // An override in one author or crumb stays in it: the next one reads left to right.
      expect(await readsLeftToRight(library.getByTestId('article-meta'), '记者'), 'authors').toBe(true);
      expect(await readsLeftToRight(library.locator('.cc-channel'), '廊坊'), 'channel').toBe(true);
      // The figures panel lists the figures (labels as text); locating one marks it without running anything.
      const figures = library.locator('.cc-figure-main');
      await expect.poll(() => figures.count(), SLOW).toBeGreaterThan(0);
      expect((await library.locator('.cc-lib-figures').textContent()) ?? '').toContain('<svg onload=');
      await figures.first().click();
      const corrections = library.getByRole('region', { name: '已更正的数字' });
      expect(await corrections.textContent()).toContain(`<svg onload="${trap('correction')}">更正`);
      const tags = library.getByRole('group', { name: '标签' });
      expect(await tags.textContent()).toContain('<img src=x onerror=');
      expect(await library.locator('#cc-lib-note').inputValue()).toContain('<img src=x onerror=');
      await expectClean(library, `capture ${i + 1}`, remote);
      await library.screenshot({ path: path.join(SHOTS, `library-hostile-open-${i + 1}.png`) });
    }
  });

  it('copies a GB/T 7714 reference and downloads Markdown that renders as text', async () => {
    await library.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void ((window as { __copied?: string }).__copied = text) },
      });
    });
    await list().first().click();
    await library.getByRole('heading', { level: 1, name: /攻击标题/ }).waitFor(SLOW);
    await library.getByRole('button', { name: '复制参考文献' }).click();
    await expect.poll(() => library.evaluate(() => (window as { __copied?: string }).__copied ?? '')).toMatch(/N\/OL/);
    const reference = await library.evaluate(() => (window as { __copied?: string }).__copied ?? '');
    expect(reference).toMatch(/\. https?:\/\/[\w.]+\/[^\s]*\.$/);
    expect(reference).not.toMatch(/javascript:|data:|file:/);

    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: '下载 Markdown' }).click(),
    ]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expectSafeMarkdown(markdown, 'download');
    await expectClean(library, 'markdown download', remote);
  });

  it('exports a zip of Markdown files that render as text', async () => {
    await library.getByRole('button', { name: '导出…' }).click();
    const panel = library.getByRole('dialog');
    await expectClean(library, 'export panel', remote);
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      panel.getByRole('button', { name: '开始导出' }).click(),
    ]);
    const entries = unzipSync(readFileSync((await download.path())!));
    const files = Object.keys(entries).filter((name) => name.endsWith('.md'));
    expect(files).toHaveLength(CAPTURES.length);
    for (const name of files) {
      expect(name).not.toMatch(/[<>:"|?*\u202e\u200b]/);
      expectSafeMarkdown(strFromU8(entries[name]), name);
    }
    await panel.getByRole('button', { name: '关闭', exact: true }).click();
    await expectClean(library, 'export done', remote);
  });

  it('数字: table, chart and CSV keep the hostile labels as text', async () => {
    await library.getByRole('button', { name: '数字', exact: true }).click();
    const table = library.getByTestId('figures-table');
    await expect.poll(() => table.locator('tbody tr.cc-fig-row').count(), SLOW).toBeGreaterThan(0);
    expect(await table.textContent()).toContain('<svg onload=');
    const titles = await table.locator('[title]').evaluateAll((els) => els.map((el) => el.getAttribute('title')));
    expect(titles.some((title) => title?.includes('<script>'))).toBe(true);
    await expectClean(library, '数字 table', remote);
    await library.screenshot({ path: path.join(SHOTS, 'library-hostile-figures.png') });

    await library.getByRole('button', { name: '图表' }).click();
    const chart = library.getByTestId('figures-chart');
    await chart.waitFor(SLOW);
    const tooltips = await chart.locator('title').allTextContents();
    expect(tooltips.length).toBeGreaterThan(0);
    for (const tip of tooltips) expect(tip).toContain('<img src=x onerror=');
    // The series menu names each label isolated (U+2068 … U+2069): an override in one stays in it.
    const series = await library
      .locator('.cc-figures-view select option')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    const named = series.filter((text) => text.includes('篇'));
    expect(named.length).toBeGreaterThan(0);
    for (const text of named) expect(text.startsWith('\u2068'), text).toBe(true);
    expect(await chart.getAttribute('aria-label')).toContain('<');
    await expectClean(library, '数字 chart', remote);
    await library.screenshot({ path: path.join(SHOTS, 'library-hostile-chart.png') });
    await library.getByRole('button', { name: '图表' }).click();

    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...FIGURES_CSV_HEADER]);
    const rows = parsed.data.slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(CAPTURES.length * 2);
    // No cell a spreadsheet would run as a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^\s*[=+\-@\t\r]/);
    expect(rows.some((row) => row[10] === `'=HYPERLINK("${EVIL}/csv","点我")`)).toBe(true);
    // The title comes back as it was.
    expect(rows.some((row) => row[0] === CAPTURES[0].title)).toBe(true);
    await expectClean(library, 'csv', remote);
  });

  it('logged no console error but the expected one, and would have seen a remote request', async () => {
    // The one expected: the body's <img src=x> is relative, kept by the sanitiser, and resolves to this extension,
    // which has no file x. Nothing else: no CSP report (no handler was even parsed), no exception.
    const { extensionId } = session.browser;
    const unexpected = errors.filter(
      (error) =>
        !(
          error.text === 'Failed to load resource: net::ERR_FILE_NOT_FOUND' &&
          error.url === `chrome-extension://${extensionId}/x`
        ),
    );
    expect(unexpected).toEqual([]);
    // Last (its refused request logs an error of its own): a request from the page does reach the recorder.
    await library.evaluate((evil) => {
      new Image().src = `${evil}/control.png`;
    }, EVIL);
    await expect.poll(() => remote).toContain(`${EVIL}/control.png`);
    remote.length = 0;
  });
});
