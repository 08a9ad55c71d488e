/**
 * Popup speed in headless Chromium, as a toolbar click costs it: for each run a fresh article tab (the
 * extractor not yet injected) and a fresh popup document. Reported, median and p90:
 * - on screen: when the article's title and the first key figure were painted (Element Timing in the popup,
 *   from the popup's navigation start: what the reader sees);
 * - wall: from asking the browser to open popup.html to the article body found in the DOM (playwright's
 *   clock, its polling included: an upper bound);
 * - the steps in between (popup script running, article back from the page, figures back).
 * Warm re-opens (the extractor already in the page) apart. Needs `npm run build` and Debian's chromium.
 * With POPUP_BENCH_AGAINST=DIR, a second build runs interleaved with this one (see runPopupBench).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, startFixtureServer, tabIdFor } from '../scripts/browser';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

/** Paint times of the elements marked `elementtiming`, and the popup's own marks, from its navigation start. */
const PAINTS = `new Promise((resolve) => {
  const out = {};
  for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) out.domContentLoaded = nav.domContentLoadedEventStart;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const name = e.identifier;
      if (!(name in out)) out[name] = e.renderTime || e.loadTime;
    }
    if ('cc-article' in out && 'cc-figure' in out) resolve(out);
  }).observe({ type: 'element', buffered: true });
  setTimeout(() => resolve(out), 2000);
})`;

type Timings = Record<string, number>;

function stats(values: number[]): string {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return 'n/a';
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  const spread = `(min ${min.toFixed(0)}, max ${max.toFixed(0)}, n=${sorted.length})`;
  return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms ${spread}`;
}

async function openOnce(page: Page, url: string): Promise<{ wall: number; paints: Timings }> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByTestId('article-body').waitFor();
  const wall = performance.now() - started;
  await page.locator('.cc-figure-main').first().waitFor();
  return { wall, paints: (await page.evaluate(PAINTS)) as Timings };
}

type Run = { wall: number; paints: Timings };
type Side = { name: string; first: Run[]; warm: Run[]; open: () => Promise<{ first: Run; warm: Run }> };

/** One side: Chromium with a built extension; each call opens a fresh article tab, then its popup twice. */
async function side(name: string, port: number, dir?: string): Promise<Side & { close: () => Promise<void> }> {
  const browser = await launchWithExtension(port, dir);
  const helper = await browser.context.newPage();
  await helper.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=none`);
  const popupUrl = (tabId: number) => `chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`;
  const open = async () => {
    const article = await browser.context.newPage();
    await article.goto(SAMPLE_URL);
    const tabId = await tabIdFor(helper, SAMPLE_URL);
    const popup = await browser.context.newPage();
    const first = await openOnce(popup, popupUrl(tabId));
    // A second open of the same tab: the extractor's code is already compiled in the page.
    const warm = await openOnce(popup, popupUrl(tabId));
    await popup.close();
    await article.close();
    return { first, warm };
  };
  return { name, first: [], warm: [], open, close: () => browser.close() };
}

/**
 * `POPUP_BENCH_AGAINST=DIR` (another built extension, e.g. a copy of main's .output/chrome-mv3) runs both builds
 * in one go, their opens interleaved, so that both see the same machine load: on shared cores the only fair
 * before/after. Each line then reads "this build | the other".
 */
export async function runPopupBench(runs = Number(process.env.POPUP_BENCH_RUNS) || 15): Promise<void> {
  const { server, port } = await startFixtureServer();
  const against = process.env.POPUP_BENCH_AGAINST;
  const sides = [await side('this build', port)];
  try {
    if (against) sides.push(await side(against, port, path.resolve(against)));
    for (let i = 0; i < runs; i++) {
      for (const s of i % 2 ? [...sides].reverse() : sides) {
        const { first, warm } = await s.open();
        s.first.push(first);
        s.warm.push(warm);
      }
    }
    if (against) console.log(`each line: this build | ${against} (opens interleaved)`);
    const line = (label: string, pick: (r: Run) => number, set: 'first' | 'warm') =>
      console.log(`  ${label.padEnd(38)} ${sides.map((s) => stats(s[set].map(pick))).join(' | ')}`);
    for (const [title, set] of [
      ['first open for a fresh article tab', 'first'],
      ['re-open of the same tab', 'warm'],
    ] as const) {
      console.log(`popup, ${title}:`);
      line('article title on screen', (r) => r.paints['cc-article'], set);
      line('first key figure on screen', (r) => r.paints['cc-figure'], set);
      line('wall, goto to article body in DOM', (r) => r.wall, set);
      line('popup script starts reading', (r) => r.paints['cc:reading'], set);
      line('article back from the page', (r) => r.paints['cc:article-ready'], set);
      line('figures back from the page', (r) => r.paints['cc:figures-ready'], set);
    }
  } finally {
    for (const s of sides) await s.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPopupBench();
