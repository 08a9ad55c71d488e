/**
 * The popup's 下载 Markdown writes the front matter the library's export settings ask for (Obsidian properties
 * here), the same as the library's zip, report and 下载 Markdown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPopupFor, useExtensionBrowser } from './harness';

const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

const env = useExtensionBrowser();

describe('the popup’s Markdown and the export settings', () => {
  it('downloads the article with Obsidian properties when the export settings ask for them', async () => {
    const { popup, errors } = await openPopupFor(env.browser, SAMPLE_URL);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 }).toBe(1);
    const style = (frontMatterStyle: string) =>
      popup.evaluate(
        (value) =>
          chrome.storage.local.set({
            exportSettings: { frontMatterStyle: value, zipPictures: true, offlinePictures: 'changcheng' },
          }),
        frontMatterStyle,
      );
    await style('obsidian');
    try {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByRole('button', { name: '下载 Markdown' }).click(),
      ]);
      const markdown = readFileSync(await download.path(), 'utf8');
      expect(markdown).toMatch(/^published: 2019-05-24$/m);
      expect(markdown).not.toMatch(/^publishedAt: /m);
      expect(markdown).toContain('## 关键数字');
    } finally {
      await style('default');
    }
    expect(errors).toEqual([]);
  });
});
