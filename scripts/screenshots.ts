/**
 * Screenshots of the popup (several states) and the library, for looking at what we ship:
 * `npx tsx scripts/screenshots.ts` after `npm run build`; PNGs land in screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, openPopupFor, ROOT, startFixtureServer } from '../tests/e2e/harness';

const OUT = path.join(ROOT, 'screenshots');
const SAMPLE = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const LIST = 'http://lf.hebei.com.cn/system/more/16000000/0000/16000000_00000001.shtml';
const scheme = (process.argv[2] as 'light' | 'dark' | undefined) ?? 'light';

mkdirSync(OUT, { recursive: true });
const { server, port } = await startFixtureServer();
const browser = await launchWithExtension(port);
try {
  const shoot = async (page: import('playwright-core').Page, name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`) });
    console.log(`screenshots/${name}-${scheme}.png`);
  };
  const { popup } = await openPopupFor(browser, SAMPLE);
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize({ width: 760, height: 580 });
  await popup.getByRole('heading', { level: 1 }).waitFor();
  await shoot(popup, 'popup-article');
  await popup.getByRole('button', { name: /在正文中定位: 3.6万人次/ }).click();
  await shoot(popup, 'popup-figure-located');
  await popup.getByRole('button', { name: /显示全部/ }).click();
  await shoot(popup, 'popup-all-figures');
  await popup.getByRole('button', { name: '保存' }).click();
  await popup.getByRole('button', { name: /已保存/ }).waitFor();
  await shoot(popup, 'popup-saved');

  const list = await openPopupFor(browser, LIST);
  await list.popup.emulateMedia({ colorScheme: scheme });
  await list.popup.setViewportSize({ width: 760, height: 580 });
  await list.popup.getByText('这似乎不是一篇文章').waitFor();
  await shoot(list.popup, 'popup-not-article');

  const library = await browser.context.newPage();
  await library.emulateMedia({ colorScheme: scheme });
  await library.setViewportSize({ width: 1280, height: 800 });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.getByRole('navigation').getByRole('button').first().click();
  await shoot(library, 'library');
} finally {
  await browser.close();
  server.close();
}
