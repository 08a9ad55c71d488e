/**
 * The library fits and reads well in real Chromium: at 800 px wide and at 125 % and 150 % zoom of that window
 * (640 and 533 CSS px) the page never scrolls sideways and no control is cut off — in the list, an open
 * article and the 数字 tab — and in dark mode axe-core finds no serious violation (colour contrast ≥ 4.5:1
 * included). Screenshots go to screenshots/library-fit-*.png to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../utils/export/backup';
import { captureIdFor } from '../../utils/store/records';
import { makeCapture, makeSeedFigures, makeUniqueArticle } from '../../utils/testing/articleFactory';
import { openLibraryWithBackup, ROOT, useExtensionBrowser } from './harness';

const SHOTS = path.join(ROOT, 'screenshots');
const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SIZES = [
  { zoom: '100', width: 800, height: 600 },
  { zoom: '125', width: 640, height: 480 },
  { zoom: '150', width: 533, height: 400 },
];
const SLOW = { timeout: 20_000 };

let library: Page;
let errors: string[];

/** Twelve captures with long Chinese titles, tags, a note and figures: enough to fill every column. */
function backupFile(): string {
  const captures = Array.from({ length: 12 }, (_, i) => {
    const article = makeUniqueArticle({
      title: `河北省廊坊市大厂回族自治县全力打造北京城市副中心后花园第${i + 1}篇长标题文章`,
      channel: ['长城网', '廊坊频道', '大厂新闻'],
      figures: makeSeedFigures(),
    });
    return makeCapture({
      ...article,
      id: captureIdFor(article.canonicalUrl),
      tags: i % 3 === 0 ? ['待核实', '京津冀协同发展重点项目'] : [],
      note: i === 0 ? '核对总投资的口径' : '',
    });
  });
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, 'library-fit-backup.json');
  writeFileSync(file, createBackup(captures));
  return file;
}

const session = useExtensionBrowser();

beforeAll(async () => {
  ({ library, errors } = await openLibraryWithBackup(session.browser, backupFile(), 12));
}, 120_000);

/** Sideways overflow of the page, and the controls cut off by the window or by a clipping ancestor. */
function fitProblems(page: Page): Promise<{ overflow: number; cut: string[] }> {
  return page.evaluate(() => {
    // Against the width without the vertical scrollbar: content wider than that scrolls sideways.
    const overflow = Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const cut: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role=tab]');
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.matches('input[type=file]')) continue; // drawn by its label
      let clip = { left: 0, right: document.documentElement.clientWidth };
      let scrolled = false;
      for (let up = el.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        // Inside a region that scrolls sideways on purpose (the figures table): reachable by scrolling it.
        if (/auto|scroll/.test(style.overflowX) && up.scrollWidth > up.clientWidth) scrolled = true;
        if (/hidden|clip/.test(style.overflowX)) {
          const r = up.getBoundingClientRect();
          clip = { left: Math.max(clip.left, r.left), right: Math.min(clip.right, r.right) };
        }
      }
      if (scrolled) continue;
      if (box.left < clip.left - 1 || box.right > clip.right + 1) {
        const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 20) || el.tagName;
        cut.push(`${name} [${Math.round(box.left)}..${Math.round(box.right)}] of ${Math.round(clip.right)}`);
      }
    }
    return { overflow, cut };
  });
}

