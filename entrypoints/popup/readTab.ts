import { type ArticleFirstOutcome, extractArticleFirst } from '@/utils/platform/extractFirst';
import { resolveTargetTabId } from '@/utils/platform/tabs';

/** The target tab and what the extractor found there (null outcome: no tab to read). */
export interface TabReading {
  tabId: number | null;
  outcome: ArticleFirstOutcome | null;
}

/** Where popup-early.js leaves the first reading for the popup's main script. */
export const EARLY_READING = '__changchengReaderEarlyReading';

export async function readTab(search: string, force: boolean, knownTabId: number | null): Promise<TabReading> {
  const tabId = knownTabId ?? (await resolveTargetTabId(search).catch(() => null));
  if (tabId == null) return { tabId, outcome: null };
  return { tabId, outcome: await extractArticleFirst(tabId, { force }) };
}
