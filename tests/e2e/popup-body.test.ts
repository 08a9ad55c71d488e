import { describe, expect, it } from 'vitest';
import { openPopupFor, useExtensionBrowser } from './harness';

/** The sample article: 26 blocks, its headline figure (300亿元) in the last paragraphs. */
const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

const env = useExtensionBrowser();

describe('the popup body of a long article', () => {
  it('lays out only the first screen at once, and still finds and shows a figure near its end', async () => {
    const { popup, errors } = await openPopupFor(env.browser, SAMPLE_URL);
    await popup.setViewportSize({ width: 760, height: 580 });
    const body = popup.getByTestId('article-body');
    await expect.poll(() => body.locator(':scope > *').count(), { timeout: 15_000 }).toBeGreaterThan(20);

    // The later blocks are laid out when the popup is next idle: the body becomes whole by itself.
    await expect.poll(() => body.evaluate((el) => el.classList.contains('is-whole'))).toBe(true);
    // Before that, the first eight blocks are laid out with the title, the later ones left out of the first layout.
    const visibility = await body.evaluate((el) => {
      el.classList.remove('is-whole');
      return Array.from(el.children, (child) => getComputedStyle(child).contentVisibility);
    });
    expect(visibility.slice(0, 8)).toEqual(Array(8).fill('visible'));
    expect(new Set(visibility.slice(8))).toEqual(new Set(['auto']));

    // Shown as it will stay: the page's half-width punctuation is full-width from the first paint on.
    expect(await body.textContent()).toContain('步入2019年，随着北京市级行政中心');

    // Element Timing reports the title and the body's beginning (what the popup bench waits for).
    const painted = await popup.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const names = new Set<string>();
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              names.add((entry as PerformanceEntry & { identifier: string }).identifier);
            if (names.has('cc-article') && names.has('cc-body')) resolve([...names].sort());
          }).observe({ type: 'element', buffered: true });
          setTimeout(() => resolve([...names].sort()), 5000);
        }),
    );
    expect(painted).toEqual(expect.arrayContaining(['cc-article', 'cc-body']));

    // Locating the headline figure, in a block not yet laid out, lays the body out and scrolls the figure into
    // the middle of the reading region (an estimated place would leave it off screen).
    await popup.getByRole('button', { name: /在正文中定位: 300亿元/ }).click();
    const mark = popup.locator('mark.cc-figure-hit');
    await expect.poll(() => mark.textContent()).toBe('300亿元');
    await expect
      .poll(() =>
        mark.evaluate((el) => {
          const region = el.closest('.cc-reader-scroll')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          const middle = (region.top + region.bottom) / 2;
          return box.height > 0 && Math.abs((box.top + box.bottom) / 2 - middle) < 40;
        }),
      )
      .toBe(true);
    expect(await body.evaluate((el) => el.classList.contains('is-whole'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
