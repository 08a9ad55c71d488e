import type { ExtractedArticle, RawArticle } from '../types';

/**
 * Where extractor.js (or extractor-full.js) leaves the article it read in the page's isolated world (this
 * extension's only), for figures.js, the second injection of a click. Its own tiny module: the content scripts
 * import it.
 */
export const ARTICLE_HOLDER = '__changchengReaderArticle';
export type ArticleHolder = { [ARTICLE_HOLDER]?: { article: RawArticle | ExtractedArticle; at: number } };
