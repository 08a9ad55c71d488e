import { extractArticle } from '@/utils/article';
import { runExtractorInPage } from '@/utils/platform/extractorMain';
import type { ExtractorPayload } from '@/utils/platform/extractFirst';
import type { ExtractedArticle } from '@/utils/types';

/**
 * extractor.js with the sanitiser: the article with its body sanitised in the page (in a copy of it), for callers
 * that have no DOM to sanitise in (the background's service worker: the context menu's save) and the library's
 * 重新抓取 (utils/platform/extract.ts extractFromTab). Injected on request only; it never changes the page.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce the script to the page by window.postMessage: the page need not know we are here.
  noScriptStartedPostMessage: true,
  main(): ExtractorPayload<ExtractedArticle> {
    return runExtractorInPage(extractArticle);
  },
});
