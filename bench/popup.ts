/**
 * Popup speed in headless Chromium, as a toolbar click costs it: for each run a fresh article tab (the
 * extractor not yet injected) and a fresh popup document, timed from opening popup.html for that tab to the
 * article's title and body on screen, then to the first key figure. Warm re-opens are reported apart.
 * Needs `npm run build` and Debian's chromium.
 */
import { pathToFileURL } from 'node:url';
import { launchWithExtension, startFixtureServer, tabIdFor } from '../scripts/browser';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  return `${median.toFixed(0)} ms median of ${times.length} (min ${min.toFixed(0)}, max ${max.toFixed(0)})`;
}

export async function runPopupBench(runs = 7): Promise<void> {
  const { server, port } = await startFixtureServer();
  const browser = await launchWithExtension(port);
  try {
    const helper = await browser.context.newPage();
    await helper.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=none`);
    const popupUrl = (tabId: number) => `chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`;
    const first: number[] = [];
    const figures: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      const article = await browser.context.newPage();
      await article.goto(SAMPLE_URL);
      const tabId = await tabIdFor(helper, SAMPLE_URL);
      const popup = await browser.context.newPage();
      const started = performance.now();
      await popup.goto(popupUrl(tabId), { waitUntil: 'commit' });
      await popup.getByRole('heading', { level: 1 }).waitFor();
      await popup.getByTestId('article-body').waitFor();
      first.push(performance.now() - started);
      await popup.locator('.cc-figure-main').first().waitFor();
      figures.push(performance.now() - started);
      // A second open of the same tab: the extractor is already in the page.
      const again = performance.now();
      await popup.goto(popupUrl(tabId), { waitUntil: 'commit' });
      await popup.getByTestId('article-body').waitFor();
      warm.push(performance.now() - again);
      await popup.close();
      await article.close();
    }
    console.log(`popup, first open for a fresh article tab: article on screen ${summary(first)}`);
    console.log(`popup, first open: first key figure on screen ${summary(figures)}`);
    console.log(`popup, re-open of the same tab: article on screen ${summary(warm)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPopupBench();
