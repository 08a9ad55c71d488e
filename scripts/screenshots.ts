/**
 * Screenshots for looking at what we ship: `npx tsx scripts/screenshots.ts [light|dark]` after `npm run build`.
 * The popup at 100 %, 125 % and 150 % browser zoom (Chrome's 800×600 popup limit in CSS px: 760×580 asked,
 * 640×480, 533×400) in Chinese and English, a few states, and the library. PNGs land in screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupFor, ROOT, settled, startFixtureServer } from './browser';

const OUT = path.join(ROOT, 'screenshots');
const SAMPLE = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const LIST = 'http://lf.hebei.com.cn/system/more/16000000/0000/16000000_00000001.shtml';
const scheme = (process.argv[2] as 'light' | 'dark' | undefined) ?? 'light';
const ZOOMS = [
  { name: '100', width: 760, height: 580 },
  { name: '125', width: 640, height: 480 },
  { name: '150', width: 533, height: 400 },
];

/**
 * Resolves once nothing has scrolled for 250 ms (a located figure scrolls its sentence into view smoothly). A string,
 * because tsx wraps the named functions of a callback in a helper the page does not have.
 */
const SCROLLS_ENDED = `new Promise((done) => {
  let timer = setTimeout(finish, 250);
  const stop = setTimeout(finish, 3000);
  function again() { clearTimeout(timer); timer = setTimeout(finish, 250); }
  function finish() { clearTimeout(stop); document.removeEventListener('scroll', again, true); done(); }
  document.addEventListener('scroll', again, true);
})`;
const scrollsEnded = (page: Page) => page.evaluate(SCROLLS_ENDED);

mkdirSync(OUT, { recursive: true });
const { server, port } = await startFixtureServer();
try {
  for (const lang of ['zh_CN', 'en']) {
    process.env.CC_UI_LANGUAGE = lang;
    const browser = await launchWithExtension(port);
    const shoot = async (page: Page, name: string) => {
      await settled(page);
      await scrollsEnded(page);
      const file = `${name}-${lang}-${scheme}.png`;
      await page.screenshot({ path: path.join(OUT, file) });
      console.log(`screenshots/${file}`);
    };
    try {
      const { popup } = await openPopupFor(browser, SAMPLE);
      await popup.emulateMedia({ colorScheme: scheme });
      for (const zoom of ZOOMS) {
        await popup.setViewportSize({ width: zoom.width, height: zoom.height });
        await popup.getByRole('heading', { level: 1 }).waitFor();
        await shoot(popup, `popup-zoom${zoom.name}`);
      }
      await popup.setViewportSize({ width: 533, height: 400 });
      await popup.getByRole('button', { name: /Aa|阅读设置|Reading settings/ }).click();
      await shoot(popup, 'popup-zoom150-settings');
      await popup.keyboard.press('Escape');
      await popup.setViewportSize({ width: 760, height: 580 });
      await popup.locator('.cc-figure-main').first().click();
      await shoot(popup, 'popup-figure-located');
      await popup.getByRole('button', { name: /显示全部|Show all/ }).click();
      await shoot(popup, 'popup-all-figures');

      const list = await openPopupFor(browser, LIST);
      await list.popup.emulateMedia({ colorScheme: scheme });
      await list.popup.setViewportSize({ width: 760, height: 580 });
      await list.popup.locator('.cc-status-title').waitFor();
      await shoot(list.popup, 'popup-not-article');

      await popup.getByRole('button', { name: /^(保存|Save)$/ }).click();
      const library = await browser.context.newPage();
      await library.emulateMedia({ colorScheme: scheme });
      await library.setViewportSize({ width: 1280, height: 800 });
      await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
      await library.getByRole('navigation').getByRole('button').first().click();
      await shoot(library, 'library');
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
