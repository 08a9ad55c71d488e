import { isNotAnArticle } from '../types';
import { settleCanonical } from '../urls';
import { extractArticleFirst, type ExtractOutcome } from './extractFirst';

export * from './extractFirst';

/**
 * Runs the extractor content script in a tab and returns its result: the article with its figures, keyed by the
 * trusted canonical address (decided here from the page's claims, with the Public Suffix List the page lacks).
 * The script is injected only now, on the user's request: nothing runs on pages never clipped.
 */
export async function extractFromTab(tabId: number, options: { force?: boolean } = {}): Promise<ExtractOutcome> {
  // The extractor that sanitises in the page: a service worker has no DOM to sanitise in.
  const outcome = await extractArticleFirst(tabId, { force: options.force, sanitised: true });
  if (outcome.kind !== 'result') return outcome;
  const { figures, claims, ...rest } = outcome;
  if (isNotAnArticle(rest.result)) return rest as ExtractOutcome;
  const article = settleCanonical(rest.result, claims);
  return { ...rest, result: { ...article, figures: await figures() } };
}
