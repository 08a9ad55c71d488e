/**
 * Popup speed in headless Chromium, as a toolbar click costs it: for each run a fresh article tab (the
 * extractor not yet injected) and a fresh popup document. Reported, median and p90:
 * - article on screen: when both the article's title and the beginning of its body were painted (Element Timing
 *   in the popup, from the popup's navigation start: what the reader sees), and the first key figure;
 * - wall: from asking the browser to open popup.html to the article on screen (the same paints, on the clock of
 *   this process: navigation included);
 * - the steps in between (popup script running, article back from the page, figures back).
 * Nothing touches the popup until its figure is painted: the paints are read by one DevTools evaluation, not by
 * playwright's selectors, whose injected script (hundreds of kB, compiled in the popup) would hold up its main
 * thread exactly while the article arrives. Warm re-opens (the extractor already in the page) apart.
 * Needs `npm run build` and Debian's chromium. With POPUP_BENCH_AGAINST=DIR, a second build runs interleaved with
 * this one (see runPopupBench). The load average is printed beside the numbers.
 */
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchWithExtension, startFixtureServer, tabIdFor } from '../scripts/browser';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const POPUP_SIZE = { width: 760, height: 580 };

/**
 * Paint times of the elements marked `elementtiming`, and the popup's own marks, from its navigation start;
 * `origin` is the popup's time origin (epoch ms). Resolves once the title, the body and a figure are painted.
 */
const PAINTS = `new Promise((resolve) => {
  const out = { origin: performance.timeOrigin, href: location.href };
  const marks = () => { for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime; };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const name = e.identifier;
      if (!(name in out)) out[name] = e.renderTime || e.loadTime;
    }
    if ('cc-article' in out && 'cc-body' in out && 'cc-figure' in out) { marks(); resolve(out); }
  }).observe({ type: 'element', buffered: true });
  setTimeout(() => { marks(); resolve(out); }, 8000);
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

/** On screen: the title and the beginning of the body both painted (a title alone is not the article). */
const onScreen = (p: Timings) => Math.max(p['cc-article'] ?? Number.NaN, p['cc-body'] ?? Number.NaN);

async function openOnce(page: Page, cdp: CDPSession, url: string): Promise<{ wall: number; paints: Timings }> {
  const started = performance.timeOrigin + performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: PAINTS,
    awaitPromise: true,
    returnByValue: true,
  });
  const paints = result.value as Timings & { href: string };
  if (paints.href !== url) throw new Error(`measured ${paints.href}, not ${url}`);
  return { wall: paints.origin + onScreen(paints) - started, paints };
}

/**
 * The article's pictures as JPEG, as 长城网 serves them. The fixture server answers every picture with an SVG
 * placeholder, and an SVG picture is a small document of its own, built on the popup's main thread (some 5 ms
 * each on this machine): seven of them would sit between the article's arrival and its first paint, where real
 * JPEGs are decoded off the main thread. The JPEG is drawn once by the browser itself (no image library here).
 */
async function servePicturesAsJpeg(context: BrowserContext, page: Page): Promise<void> {
  const base64 = await page.evaluate(() => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 600, height: 400 });
    const g = canvas.getContext('2d')!;
    const gradient = g.createLinearGradient(0, 0, 600, 400);
    gradient.addColorStop(0, '#cfd8dc');
    gradient.addColorStop(1, '#90a4ae');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 600, 400);
    return canvas.toDataURL('image/jpeg', 0.8).split(',')[1];
  });
  const body = Buffer.from(base64, 'base64');
  await context.route(/\.(jpe?g|png|gif)$/i, (route) =>
    route.fulfill({ status: 200, contentType: 'image/jpeg', body }),
  );
}

type Run = { wall: number; paints: Timings };
type Side = { name: string; first: Run[]; warm: Run[]; open: () => Promise<{ first: Run; warm: Run }> };

/** One side: Chromium with a built extension; each call opens a fresh article tab, then its popup twice. */
async function side(name: string, port: number, dir?: string): Promise<Side & { close: () => Promise<void> }> {
  const browser = await launchWithExtension(port, dir);
  const helper = await browser.context.newPage();
  await helper.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=none`);
  await servePicturesAsJpeg(browser.context, helper);
  const popupUrl = (tabId: number) => `chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`;
  const open = async () => {
    const article = await browser.context.newPage();
    await article.goto(SAMPLE_URL);
    const tabId = await tabIdFor(helper, SAMPLE_URL);
    const popup = await browser.context.newPage();
    // The popup's own size (entrypoints/popup/fitPopup.ts), not the 1280×900 of a tab: what a popup window rasters.
    await popup.setViewportSize(POPUP_SIZE);
    const cdp = await browser.context.newCDPSession(popup);
    const first = await openOnce(popup, cdp, popupUrl(tabId));
    // A second open of the same tab: the extractor's code is already compiled in the page.
    const warm = await openOnce(popup, cdp, popupUrl(tabId));
    await cdp.detach();
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
    const loadBefore = loadavg()[0];
    for (let i = 0; i < runs; i++) {
      for (const s of i % 2 ? [...sides].reverse() : sides) {
        const { first, warm } = await s.open();
        s.first.push(first);
        s.warm.push(warm);
      }
    }
    const load = [loadBefore, loadavg()[0]].map((l) => l.toFixed(1)).join(' → ');
    console.log(`${runs} runs per build, load average ${load} on ${availableParallelism()} cores`);
    if (against) console.log(`each line: this build | ${against} (opens interleaved)`);
    const line = (label: string, pick: (r: Run) => number, set: 'first' | 'warm') =>
      console.log(`  ${label.padEnd(38)} ${sides.map((s) => stats(s[set].map(pick))).join(' | ')}`);
    for (const [title, set] of [
      ['first open for a fresh article tab', 'first'],
      ['re-open of the same tab', 'warm'],
    ] as const) {
      console.log(`popup, ${title}:`);
      line('article on screen (title + body)', (r) => onScreen(r.paints), set);
      line('  title painted', (r) => r.paints['cc-article'], set);
      line('  beginning of the body painted', (r) => r.paints['cc-body'], set);
      line('first key figure on screen', (r) => r.paints['cc-figure'], set);
      line('wall, open request to article on screen', (r) => r.wall, set);
      line('popup script starts reading', (r) => r.paints['cc:reading'], set);
      line('article back from the page', (r) => r.paints['cc:article-ready'], set);
      line(
        '  of which the page read (from reading)',
        (r) => r.paints['cc:article-ready'] - r.paints['cc:reading'],
        set,
      );
      line('  from there to article on screen', (r) => onScreen(r.paints) - r.paints['cc:article-ready'], set);
      line('figures back from the page', (r) => r.paints['cc:figures-ready'], set);
    }
  } finally {
    for (const s of sides) await s.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPopupBench();
