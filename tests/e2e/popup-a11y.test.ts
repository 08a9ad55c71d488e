import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openPopupFor, ROOT, useExtensionBrowser } from './harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const env = useExtensionBrowser();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core run in the page (evaluated over CDP, which the extension's CSP does not block). */
async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
}

describe('accessibility (axe-core): no serious or critical violations', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`popup and library, ${scheme}`, async () => {
      const { popup } = await openPopupFor(env.browser, SAMPLE_URL);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
      await popup.locator('.cc-figure-main').first().waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: /显示全部/ }).click();
      await popup.setViewportSize({ width: 533, height: 400 });
      await popup.getByRole('button', { name: '阅读设置' }).click();
      expect(await axeViolations(popup)).toEqual([]);

      await popup.getByRole('button', { name: /^(保存|更新)$/ }).click();
      await expect.poll(() => popup.getByRole('button', { name: /已保存|已更新/ }).count()).toBe(1);
      const library = await env.browser.context.newPage();
      await library.emulateMedia({ colorScheme: scheme });
      await library.goto(`chrome-extension://${env.browser.extensionId}/library.html`);
      await library.getByRole('navigation').getByRole('button').first().click();
      await library.getByRole('heading', { level: 1, name: /大厂/ }).waitFor();
      expect(await axeViolations(library)).toEqual([]);
      await library.close();
    });
  }
});
