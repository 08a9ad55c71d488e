/**
 * Single-article Markdown (popup 复制/下载 Markdown, library 下载 Markdown) takes the front matter style from the
 * same export settings as the zip and the report.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { makeCapture } from '../testing/articleFactory';
import { articleToMarkdown } from '../export/markdown';
import { DEFAULT_EXPORT_SETTINGS, exportSettings } from './exportSettings';
import { articleMarkdown } from './markdownExport';

beforeEach(() => fakeBrowser.reset());

describe('articleMarkdown', () => {
  it('writes the default front matter when nothing is set', async () => {
    const capture = makeCapture();
    const markdown = await articleMarkdown(capture);
    expect(markdown).toBe(articleToMarkdown(capture));
    expect(markdown).toMatch(/^publishedAt: /m);
  });

  it('writes Obsidian properties when the export settings ask for them', async () => {
    await exportSettings.setValue({ ...DEFAULT_EXPORT_SETTINGS, frontMatterStyle: 'obsidian' });
    const capture = makeCapture({ tags: ['廊坊'] });
    const markdown = await articleMarkdown(capture);
    expect(markdown).toBe(articleToMarkdown(capture, { frontMatterStyle: 'obsidian' }));
    expect(markdown).toMatch(/^published: 2019-05-24$/m);
    expect(markdown).not.toMatch(/^publishedAt: /m);
  });

  it('follows a change of the setting, and keeps the other options', async () => {
    const capture = makeCapture();
    await exportSettings.setValue({ ...DEFAULT_EXPORT_SETTINGS, frontMatterStyle: 'obsidian' });
    await exportSettings.setValue({ ...DEFAULT_EXPORT_SETTINGS, frontMatterStyle: 'default' });
    expect(await articleMarkdown(capture, { maxFigures: 1 })).toBe(articleToMarkdown(capture, { maxFigures: 1 }));
  });

  it('falls back to the default for a stored value it does not know', async () => {
    await exportSettings.setValue({ frontMatterStyle: '<script>' } as never);
    const capture = makeCapture();
    expect(await articleMarkdown(capture)).toBe(articleToMarkdown(capture));
  });
});
