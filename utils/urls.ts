/**
 * Addresses that can be trusted (issue 9 §4). A page names its own address in <link rel=canonical> or og:url; that
 * claim is believed only when it points to the same site as the page: the same host, the same registrable domain
 * (Public Suffix List, private suffixes included: a.github.io and b.github.io are two sites), or both within the
 * 长城网 family (hebei.com.cn, hebccw.cn). Otherwise the page's own URL is the key, so a page on one host can never
 * overwrite or impersonate a saved article of another. Only http(s) addresses are ever stored, imported or opened.
 * Pure: used by the article stage, the store and import (helper "library"), the views and the background's badge.
 */
import { getDomain } from 'tldts';
import { canonicalize } from './article/parse';

/** Registrable domains that are one site: 长城网 serves the same articles from hebei.com.cn and hebccw.cn. */
const SITE_FAMILIES: ReadonlyArray<ReadonlySet<string>> = [new Set(['hebei.com.cn', 'hebccw.cn'])];

/** The address as an absolute http(s) URL string (resolved against `base`), or null for any other scheme or junk. */
export function httpUrl(raw: unknown, base?: string): string | null {
  if (typeof raw !== 'string' || !raw.trim()) return null;
  try {
    const u = new URL(raw.trim(), base);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null;
  } catch {
    return null;
  }
}

export function isHttpUrl(raw: unknown): boolean {
  return httpUrl(raw) !== null;
}

/** The address to open as the original (打开原文): the canonical, else the page URL, only ever http(s). */
export function originalUrl(article: { canonicalUrl?: unknown; url?: unknown }): string | null {
  return httpUrl(article.canonicalUrl) ?? httpUrl(article.url);
}

/** The site a host belongs to: its registrable domain (or family), or the host itself (IP addresses, localhost). */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  const domain = getDomain(h, { allowPrivateDomains: true }) ?? h;
  const family = SITE_FAMILIES.findIndex((f) => f.has(domain));
  return family >= 0 ? `family:${family}` : domain;
}

/** Two http(s) addresses on the same site (see siteOf). */
export function sameSite(a: string, b: string): boolean {
  const ua = httpUrl(a);
  const ub = httpUrl(b);
  if (!ua || !ub) return false;
  return siteOf(new URL(ua).hostname) === siteOf(new URL(ub).hostname);
}

/**
 * The key a page is stored under: the first trusted claim among `claims` (canonical first, then og:url), else the
 * page's own URL, canonicalised (fragment and tracking parameters dropped). A claim is trusted when it is http(s),
 * names a path (not the site's front page) and is on the same site as the page; a page that has no web address of
 * its own (a saved file read by the CLI) takes any http(s) claim.
 */
export function trustedCanonical(pageUrl: string, claims: Array<string | null | undefined>, base = pageUrl): string {
  const own = httpUrl(pageUrl);
  for (const claim of claims) {
    const url = httpUrl(claim, base);
    if (!url || new URL(url).pathname.length <= 1) continue;
    if (!own || sameSite(own, url)) return canonicalize(url);
  }
  return canonicalize(pageUrl);
}

/**
 * An article read in a page, keyed by its trusted canonical address decided here (issue 10, speed of a click): the
 * injected extractor has no Public Suffix List (wxt.config.ts stubs tldts there, 135 kB less to compile on every
 * click), so its `canonicalUrl` is provisional; the extension decides again from the claims the page returned,
 * with the same function the article stage uses. Without claims (an older extractor) the article is kept as is.
 */
export function settleCanonical<T extends { url: string; canonicalUrl: string }>(
  article: T,
  claims: CanonicalClaims | null | undefined,
): T {
  if (!claims) return article;
  const canonicalUrl = trustedCanonical(article.url, [claims.canonical, claims.ogUrl], claims.base || article.url);
  return canonicalUrl === article.canonicalUrl ? article : { ...article, canonicalUrl };
}

/** What a page claims as its address: <link rel=canonical> href, og:url, and the base its relative URLs use. */
export interface CanonicalClaims {
  canonical: string | null;
  ogUrl: string | null;
  base: string;
}

/**
 * The page's claims read the way the article stage reads them (first link whose rel has "canonical", first og:url
 * meta). Self-contained, no reference outside its body: the background injects it into a tab to key the ✓ badge.
 */
export function readCanonicalClaims(doc: Document = document): CanonicalClaims {
  const link = Array.from(doc.getElementsByTagName('link')).find(
    (l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? '') && l.hasAttribute('href'),
  );
  const og = Array.from(doc.getElementsByTagName('meta')).find((m) => {
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '';
    return key.trim().toLowerCase() === 'og:url' && !!m.getAttribute('content')?.trim();
  });
  return {
    canonical: link?.getAttribute('href') ?? null,
    ogUrl: og?.getAttribute('content')?.trim() ?? null,
    base: doc.baseURI,
  };
}
