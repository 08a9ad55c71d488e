/**
 * A library bigger than its first screen, in real Chromium: the first screen shows the newest captures at
 * once, the tag menu lists a tag only the oldest capture carries (the menus come from the whole library, not
 * from the rows on screen) and choosing it shows that capture; search shows its hits a page at a time, newest
 * first, and "show more" brings the next page without repeating a row; the 数字 tab's first rows are those of the
 * most recently published articles, and stay first once every row is in.
 *
 * The tag menu is read by its options' value property: Preact leaves out the value attribute where it equals
 * the option's text, so an `option[value=…]` selector never matches a tag (the library bench once waited 60 s
 * for one that was listed all along).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../utils/export/backup';
import { captureIdFor } from '../../utils/store/records';
import { makeCapture, makeSeedFigures, makeUniqueArticle } from '../../utils/testing/articleFactory';
import { openLibraryWithBackup, useExtensionBrowser } from './harness';

const COUNT = 150;
const SLOW = { timeout: 20_000 };

let library: Page;
let errors: string[];
let dir: string;

/** 150 captures a minute apart (the last is the newest); only the oldest is tagged 旧档; all mention 长城. */
function backupFile(): string {
  const captures = Array.from({ length: COUNT }, (_, i) => {
    const article = makeUniqueArticle({
      title: `第${i}篇`,
      text: `长城网报道，第${i}篇的正文。`,
      publishedAt: `20${10 + (i % 13)}-0${1 + (i % 9)}-1${i % 10}T08:00:00+08:00`,
      figures: makeSeedFigures(),
    });
    const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    return makeCapture({
      ...article,
      id: captureIdFor(article.canonicalUrl),
      capturedAt: at,
      updatedAt: at,
      tags: i === 0 ? ['旧档'] : [],
    });
  });
  dir = mkdtempSync(path.join(tmpdir(), 'cc-many-'));
  const file = path.join(dir, 'many.json');
  writeFileSync(file, createBackup(captures));
  return file;
}

const session = useExtensionBrowser();

beforeAll(async () => {
  ({ library, errors } = await openLibraryWithBackup(session.browser, backupFile(), COUNT));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const titles = () => library.locator('.cc-lib-item-title').allTextContents();
const listState = () => library.locator('nav.cc-lib-list').getAttribute('data-state');

describe('a library bigger than its first screen', () => {
  it('lists the newest first, and the tag menu offers a tag only the oldest capture has', async () => {
    await library.reload();
    await library.locator('.cc-lib-item').first().waitFor(SLOW);
    expect((await titles())[0]).toBe(`第${COUNT - 1}篇`);
    // The first screen was read by library-early.js (bare IndexedDB, before the page's script ran).
    const marks = await library.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
    expect(marks).toEqual(expect.arrayContaining(['cc-library:early-read-start', 'cc-library:early-read']));
    const tagMenu = library.getByRole('combobox', { name: /^标签/ });
    await expect
      .poll(() => tagMenu.evaluate((select: HTMLSelectElement) => [...select.options].map((o) => o.value)), SLOW)
      .toContain('旧档');
    await tagMenu.selectOption('旧档');
    await expect.poll(titles, SLOW).toEqual(['第0篇']);
    await tagMenu.selectOption('');
    await expect.poll(async () => (await titles()).length, SLOW).toBe(100);
  });

  it('search shows a page of hits newest first; scrolling to its end or 再显示 adds more, no repeats', async () => {
    await library.getByRole('searchbox', { name: /搜索/ }).fill('长城网');
    await expect.poll(listState, SLOW).toMatch(/^长城网\|/);
    const first = await titles();
    expect(first.length).toBeGreaterThanOrEqual(8); // SEARCH_PAGE
    expect(first.length).toBeLessThan(COUNT);
    expect(first).toEqual(first.map((_, i) => `第${COUNT - 1 - i}篇`));
    // Scrolled near the end of the page, the list reads the next hits by itself (nothing to click).
    await library.locator('.cc-lib-side').evaluate((side) => side.scrollTo(0, side.scrollHeight));
    await expect.poll(async () => (await titles()).length, SLOW).toBeGreaterThan(first.length);
    const more = await titles();
    expect(more.slice(0, first.length)).toEqual(first);
    expect(new Set(more).size).toBe(more.length);
    // The button does the same from the keyboard.
    await library.getByRole('button', { name: /再显示/ }).focus();
    await library.keyboard.press('Enter');
    await expect.poll(async () => (await titles()).length, SLOW).toBeGreaterThan(more.length);
    const all = await titles();
    expect(new Set(all).size).toBe(all.length);
    await library.getByRole('searchbox', { name: /搜索/ }).fill('');
  });

  it('the 数字 tab first shows the most recently published rows, and they stay first', async () => {
    await library.getByRole('button', { name: '数字', exact: true }).click();
    const firstTitle = library.locator('[data-testid=figures-table] tr.cc-fig-row').first();
    await firstTitle.waitFor(SLOW);
    const shown = await firstTitle.textContent();
    await expect.poll(() => library.locator('.cc-figures-view .cc-lib-count').textContent(), SLOW).toMatch(/共 \d+ 条/);
    await expect.poll(() => library.locator('.cc-figures-view .cc-lib-count').textContent(), SLOW).not.toMatch(/载入/);
    expect(await firstTitle.textContent()).toBe(shown);
    // The newest publication date in the library is 2022-0x-1x: its article's figures come first.
    expect(shown).toMatch(/2022/);
    expect(errors).toEqual([]);
  });
});
