/**
 * Stands in for tldts in the injected extractor only (wxt.config.ts aliases it there): the Public Suffix List was
 * 135 kB of the 305 kB a page had to compile on every toolbar click. Without it the extractor's `canonicalUrl` is
 * provisional (a claim is believed on the page's own host only); the extension decides the trusted canonical from
 * the claims the extractor returns, with the full list (`settleCanonical` in utils/urls.ts).
 */
export function getDomain(_host: string, _options?: unknown): string | null {
  return null;
}
