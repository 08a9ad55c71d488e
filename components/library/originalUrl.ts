/**
 * The address 打开原文 opens: the canonical, else the page URL, only ever http(s) — as utils/urls.ts originalUrl,
 * without that module's Public Suffix List (140 kB the library's first screen would load for nothing).
 */
function httpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  try {
    const url = new URL(raw.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

export function originalUrl(article: { canonicalUrl?: unknown; url?: unknown }): string | null {
  return httpUrl(article.canonicalUrl) ?? httpUrl(article.url);
}
