import { browser } from 'wxt/browser';

/** The tab the popup acts on: `?tabId=N` when given (tests, the library), else the active tab. */
export async function resolveTargetTabId(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

interface TabContext {
  tabId: number;
  windowId: number;
  documentUrl?: string;
}
type GetContexts = (filter: { contextTypes: string[] }) => Promise<TabContext[]>;

/**
 * A library tab already open in this profile, or null. The browser lists the extension's own pages through
 * runtime.getContexts (Chromium 116+, recent Firefox; no "tabs" permission needed); where it is missing, none is.
 */
async function openLibraryTab(library: string): Promise<TabContext | null> {
  const getContexts = (browser.runtime as unknown as { getContexts?: GetContexts }).getContexts;
  if (typeof getContexts !== 'function') return null;
  try {
    const contexts = await getContexts.call(browser.runtime, { contextTypes: ['TAB'] });
    return contexts.find((context) => context.tabId >= 0 && context.documentUrl?.split('#')[0] === library) ?? null;
  } catch {
    return null;
  }
}

/**
 * Shows the library (at the capture, when one is named): the open library tab is brought forward — its hash
 * changed, so the page opens the capture without loading again — else a new tab opens.
 */
export async function openLibrary(captureId?: string): Promise<void> {
  const library = browser.runtime.getURL('/library.html');
  const url = library + (captureId ? `#/capture/${encodeURIComponent(captureId)}` : '');
  const open = await openLibraryTab(library);
  if (open) {
    try {
      await browser.tabs.update(open.tabId, captureId ? { active: true, url } : { active: true });
      await browser.windows.update(open.windowId, { focused: true });
      return;
    } catch {
      // The tab closed in between: open a new one.
    }
  }
  await browser.tabs.create({ url });
}
