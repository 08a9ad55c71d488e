import { browser } from 'wxt/browser';
import type { CaptureResult } from '../types';

/** What running the extractor in a tab can give back. */
export type ExtractOutcome =
  | { kind: 'result'; result: CaptureResult; tabUrl: string | null }
  | { kind: 'restricted'; tabUrl: string | null; message: string }
  | { kind: 'error'; tabUrl: string | null; message: string };

/** Pages no extension may script: browser pages, stores, the PDF viewer ... */
const BROWSER_SCHEMES = [
  ...['chrome', 'edge', 'about', 'moz-extension', 'chrome-extension', 'view-source', 'devtools'],
  ...['brave', 'opera', 'vivaldi', 'file'],
].join('|');
// The extension stores: chrome.google.com/webstore, chromewebstore.google.com, addons.mozilla.org, Edge add-ons.
const STORES = [
  'chrome\\.google\\.com\\/webstore',
  'chromewebstore\\.google\\.com',
  'addons\\.mozilla\\.org',
  'microsoftedge\\.microsoft\\.com\\/addons',
].join('|');
const RESTRICTED_URL = new RegExp(`^(${BROWSER_SCHEMES}):|^https?:\\/\\/(${STORES})`, 'i');

export function isRestrictedUrl(url: string | null | undefined): boolean {
  return !!url && RESTRICTED_URL.test(url);
}

/** Errors that mean "this page can't be scripted", as opposed to "the extractor failed". */
const RESTRICTED_ERROR =
  /cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|no tab with id|permission/i;

/**
 * Runs the extractor content script in a tab and returns its result.
 * The script is injected only now, on the user's request: nothing runs on pages never clipped.
 */
export async function extractFromTab(tabId: number, options: { force?: boolean } = {}): Promise<ExtractOutcome> {
  let tabUrl: string | null = null;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    /* no tabs permission: the URL stays unknown unless the host is granted */
  }
  if (isRestrictedUrl(tabUrl)) {
    return { kind: 'restricted', tabUrl, message: tabUrl ?? '' };
  }
  try {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (force: boolean) => {
        (globalThis as { __changchengReaderOptions?: unknown }).__changchengReaderOptions = { force };
      },
      args: [!!options.force],
    });
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/content-scripts/extractor.js'],
    });
    const payload = injection?.result as ExtractorPayload | undefined;
    if (!payload) return { kind: 'error', tabUrl, message: 'The page returned nothing.' };
    if ('error' in payload) return { kind: 'error', tabUrl: payload.url ?? tabUrl, message: payload.error };
    return { kind: 'result', result: payload.result, tabUrl: payload.result.url ?? tabUrl };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (RESTRICTED_ERROR.test(message)) return { kind: 'restricted', tabUrl, message };
    return { kind: 'error', tabUrl, message };
  }
}

/** What the extractor content script returns (structured-clone safe). */
export type ExtractorPayload = { result: CaptureResult } | { error: string; url?: string };
