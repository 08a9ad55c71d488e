/**
 * The capture pipeline, the one function every caller runs (content script, CLI, bench, eval):
 * Document -> Article (utils/article: body, metadata, sanitised HTML) -> key figures (utils/figures) -> capture.
 * The two stages are exported too, so a view can show the article first and add the figures when they are ready.
 */
import { type CaptureOptions, extractArticle } from '../article';
import { figuresOf } from '../figures';
import type { Article, CaptureResult, ExtractedArticle } from '../types';
import { isNotAnArticle } from '../types';

export type { CaptureOptions } from '../article';
export { extractArticle } from '../article';
export { figuresOf } from '../figures';

/** The extracted article with its figures: the Article of the contract (figures last, as it always was). */
export function withFigures(article: ExtractedArticle): Article {
  return { ...article, figures: figuresOf(article) };
}

/**
 * Document -> Article with its figures, or NotAnArticle. Never mutates `doc` (the article stage works on a copy)
 * unless `options.ownsDocument` hands it over.
 */
export function capturePage(doc: Document, url: string, options: CaptureOptions = {}): CaptureResult {
  const article = extractArticle(doc, url, options);
  return isNotAnArticle(article) ? article : withFigures(article);
}
