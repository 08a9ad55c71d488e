/**
 * The 数字 tab at 10,000 captures in real Chromium: time from the click on 数字 to the first table rows on
 * screen (the newest 200 captures' rows, from the light figure-rows store), then to every row being in the
 * table (100,000 rows at 10 figures a capture). Returns [first screen ms, all rows ms, rows].
 */
import type { Page } from 'playwright-core';

export async function figuresTab(page: Page): Promise<[number, number, number]> {
  return page.evaluate(
    () =>
      new Promise<[number, number, number]>((resolve) => {
        const started = performance.now();
        const tab = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === '数字');
        tab?.click();
        let first = Number.NaN;
        const count = () => document.querySelector('.cc-figures-view .cc-lib-count')?.textContent ?? '';
        const check = () => {
          const elapsed = performance.now() - started;
          if (Number.isNaN(first) && document.querySelector('[data-testid=figures-table] tr.cc-fig-row')) {
            requestAnimationFrame(() => {
              first = performance.now() - started;
            });
          }
          const done = /共 (\d+) 条数字/.exec(count());
          if (!Number.isNaN(first) && done && !count().includes('正在载入')) {
            requestAnimationFrame(() => resolve([first, performance.now() - started, Number(done[1])]));
          } else if (elapsed > 300_000) resolve([first, Number.NaN, 0]);
          else setTimeout(check, 5);
        };
        check();
      }),
  );
}
