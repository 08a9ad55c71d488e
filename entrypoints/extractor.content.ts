import { extractArticle } from '@/utils/article';
import { ARTICLE_HOLDER, type ArticleHolder } from '@/utils/platform/articleHolder';
import type { ExtractorOptions, ExtractorPayload } from '@/utils/platform/extractFirst';
import { isNotAnArticle, type ExtractedArticle } from '@/utils/types';
import { readCanonicalClaims } from '@/utils/urls';

/** Where the options injection leaves its options (this extension's isolated world only). */
type Holder = ArticleHolder & { __changchengReaderOptions?: ExtractorOptions };

/**
 * Injected on request only (toolbar click, shortcut, context menu): it reads the page once and returns the
 * article; it never changes the page. Kept small, it is compiled on every click: no figures engine (the article is
 * left in the page for figures.js, the second injection, and dropped by it or after a minute) and no Public Suffix
 * List (wxt.config.ts: `canonicalUrl` is provisional, the caller settles it from the returned `claims`, see
 * utils/urls.ts settleCanonical). Options (`force`) are set by a tiny injection just before, when there are any.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce the script to the page by window.postMessage: the page need not know we are here.
  noScriptStartedPostMessage: true,
  main(): ExtractorPayload {
    const holder = globalThis as Holder;
    const options = holder.__changchengReaderOptions ?? {};
    delete holder.__changchengReaderOptions;
    delete holder[ARTICLE_HOLDER];
    try {
      // The page's own address claims, for the extension to decide the canonical (no Public Suffix List here).
      const claims = readCanonicalClaims(document);
      const article = extractArticle(document, location.href, { force: !!options.force });
      if (!isNotAnArticle(article)) leaveArticle(holder, article);
      return { result: article, figuresPending: !isNotAnArticle(article), claims };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), url: location.href };
    }
  },
});

function leaveArticle(holder: Holder, article: ExtractedArticle): void {
  const left = { article, at: Date.now() };
  holder[ARTICLE_HOLDER] = left;
  setTimeout(() => {
    if (holder[ARTICLE_HOLDER] === left) delete holder[ARTICLE_HOLDER];
  }, 60_000);
}
