import type { ExtractedArticle, NotAnArticle, RawArticle } from '../types';
import { isNotAnArticle } from '../types';
import { readCanonicalClaims } from '../urls';
import { ARTICLE_HOLDER, type ArticleHolder } from './articleHolder';
import type { ExtractorOptions, ExtractorPayload } from './extractFirst';

/** Where the options injection leaves its options (this extension's isolated world only). */
type Holder = ArticleHolder & { __changchengReaderOptions?: ExtractorOptions };

type Read<T> = (doc: Document, url: string, options: { force?: boolean }) => T | NotAnArticle;

/**
 * What both injected extractors do in the page (extractor.js, raw, for the popup; extractor-full.js, sanitised, for
 * callers without a DOM of their own): read the page once, leave the article for figures.js, return it with the
 * page's address claims. They never change the page.
 */
export function runExtractorInPage<T extends RawArticle | ExtractedArticle>(read: Read<T>): ExtractorPayload<T> {
  const holder = globalThis as Holder;
  const options = holder.__changchengReaderOptions ?? {};
  delete holder.__changchengReaderOptions;
  delete holder[ARTICLE_HOLDER];
  try {
    // The page's own address claims, for the extension to decide the canonical (no Public Suffix List here).
    const claims = readCanonicalClaims(document);
    const article = read(document, location.href, { force: !!options.force });
    if (!isNotAnArticle(article)) leaveArticle(holder, article);
    return { result: article, figuresPending: !isNotAnArticle(article), claims };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), url: location.href };
  }
}

function leaveArticle(holder: Holder, article: RawArticle | ExtractedArticle): void {
  const left = { article, at: Date.now() };
  holder[ARTICLE_HOLDER] = left;
  setTimeout(() => {
    if (holder[ARTICLE_HOLDER] === left) delete holder[ARTICLE_HOLDER];
  }, 60_000);
}
