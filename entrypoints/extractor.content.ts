import { capturePage, extractArticle, figuresOf } from '@/utils/pipeline/capture';
import type { ExtractorOptions, ExtractorPayload } from '@/utils/platform/extract';
import { isNotAnArticle, type ExtractedArticle, type Figure } from '@/utils/types';
import { readCanonicalClaims } from '@/utils/urls';

/** Where a staged run leaves its article for the figures call (this extension's isolated world only). */
type Holder = {
  __changchengReaderOptions?: ExtractorOptions;
  __changchengReaderFigures?: () => Figure[];
};

/**
 * Injected on request only (toolbar click, shortcut, context menu): it reads the page once and
 * returns the article; it never changes the page. The article comes back at once, without figures; they are
 * computed by a second, tiny injection that calls `__changchengReaderFigures` (left for that call only, and
 * dropped by it or after a minute). Options (`force`, `stage: 'all'` for both in one go) are set just before.
 * Built without the Public Suffix List (wxt.config.ts): `canonicalUrl` is provisional, the caller settles it from
 * the returned `claims` (utils/urls.ts settleCanonical).
 */
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractorPayload {
    const holder = globalThis as Holder;
    const options = holder.__changchengReaderOptions ?? {};
    delete holder.__changchengReaderOptions;
    delete holder.__changchengReaderFigures;
    try {
      // The page's own address claims, for the extension to decide the canonical (no Public Suffix List here).
      const claims = readCanonicalClaims(document);
      if (options.stage === 'all') {
        return { result: capturePage(document, location.href, { force: !!options.force }), claims };
      }
      const article = extractArticle(document, location.href, { force: !!options.force });
      if (!isNotAnArticle(article)) leaveFigures(holder, article);
      return { result: article, figuresPending: !isNotAnArticle(article), claims };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), url: location.href };
    }
  },
});

function leaveFigures(holder: Holder, article: ExtractedArticle): void {
  const figures = () => {
    clearTimeout(timer);
    if (holder.__changchengReaderFigures === figures) delete holder.__changchengReaderFigures;
    return figuresOf(article);
  };
  const timer = setTimeout(() => {
    if (holder.__changchengReaderFigures === figures) delete holder.__changchengReaderFigures;
  }, 60_000);
  holder.__changchengReaderFigures = figures;
}
