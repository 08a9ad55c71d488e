import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPopupFor, settled, useExtensionBrowser } from './harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
/** Chrome's popup is at most 800×600 px; at 125 % and 150 % zoom that is 640×480 and 533×400 CSS px. */
const ZOOMS = [
  { zoom: '100%', width: 760, height: 580 },
  { zoom: '125%', width: 640, height: 480 },
  { zoom: '150%', width: 533, height: 400 },
];

const env = useExtensionBrowser();

/** Entirely inside the window (not cut off) and the element a click there would reach. */
async function reachable(_page: Page, locator: ReturnType<Page['getByRole']>): Promise<boolean> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.left < 0 || box.top < 0) return false;
    if (box.right > window.innerWidth || box.bottom > window.innerHeight) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
}

describe('popup at env.browser zoom', () => {
  for (const size of ZOOMS) {
    const name = `fits ${size.width}×${size.height} (${size.zoom})`;
    it(`${name}: the main controls and the first figure can be clicked`, async () => {
      const { popup } = await openPopupFor(env.browser, SAMPLE_URL);
      await popup.setViewportSize({ width: size.width, height: size.height });
      await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);

      const controls = [
        popup.getByRole('button', { name: '保存' }),
        popup.getByRole('button', { name: '复制 Markdown' }),
        popup.getByRole('button', { name: '下载 Markdown' }),
        popup.getByRole('button', { name: '打开文库' }),
        popup.locator('.cc-figure-main').first(),
      ];
      for (const control of controls) expect(await reachable(popup, control)).toBe(true);
      await popup.locator('.cc-figure-main').first().click();
      await expect.poll(() => popup.locator('mark.cc-figure-hit').count()).toBe(1);

      // Nothing but the two regions scrolls: the page itself has no scrollbars.
      const page = await popup.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      expect(page).toEqual({ x: 0, y: 0 });
      const article = popup.getByRole('region', { name: '正文' });
      expect(await article.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    });
  }

  it('folds the figures panel away and back, and remembers it', async () => {
    const { popup } = await openPopupFor(env.browser, SAMPLE_URL);
    await popup.setViewportSize({ width: 533, height: 400 });
    await popup.getByRole('button', { name: '收起关键数字' }).click();
    await expect.poll(() => popup.locator('.cc-figure-main').count()).toBe(0);
    const articleWidth = await popup.getByRole('region', { name: '正文' }).evaluate((el) => el.clientWidth);
    expect(articleWidth).toBeGreaterThan(400);
    await popup.reload();
    await expect
      .poll(() => popup.getByRole('button', { name: /关键数字/ }).getAttribute('aria-expanded'))
      .toBe('false');
    await popup.getByRole('button', { name: /关键数字/ }).click();
    await expect.poll(() => popup.locator('.cc-figure-main').count()).toBeGreaterThan(0);
  });

  it('shows the reading settings behind “阅读设置” when zoomed, and Esc closes them', async () => {
    const { popup } = await openPopupFor(env.browser, SAMPLE_URL);
    await popup.setViewportSize({ width: 533, height: 400 });
    const toggle = popup.getByRole('button', { name: '阅读设置' });
    await expect.poll(() => popup.getByRole('toolbar', { name: '阅读设置' }).isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => popup.getByRole('toolbar', { name: '阅读设置' }).isVisible()).toBe(true);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByRole('toolbar', { name: '阅读设置' }).isVisible()).toBe(false);
  });
});

describe('keyboard', () => {
  it('lands on the article, one Tab stop per figure, actions on keys', async () => {
    const { popup } = await openPopupFor(env.browser, SAMPLE_URL);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('正文');
    // Settled: the figures are in (the panel is no longer aria-busy), fonts and pictures loaded.
    await settled(popup);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('正文');
    const region = popup.getByRole('region', { name: '正文' });
    // PageDown scrolls the focused article (pressed again should a key arrive while a frame is pending).
    await expect
      .poll(
        async () => {
          await popup.keyboard.press('PageDown');
          return region.evaluate((el) => el.scrollTop);
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);

    const first = popup.locator('.cc-figure-main').first();
    await first.focus();
    // Tab leaves the row's action buttons out: it goes to the next figure.
    await popup.keyboard.press('Tab');
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(await focused()).toMatch(/^在正文中定位: /);
    await popup.keyboard.press('ArrowUp');
    expect(await focused()).toBe(await first.getAttribute('aria-label'));
    await popup.keyboard.press('ArrowRight');
    expect(await focused()).toMatch(/^复制引用: /);
    await popup.keyboard.press('ArrowLeft');
    const name = /^在正文中定位: (\S+) — /.exec((await first.getAttribute('aria-label')) ?? '')?.[1];
    // The row names its figure as the article wrote it (超过300亿元): a numeral is in it.
    expect(name).toMatch(/[0-9一二三四五六七八九十百千万亿]/);
    await popup.keyboard.press('h');
    // Hidden: out of the top list (it comes back greyed under 显示全部).
    await expect.poll(() => popup.getByRole('button', { name: `隐藏: ${name}` }).count()).toBe(0);
    expect(await popup.locator('.cc-figure-main').first().getAttribute('aria-label')).not.toMatch(
      new RegExp(`^在正文中定位: ${name} `),
    );
  });
});
