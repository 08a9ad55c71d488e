/** The library bench's small helpers: percentiles, the `name value unit` line, and a timed change in the page. */
import type { Page } from 'playwright-core';

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
export const median = (values: number[]) => percentile(values, 50);
export const line = (name: string, value: number, unit: string) =>
  console.log(`${name} ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);

/** Sets the search box (or a filter) in the page and times until the list shows rows for it, painted. */
export async function timeChange(page: Page, change: string, arg: string, expected: string): Promise<number> {
  return page.evaluate(
    ([kind, value, state]) =>
      new Promise<number>((resolve) => {
        const list = () => document.querySelector('nav.cc-lib-list')?.getAttribute('data-state') ?? '';
        const started = performance.now();
        if (kind === 'search') {
          const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          const select = [...document.querySelectorAll('select')].find((s) =>
            s.closest('label')?.textContent?.startsWith(kind),
          )!;
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const check = () => {
          const elapsed = performance.now() - started;
          if (list().startsWith(state)) {
            // Painted: the next frame (or, where frames do not run, the time the rows were there).
            requestAnimationFrame(() => resolve(performance.now() - started));
            setTimeout(() => resolve(elapsed), 250);
          } else if (elapsed > 30_000) resolve(Number.NaN);
          else setTimeout(check, 1);
        };
        check();
      }),
    [change, arg, expected] as const,
  );
}
