import { figuresOf } from '@/utils/figures';
import { ARTICLE_HOLDER, type ArticleHolder } from '@/utils/platform/articleHolder';
import type { Figure } from '@/utils/types';

/**
 * The second injection of a click: the key figures of the article extractor.js left in the page a moment ago
 * (null when there is none: the page navigated, or a minute passed; the caller then reads the page again).
 * A file of its own, so that the first injection, which the popup waits for, does not compile the figures engine.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT would also announce the script to the page by window.postMessage: the page need not know we are here.
  noScriptStartedPostMessage: true,
  main(): Figure[] | null {
    const holder = globalThis as ArticleHolder;
    const left = holder[ARTICLE_HOLDER];
    delete holder[ARTICLE_HOLDER];
    if (!left) return null;
    return figuresOf(left.article);
  },
});
