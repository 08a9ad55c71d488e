/**
 * Reviewing saved articles in the library, in real Chromium: a search word is marked (<mark>) in the open
 * article's body and unmarked when the search is cleared; a figure corrected through its ✎ action shows its new
 * value beside the original in the reader and in the 数字 tab, survives a reload, and reverts; a tag added to two
 * checked captures through the bulk bar shows on exactly those rows, in the tag menu and its filter, after a
 * reload too. No console error on the way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../utils/export/backup';
import { captureIdFor } from '../../utils/store/records';
import { makeCapture, makeUniqueArticle } from '../../utils/testing/articleFactory';
import { openLibraryWithBackup, useExtensionBrowser } from './harness';

const SLOW = { timeout: 20_000 };

/** 赤麻鸭 is in this body twice and in no title, nor in the other bodies. */
const BIRDS = '衡水湖迎来候鸟迁徙高峰';
/** The seed article: 总投资50亿元 among its figures. */
const DACHANG = '大厂打造北京城市副中心后花园';
const FARMS = '冀中南小麦收获过半';

let library: Page;
let errors: string[];
let dir: string;

function backupFile(): string {
  const birds = makeUniqueArticle({
    title: BIRDS,
    text: '入冬以来，衡水湖候鸟成群，其中赤麻鸭数量最多。\n\n护鸟员说，一只赤麻鸭每天要飞行数十公里觅食。',
    contentHtml:
      '<p>入冬以来，衡水湖候鸟成群，其中<strong>赤麻鸭</strong>数量最多。</p>' +
      '<p>护鸟员说，一只赤麻鸭每天要飞行数十公里觅食。</p>',
    images: [],
    figures: [],
    publishedAt: '2015-11-06T09:00:00+08:00',
  });
  const dachang = makeUniqueArticle({ title: DACHANG });
  const farms = makeUniqueArticle({
    title: FARMS,
    text: '麦收时节，冀中南各地的联合收割机在田间来回穿梭。',
    contentHtml: '<p>麦收时节，冀中南各地的联合收割机在田间来回穿梭。</p>',
    images: [],
    figures: [],
    publishedAt: '2024-06-10T09:00:00+08:00',
  });
  const captures = [birds, dachang, farms].map((article, i) => {
    const at = new Date(Date.UTC(2024, 2, 1) + i * 60_000).toISOString();
    return makeCapture({ ...article, id: captureIdFor(article.canonicalUrl), capturedAt: at, updatedAt: at });
  });
  dir = mkdtempSync(path.join(tmpdir(), 'cc-review-'));
  const file = path.join(dir, 'review.json');
  writeFileSync(file, createBackup(captures));
  return file;
}

const session = useExtensionBrowser();

beforeAll(async () => {
  ({ library, errors } = await openLibraryWithBackup(session.browser, backupFile(), 3));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const items = () => library.getByRole('navigation', { name: '已保存的文章' }).getByRole('button');
const item = (title: string) => items().filter({ hasText: title });
const body = () => library.getByTestId('article-body');
const search = () => library.getByRole('searchbox', { name: '搜索文库' });
const figuresPanel = () => library.locator('#cc-figures-panel');
/** The header's switch between the 文章 and 数字 views. */
const view = (name: '文章' | '数字') => library.getByRole('banner').getByRole('button', { name, exact: true });
const corrections = () => library.getByRole('region', { name: '已更正的数字' });

/** The tags the tag filter offers (read by value: Preact leaves out a value attribute equal to the text). */
const tagOptions = () =>
  library
    .getByRole('combobox', { name: /^标签/ })
    .evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.value).filter(Boolean));

/** The titles of the rows in the list, in order. */
const titles = () => library.locator('.cc-lib-item-title').allTextContents();

