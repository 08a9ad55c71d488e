/**
 * Issue 10, "a popup that fits": the header is one line in Chinese and in English at 100, 125 and 150 % zoom,
 * also once a figure choice shows its note; Markdown's 复制 / 下载 keep their whole action as their names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopupFor, startFixtureServer, type ExtensionBrowser } from './harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
/** Chrome's popup is at most 800×600 px; at 125 % and 150 % zoom that is 640×480 and 533×400 CSS px. */
const ZOOMS = [
  { zoom: '100%', width: 760, height: 580 },
  { zoom: '125%', width: 640, height: 480 },
  { zoom: '150%', width: 533, height: 400 },
];
const LANGUAGES = [
  {
    ui: 'zh_CN',
    save: '保存',
    names: ['复制 Markdown', '下载 Markdown', '打开文库', '复制参考文献'],
    pin: '置顶',
  },
  {
    ui: 'en',
    save: 'Save',
    names: ['Copy Markdown', 'Download Markdown', 'Open library', 'Copy reference'],
    pin: 'Pin',
  },
];

let server: Server;
let port: number;

beforeAll(async () => {
  ({ server, port } = await startFixtureServer());
});

afterAll(() => server?.close());

/** The header's visible controls (and note): how many, their tops, and whether anything passes the edge. */
function headerLayout(popup: Page) {
  return popup.evaluate(() => {
    const header = document.querySelector('.cc-header') as HTMLElement;
    const boxes = Array.from(header.querySelectorAll('button, .cc-edits-note'))
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 0);
    return {
      count: boxes.length,
      spread: Math.max(...boxes.map((b) => b.top + b.height / 2)) - Math.min(...boxes.map((b) => b.top + b.height / 2)),
      past: Math.max(...boxes.map((b) => b.right)) - window.innerWidth,
      overflow: header.scrollWidth - header.clientWidth,
    };
  });
}

for (const lang of LANGUAGES) {
  describe(`header in ${lang.ui}`, () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      const before = process.env.CC_UI_LANGUAGE;
      process.env.CC_UI_LANGUAGE = lang.ui;
      try {
        browser = await launchWithExtension(port);
      } finally {
        if (before === undefined) delete process.env.CC_UI_LANGUAGE;
        else process.env.CC_UI_LANGUAGE = before;
      }
    });
    afterAll(async () => browser?.close());

    it('is one line at 100, 125 and 150 % zoom, before and after a figure choice', async () => {
      const { popup } = await openPopupFor(browser, SAMPLE_URL);
      await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
      await popup.getByRole('button', { name: lang.save, exact: true }).waitFor();
      for (const name of lang.names) expect(await popup.getByRole('button', { name, exact: true }).count()).toBe(1);
      for (const choice of [false, true]) {
        if (choice) {
          await popup.setViewportSize({ width: 760, height: 580 });
          await popup.locator(`.cc-figure-actions button[aria-label^="${lang.pin}:"]`).first().click();
          await popup.locator('.cc-edits-note').waitFor();
        }
        for (const size of ZOOMS) {
          await popup.setViewportSize({ width: size.width, height: size.height });
          const where = `${size.zoom}${choice ? ', with the note' : ''}`;
          // The header settles after a resize (the save state and its label arrive a moment later): wait for it.
          await expect
            .poll(
              async () => {
                const { past, overflow, spread } = await headerLayout(popup);
                return past <= 0 && overflow <= 0 && spread <= 2;
              },
              { timeout: 5_000, message: where },
            )
            .toBe(true);
          const layout = await headerLayout(popup);
          expect(layout.count, where).toBeGreaterThanOrEqual(5);
          // One line: every control centred on the same height (within two pixels), nothing past the edge.
          expect(layout.spread, where).toBeLessThanOrEqual(2);
          expect(layout.past, where).toBeLessThanOrEqual(0);
          expect(layout.overflow, where).toBeLessThanOrEqual(0);
        }
      }
    });
  });
}
