import { extractRawArticle } from '@/utils/article/raw';
import { runExtractorInPage } from '@/utils/platform/extractorMain';
import type { ExtractorPayload } from '@/utils/platform/extractFirst';
import type { RawArticle } from '@/utils/types';

/**
 * Injected on request only (toolbar click, shortcut): it reads the page once and returns the article; it never
 * changes the page. Kept small, it is compiled and run cold on every click: no figures engine (the article is left
 * in the page for figures.js, the second injection, and dropped by it or after a minute), no Public Suffix List
 * (wxt.config.ts: `canonicalUrl` is provisional, the caller settles it from the returned `claims`, see utils/urls.ts
 * settleCanonical) and no sanitiser: the body comes back as `unsafeHtml`, which the popup sanitises
 * (sanitizeRawArticle) before anything shows, stores or exports it. extractor-full.js is the same with the
 * sanitiser, for the background. Options (`force`) are set by a tiny injection just before, when there are any.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce the script to the page by window.postMessage: the page need not know we are here.
  noScriptStartedPostMessage: true,
  main(): ExtractorPayload<RawArticle> {
    return runExtractorInPage(extractRawArticle);
  },
});
