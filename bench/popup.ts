/**
 * Popup speed in headless Chromium: from opening popup.html for the sample article's tab to its title
 * and figures on screen. Needs `npm run build` and Debian's chromium.
 */
import { pathToFileURL } from 'node:url';
import { launchWithExtension, startFixtureServer, tabIdFor } from '../tests/e2e/harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

export async function runPopupBench(runs = 7): Promise<void> {
  const { server, port } = await startFixtureServer();
  const browser = await launchWithExtension(port);
  try {
    const article = await browser.context.newPage();
    await article.goto(SAMPLE_URL);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=none`);
    const tabId = await tabIdFor(popup, SAMPLE_URL);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByRole('heading', { level: 1 }).waitFor();
      await popup.getByTestId('article-body').waitFor();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `popup: sample article on screen in ${median.toFixed(0)} ms (median of ${runs}; min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}; first open included)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPopupBench();
