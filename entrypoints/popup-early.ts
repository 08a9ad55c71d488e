import { EARLY_READING, readTab } from './popup/readTab';

/**
 * A few kB the popup loads before its main script (a classic script in popup.html): the page is read while
 * the rest of the popup is still being parsed and started. main.tsx picks the reading up (usePageArticle).
 */
export default defineUnlistedScript(() => {
  performance.mark('cc:reading');
  (globalThis as Record<string, unknown>)[EARLY_READING] = readTab(location.search, false, null);
});
