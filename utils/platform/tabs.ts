import { browser } from 'wxt/browser';

/** The tab the popup acts on: `?tabId=N` when given (tests, the library), else the active tab. */
export async function resolveTargetTabId(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function openLibrary(captureId?: string): Promise<void> {
  const url = browser.runtime.getURL('/library.html') + (captureId ? `#/capture/${encodeURIComponent(captureId)}` : '');
  await browser.tabs.create({ url });
}
