import { capturePage } from '@/utils/pipeline/capture';
import type { ExtractorPayload } from '@/utils/platform/extract';

/**
 * Injected on request only (toolbar click, shortcut, context menu): it reads the page once and
 * returns the article; it leaves no listener and never changes the page.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): ExtractorPayload {
    const holder = globalThis as { __changchengReaderOptions?: { force?: boolean } };
    const options = holder.__changchengReaderOptions ?? {};
    delete holder.__changchengReaderOptions;
    try {
      return { result: capturePage(document, location.href, { force: !!options.force }) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error), url: location.href };
    }
  },
});
