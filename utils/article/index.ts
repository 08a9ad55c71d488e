/**
 * extractArticle: Document -> Article without its figures (or NotAnArticle), its body sanitised in place (the CLI,
 * the capture pipeline, the extractor the background injects). The stages are in read.ts; the script injected on a
 * toolbar click uses raw.ts instead, without the sanitiser, and the extension page sanitises (sanitizeRawArticle).
 */
import type { ExtractedArticle, NotAnArticle } from '../types';
import { type CaptureOptions, readArticle } from './read';
import { sanitizeArticleElement } from './sanitize';

export type { CaptureOptions } from './read';
export { sanitizeArticleHtml, sanitizeRawArticle } from './sanitize';
export { decodeHtml } from './decodeHtml';

export function extractArticle(
  doc: Document,
  url: string,
  options: CaptureOptions = {},
): ExtractedArticle | NotAnArticle {
  const read = readArticle(doc, url, options);
  if ('notAnArticle' in read) return read;
  read.article.contentHtml = sanitizeArticleElement(read.content, read.win);
  return read.article;
}