describe('library review', () => {
  it('marks a searched word in the open article body, and unmarks it when the search is cleared', async () => {
    await expect.poll(() => items().count(), SLOW).toBe(3);
    await search().fill('赤麻鸭');
    await expect.poll(titles, SLOW).toEqual([BIRDS]);
    await item(BIRDS).click();
    await library.getByRole('heading', { level: 1, name: BIRDS }).waitFor(SLOW);
    // Both places in the body, the one inside <strong> too; the marked text is the word itself.
    await expect.poll(() => body().locator('mark').allTextContents(), SLOW).toEqual(['赤麻鸭', '赤麻鸭']);
    expect(await body().locator('strong mark').count()).toBe(1);
    // Not the title's or the list's marks: these are the body's (the title does not hold the word).
    expect(await library.getByRole('heading', { level: 1 }).locator('mark').count()).toBe(0);

    await search().fill('');
    await expect.poll(() => items().count(), SLOW).toBe(3);
    await expect.poll(() => body().locator('mark').count(), SLOW).toBe(0);
    // The text is whole again: the words stay, in the same markup.
    expect(await body().textContent()).toBe(
      '入冬以来，衡水湖候鸟成群，其中赤麻鸭数量最多。护鸟员说，一只赤麻鸭每天要飞行数十公里觅食。',
    );
    expect(await body().locator('strong').textContent()).toBe('赤麻鸭');
    expect(await library.getByRole('heading', { level: 1, name: BIRDS }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('✎ corrects a figure: new value beside the original, after a reload, in 数字; 恢复原值 reverts', async () => {
    await item(DACHANG).click();
    await library.getByRole('heading', { level: 1, name: DACHANG }).waitFor(SLOW);
    const row = () => figuresPanel().locator('li.cc-figure', { hasText: '总投资' });
    expect(await row().locator('.cc-figure-value').textContent()).toBe('50亿元');
    expect(await corrections().count()).toBe(0);

    await figuresPanel().getByRole('button', { name: '更正: 50亿元' }).click();
    const form = library.getByRole('form', { name: '更正' });
    // The form says what the article wrote before anything is changed.
    expect(await form.locator('.cc-lib-correct-original').textContent()).toBe('原文：50亿元 = 50 亿元 · 总投资');
    const value = form.getByRole('textbox', { name: '数值' });
    expect(await value.inputValue()).toBe('5000000000');
    await value.fill('5500000000');
    await form.getByRole('button', { name: '保存更正' }).click();
    await expect.poll(() => form.count(), SLOW).toBe(0);

    const shown = async () => ({
      panel: await row().locator('.cc-figure-value').textContent(),
      tooltip: await row().locator('.cc-figure-main').getAttribute('title'),
      list: await corrections().locator('li > span').textContent(),
      original: await corrections().locator('li s').textContent(),
    });
    const corrected = {
      panel: '55 亿元',
      tooltip: expect.stringMatching(/^= 5500000000 CNY\n/),
      list: '原文：50 亿元 → 55 亿元 · 总投资',
      original: '50 亿元',
    };
    await expect.poll(() => corrections().count(), SLOW).toBe(1);
    expect(await shown()).toEqual(corrected);
    // The article's text is the article's: the correction is the reader's, beside it.
    expect(await body().textContent()).toContain('总投资50亿元');

    await library.reload();
    await library.getByRole('heading', { level: 1, name: DACHANG }).waitFor(SLOW);
    await expect.poll(() => corrections().count(), SLOW).toBe(1);
    expect(await shown()).toEqual(corrected);

    // The 数字 tab: the corrected number, starred as corrected; the figure as written beside it.
    const figureRow = () => library.getByTestId('figures-table').locator('tr.cc-fig-row', { hasText: '总投资' });
    await view('数字').click();
    await expect.poll(() => figureRow().locator('.cc-fig-value').textContent(), SLOW).toBe('5500000000 *');
    expect(await figureRow().locator('.cc-fig-value').getAttribute('title')).toBe('已更正（原值见文章）');
    expect(await figureRow().locator('.cc-fig-text').textContent()).toBe('50亿元');

    // Back in the article, 恢复原值 undoes it: everywhere, and for good.
    await view('文章').click();
    await item(DACHANG).click();
    await library.getByRole('heading', { level: 1, name: DACHANG }).waitFor(SLOW);
    await corrections().getByRole('button', { name: '恢复原值' }).click();
    await expect.poll(() => corrections().count(), SLOW).toBe(0);
    expect(await row().locator('.cc-figure-value').textContent()).toBe('50亿元');
    await library.reload();
    await library.getByRole('heading', { level: 1, name: DACHANG }).waitFor(SLOW);
    await expect.poll(() => row().locator('.cc-figure-value').textContent(), SLOW).toBe('50亿元');
    expect(await corrections().count()).toBe(0);
    await view('数字').click();
    await expect.poll(() => figureRow().locator('.cc-fig-value').textContent(), SLOW).toBe('5000000000');
    await view('文章').click();
    expect(errors).toEqual([]);
  });

  it('bulk tag: the two checked get it, the third not; the tag filter shows just them, after a reload', async () => {
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await expect.poll(() => items().count(), SLOW).toBe(3);
    expect(await tagOptions()).toEqual([]);
    const list = library.getByRole('navigation', { name: '已保存的文章' });
    await list.getByRole('checkbox', { name: `选择“${BIRDS}”` }).check();
    await list.getByRole('checkbox', { name: `选择“${FARMS}”` }).check();
    const bar = library.getByRole('region', { name: '批量操作' });
    expect(await bar.getByText('已选 2 篇').count()).toBe(1);
    await bar.getByRole('textbox', { name: '给所选文章加的标签' }).fill('京津冀');
    await bar.getByRole('button', { name: '加标签' }).click();
    await expect.poll(() => library.getByText('已给 2 篇文章加上标签“京津冀”').count(), SLOW).toBe(1);

    const tagged = async () => ({
      rows: await Promise.all([BIRDS, DACHANG, FARMS].map((title) => item(title).locator('.cc-tag').allTextContents())),
      menu: await tagOptions(),
    });
    const expected = { rows: [['京津冀'], [], ['京津冀']], menu: ['京津冀'] };
    await expect.poll(tagged, SLOW).toEqual(expected);

    const filterByTag = async () => {
      await library.getByRole('combobox', { name: /^标签/ }).selectOption('京津冀');
      await expect.poll(() => titles().then((shown) => shown.sort()), SLOW).toEqual([BIRDS, FARMS].sort());
      await library.getByRole('button', { name: '清除筛选' }).click();
      await expect.poll(() => items().count(), SLOW).toBe(3);
    };
    await filterByTag();

    await library.reload();
    await expect.poll(() => items().count(), SLOW).toBe(3);
    await expect.poll(tagged, SLOW).toEqual(expected);
    await filterByTag();
    expect(errors).toEqual([]);
  });
});
