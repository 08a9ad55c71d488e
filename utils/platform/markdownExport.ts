/**
 * One article's Markdown as the export settings ask (the front matter style chosen in the library's export
 * panel): the popup's 复制 Markdown / 下载 Markdown and the library's 下载 Markdown, the same as a zip export.
 */
import type { Article, Capture } from '../types';
import { articleToMarkdown, type MarkdownOptions } from '../export/markdown';
import { readExportSettings } from './exportSettings';

export async function articleMarkdown(
  article: Article | Capture,
  options: Omit<MarkdownOptions, 'frontMatterStyle'> = {},
): Promise<string> {
  const { frontMatterStyle } = await readExportSettings();
  return articleToMarkdown(article, { ...options, frontMatterStyle });
}
