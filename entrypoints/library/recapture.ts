import { browser } from 'wxt/browser';
import type { Article, Capture } from '@/utils/types';
import { isNotAnArticle } from '@/utils/types';
import { extractFromTab } from '@/utils/platform/extract';

const LOAD_TIMEOUT_MS = 30_000;

function waitForLoad(tabId: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(listener);
      reject(new Error('timeout'));
    }, LOAD_TIMEOUT_MS);
    const listener = (id: number, info: { status?: string }) => {
      if (id !== tabId || info.status !== 'complete') return;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
  });
}

/**
 * Loads the capture's page in a background tab, runs the same extractor as the popup, closes the tab.
 * The article keeps the capture's canonical URL, so saving it updates this record (tags, note and
 * figure edits are kept by the store) even when the live page now names another canonical address.
 */
export async function recaptureFromLive(capture: Capture): Promise<{ article: Article } | { error: string }> {
  let tabId: number | undefined;
  try {
    const tab = await browser.tabs.create({ url: capture.url || capture.canonicalUrl, active: false });
    tabId = tab.id;
    if (tabId === undefined) return { error: 'no tab' };
    if (tab.status !== 'complete') await waitForLoad(tabId);
    const outcome = await extractFromTab(tabId, { force: true });
    if (outcome.kind !== 'result') return { error: outcome.message };
    if (isNotAnArticle(outcome.result)) return { error: outcome.result.message };
    return { article: { ...outcome.result, canonicalUrl: capture.canonicalUrl } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    if (tabId !== undefined) await browser.tabs.remove(tabId).catch(() => undefined);
  }
}