async function axeSerious(page: Page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<Result> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

const list = () => library.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');

describe('library fit', () => {
  for (const size of SIZES) {
    it(`${size.width} px (${size.zoom} %): no sideways scrolling, no control cut off`, async () => {
      await library.setViewportSize({ width: size.width, height: size.height });
      await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
      await expect.poll(() => list().count(), SLOW).toBe(12);
      expect(await fitProblems(library), 'list').toEqual({ overflow: 0, cut: [] });
      await library.screenshot({ path: path.join(SHOTS, `library-fit-list-${size.zoom}.png`) });

      // The export panel: taller than a 400 px window, it scrolls inside; its buttons can be reached.
      await library.getByRole('button', { name: '导出…' }).click();
      const panel = library.getByRole('dialog');
      await panel.getByRole('button', { name: '开始导出' }).waitFor(SLOW);
      expect(await fitProblems(library), 'export panel').toEqual({ overflow: 0, cut: [] });
      for (const name of ['开始导出', '关闭']) {
        const button = panel.getByRole('button', { name, exact: true });
        await button.scrollIntoViewIfNeeded();
        const box = await button.boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= size.height, `${name} in the window`).toBe(true);
      }
      await library.screenshot({ path: path.join(SHOTS, `library-fit-export-${size.zoom}.png`) });
      await panel.getByRole('button', { name: '关闭', exact: true }).click();
      expect(await panel.count()).toBe(0);

      await list().first().click();
      await library.getByRole('heading', { level: 1, name: /长标题文章/ }).waitFor(SLOW);
      expect(await fitProblems(library), 'open article').toEqual({ overflow: 0, cut: [] });
      await library.screenshot({ path: path.join(SHOTS, `library-fit-open-${size.zoom}.png`) });

      await library.getByRole('button', { name: '数字', exact: true }).click();
      await library.getByTestId('figures-table').waitFor(SLOW);
      expect(await fitProblems(library), '数字').toEqual({ overflow: 0, cut: [] });
      await library.screenshot({ path: path.join(SHOTS, `library-fit-figures-${size.zoom}.png`) });

      // The chart of one label over publication date fits too.
      await library.getByRole('button', { name: '图表' }).click();
      await library.locator('.cc-figures-view svg').first().waitFor(SLOW);
      expect(await fitProblems(library), '数字 chart').toEqual({ overflow: 0, cut: [] });
      await library.screenshot({ path: path.join(SHOTS, `library-fit-chart-${size.zoom}.png`) });
      await library.getByRole('button', { name: '图表' }).click();
    });
  }

  it('800 px: list and article side by side, the filters shown, no 筛选 button or back button', async () => {
    await library.setViewportSize({ width: 800, height: 600 });
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await expect.poll(() => list().count(), SLOW).toBe(12);
    await expect.poll(() => library.getByRole('combobox', { name: /^排序/ }).isVisible()).toBe(true);
    expect(await library.locator('.cc-filters-toggle').first().isVisible()).toBe(false);
    await list().nth(1).click();
    await library.getByRole('heading', { level: 1, name: /长标题文章/ }).waitFor(SLOW);
    expect(await list().first().isVisible()).toBe(true);
    expect(await library.getByRole('button', { name: '← 文章列表' }).isVisible()).toBe(false);
    // Wide, a search keeps the open article beside its hits.
    await library.getByRole('searchbox', { name: '搜索文库' }).fill('第3篇');
    await expect.poll(() => list().count(), SLOW).toBe(1);
    expect(await library.getByRole('heading', { level: 1, name: /长标题文章/ }).isVisible()).toBe(true);
    await library.getByRole('searchbox', { name: '搜索文库' }).fill('');
  });

  for (const size of SIZES.slice(1)) {
    it(`${size.width} px (${size.zoom} %): one pane at a time, filters folded behind 筛选, focus kept`, async () => {
      await library.setViewportSize({ width: size.width, height: size.height });
      await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
      await expect.poll(() => list().count(), SLOW).toBe(12);
      // The list has the window below the header: more than one row shows.
      const side = await library.locator('.cc-lib-side').boundingBox();
      expect(side?.height ?? 0).toBeGreaterThan(size.height * 0.5);
      // Folded filters: one button; it opens and closes them, and counts the ones set.
      const sort = library.getByRole('combobox', { name: /^排序/ });
      const toggle = library.getByRole('button', { name: /^筛选/ });
      expect(await sort.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await sort.isVisible()).toBe(true);
      await library.getByRole('checkbox', { name: '有笔记' }).check();
      await expect.poll(() => list().count(), SLOW).toBe(1);
      expect(await fitProblems(library), 'filters open').toEqual({ overflow: 0, cut: [] });
      await toggle.click();
      expect(await sort.isVisible()).toBe(false);
      expect(await toggle.textContent()).toContain('筛选（1）');
      await toggle.click();
      await library.getByRole('checkbox', { name: '有笔记' }).uncheck();
      await expect.poll(() => list().count(), SLOW).toBe(12);
      await toggle.click();

      // Enter on a row: the article replaces the list; the back button has the focus and gives it back.
      const id = await list().nth(2).getAttribute('data-id');
      await list().nth(2).focus();
      await library.keyboard.press('Enter');
      await library.getByRole('heading', { level: 1, name: /长标题文章/ }).waitFor(SLOW);
      expect(await list().first().isVisible()).toBe(false);
      expect(await toggle.isVisible()).toBe(false);
      const back = library.getByRole('button', { name: '← 文章列表' });
      await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe('← 文章列表');
      expect(await fitProblems(library), 'open article').toEqual({ overflow: 0, cut: [] });
      await library.keyboard.press('Enter');
      expect(await back.isVisible()).toBe(false);
      await expect
        .poll(() => library.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id))
        .toBe(id);
      expect(await library.getByRole('heading', { level: 1, name: /长标题文章/ }).count()).toBe(0);

      // Typing a search while an article is open brings the list (and its hits) back.
      await list().nth(1).click();
      await back.waitFor(SLOW);
      await library.keyboard.press('/');
      await library.keyboard.type('第3篇');
      await expect.poll(() => list().count(), SLOW).toBe(1);
      expect(await list().first().isVisible()).toBe(true);
      await library.getByRole('searchbox', { name: '搜索文库' }).fill('');
    });
  }

  it('dark mode: axe-core finds no serious violation (contrast ≥ 4.5:1) in the list, an article and 数字', async () => {
    await library.emulateMedia({ colorScheme: 'dark' });
    await library.setViewportSize({ width: 800, height: 600 });
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await expect.poll(() => list().count(), SLOW).toBe(12);
    expect(await axeSerious(library), 'list').toEqual([]);
    // Matches marked in the snippets (a word of the bodies only).
    await library.getByRole('searchbox', { name: '搜索文库' }).fill('人民大学');
    await expect.poll(() => library.locator('.cc-lib-item-snippet mark').count(), SLOW).toBeGreaterThan(0);
    expect(await axeSerious(library), 'list with a search').toEqual([]);
    await list().first().click();
    await library.getByRole('heading', { level: 1, name: /长标题文章/ }).waitFor(SLOW);
    expect(await axeSerious(library), 'open article').toEqual([]);
    await library.screenshot({ path: path.join(SHOTS, 'library-fit-dark-open.png') });
    await library.getByRole('button', { name: '数字', exact: true }).click();
    await library.getByTestId('figures-table').waitFor(SLOW);
    expect(await axeSerious(library), '数字').toEqual([]);
    await library.screenshot({ path: path.join(SHOTS, 'library-fit-dark-figures.png') });
    expect(errors).toEqual([]);
  });
});
