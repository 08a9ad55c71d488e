import { browser } from 'wxt/browser';
import type { CaptureResult, ExtractedArticle, Figure, NotAnArticle, RawArticle } from '../types';
import type { CanonicalClaims } from '../urls';
import { isNotAnArticle } from '../types';

/**
 * Running the extractor in a tab, light enough for the popup's early script (no Public Suffix List here: that is
 * utils/platform/extract.ts, which settles the canonical address; the popup settles it from a lazy chunk).
 */

/** What running the extractor in a tab can give back. */
export type ExtractOutcome =
  | { kind: 'result'; result: CaptureResult; tabUrl: string | null }
  | { kind: 'restricted'; tabUrl: string | null; message: string }
  | { kind: 'error'; tabUrl: string | null; message: string };

/**
 * The article first; `figures()` asks the page for its key figures afterwards (what the popup shows). The popup's
 * read (extractor.js) gives a RawArticle, to be sanitised in the extension page (sanitizeRawArticle).
 */
export type ArticleFirstOutcome<T extends RawArticle | ExtractedArticle = RawArticle> =
  | {
      kind: 'result';
      /** `canonicalUrl` is provisional (no Public Suffix List in the page): settle it from `claims`. */
      result: T | NotAnArticle;
      tabUrl: string | null;
      /** What the page claims as its address (canonical, og:url, base), read in the page; null if it said nothing. */
      claims: CanonicalClaims | null;
      figures: () => Promise<Figure[]>;
    }
  | Exclude<ExtractOutcome, { kind: 'result' }>;

/** Options the extractor content script reads (set by a tiny injection just before it). */
export interface ExtractorOptions {
  force?: boolean;
}

/** What an extractor content script returns (structured-clone safe): the article, its figures left for later. */
export type ExtractorPayload<T extends RawArticle | ExtractedArticle = RawArticle> =
  | { result: T | NotAnArticle; figuresPending: boolean; claims?: CanonicalClaims }
  | { error: string; url?: string };

/**
 * Whether the page's own (provisional) canonical decision needs the Public Suffix List to be checked: only when one
 * of its claims names another host. A claim on the page's own host is decided the same with or without the list
 * (same host, same site), so the popup shows such an article without waiting for the list.
 */
export function canonicalNeedsList(pageUrl: string, claims: CanonicalClaims | null): boolean {
  if (!claims) return false;
  const host = (raw: string) => {
    try {
      return new URL(raw, claims.base || pageUrl).hostname;
    } catch {
      return null;
    }
  };
  const own = host(pageUrl);
  return [claims.canonical, claims.ogUrl].some((claim) => !!claim?.trim() && host(claim.trim()) !== own);
}

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

/** The injected extractors: the popup's, without a sanitiser (RawArticle), and the one with it (ExtractedArticle). */
export const EXTRACTOR_RAW = '/content-scripts/extractor.js';
export const EXTRACTOR_SANITISED = '/content-scripts/extractor-full.js';
type ExtractorFile = typeof EXTRACTOR_RAW | typeof EXTRACTOR_SANITISED;

/**
 * The article as soon as it is read, its figures on a second call (`figures()`): a toolbar click shows the
 * text without waiting for the figures engine. When the page lost the article in between (it navigated),
 * `figures()` runs the whole extraction again and takes the figures from there. The popup's read is raw
 * (`sanitised` false: its body is sanitised by the caller, in the extension page); `sanitised: true` injects the
 * extractor that sanitises in the page, for callers without a DOM (the background's service worker).
 */
export function extractArticleFirst(tabId: number, options?: { force?: boolean }): Promise<ArticleFirstOutcome>;
export function extractArticleFirst(
  tabId: number,
  options: { force?: boolean; sanitised: true },
): Promise<ArticleFirstOutcome<ExtractedArticle>>;
export async function extractArticleFirst(
  tabId: number,
  options: { force?: boolean; sanitised?: boolean } = {},
): Promise<ArticleFirstOutcome<RawArticle | ExtractedArticle>> {
  const file = options.sanitised ? EXTRACTOR_SANITISED : EXTRACTOR_RAW;
  const outcome = await runExtractor(tabId, { force: !!options.force }, file);
  if (outcome.kind !== 'result') return outcome;
  const figures = async (): Promise<Figure[]> => {
    if (isNotAnArticle(outcome.result)) return [];
    const found = await injectFigures(tabId);
    if (found) return found;
    // The page lost the article (it navigated, or a minute passed): read it again, then its figures.
    const again = await runExtractor(tabId, { force: !!options.force }, file);
    return again.kind === 'result' && !isNotAnArticle(again.result) ? ((await injectFigures(tabId)) ?? []) : [];
  };
  return { ...outcome, figures };
}

/** The second injection: figures.js computes the figures of the article extractor.js left in the page. */
async function injectFigures(tabId: number): Promise<Figure[] | null> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/figures.js'],
  });
  const figures = injection?.result as Figure[] | null | undefined;
  return Array.isArray(figures) ? figures : null;
}

async function runExtractor(tabId: number, options: ExtractorOptions, file: ExtractorFile): Promise<RawOutcome> {
  // The tab's address and the injection go out together: one round trip less on every click.
  const tabUrlAsked = browser.tabs.get(tabId).then(
    (tab) => tab.url ?? null,
    () => null, // no tabs permission: the URL stays unknown unless the host is granted
  );
  const injected = inject(tabId, options, file);
  const tabUrl = await tabUrlAsked;
  if (isRestrictedUrl(tabUrl)) {
    injected.catch(() => {});
    return { kind: 'restricted', tabUrl, message: tabUrl ?? '' };
  }
  try {
    const payload = await injected;
    if (!payload) return { kind: 'error', tabUrl, message: 'The page returned nothing.' };
    if ('error' in payload) return { kind: 'error', tabUrl: payload.url ?? tabUrl, message: payload.error };
    const claims = payload.claims ?? null;
    return { kind: 'result', result: payload.result, tabUrl: payload.result.url ?? tabUrl, claims };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (RESTRICTED_ERROR.test(message)) return { kind: 'restricted', tabUrl, message };
    return { kind: 'error', tabUrl, message };
  }
}

/** The article as the page read it (without figures), or why there is none. */
type RawOutcome =
  | {
      kind: 'result';
      result: RawArticle | ExtractedArticle | NotAnArticle;
      tabUrl: string | null;
      claims: CanonicalClaims | null;
    }
  | Exclude<ExtractOutcome, { kind: 'result' }>;

async function inject(
  tabId: number,
  options: ExtractorOptions,
  file: ExtractorFile,
): Promise<ExtractorPayload<RawArticle | ExtractedArticle> | undefined> {
  // Options go in by a tiny injection first, only when there are any: a plain read is one round trip.
  if (options.force) {
    await browser.scripting.executeScript({
      target: { tabId },
      func: (given: ExtractorOptions) => {
        (globalThis as { __changchengReaderOptions?: ExtractorOptions }).__changchengReaderOptions = given;
      },
      args: [options],
    });
  }
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: [file],
  });
  return injection?.result as ExtractorPayload<RawArticle | ExtractedArticle> | undefined;
}
