/**
 * The popup shows an article keyed by the page's own canonical decision, made without the Public Suffix List,
 * unless canonicalNeedsList says a claim names another host. Here tldts is what the built extractor has (nothing):
 * whenever the list is not needed, that decision equals the trusted one (issue 9 §4).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { readCanonicalClaims, trustedCanonical } from '../urls';
import { canonicalNeedsList } from './extractFirst';

vi.mock('tldts', () => ({ getDomain: () => null }));

const page = (head: string) => `<html><head>${head}<title>港口</title></head><body><p>正文</p></body></html>`;
const LF = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
// [page URL, head, the trusted canonical (full list), needs the list]
const CASES: Array<[string, string, string, boolean]> = [
  [LF, '', LF, false],
  [LF, `<link rel="canonical" href="${LF}?utm_source=x#top">`, LF, false],
  [
    LF,
    '<link rel="canonical" href="/system/2019/05/24/1.shtml">',
    'http://lf.hebei.com.cn/system/2019/05/24/1.shtml',
    false,
  ],
  [LF, `<meta property="og:url" content="${LF.replace('http:', 'https:')}">`, LF.replace('http:', 'https:'), false],
  [LF, '<link rel="canonical" href="https://lf.hebccw.cn/a/1.shtml">', 'https://lf.hebccw.cn/a/1.shtml', true],
  [
    'https://m.example.org/p.html',
    '<link rel="canonical" href="https://www.example.org/p.html">',
    'https://www.example.org/p.html',
    true,
  ],
  [
    'https://blog.example.org/p.html',
    '<meta property="og:url" content="https://news.example.com/p.html">',
    'https://blog.example.org/p.html',
    true,
  ],
  [LF, '<link rel="canonical" href="/"><meta property="og:url" content="https://evil.example.com/p.html">', LF, true],
];

describe('canonicalNeedsList', () => {
  it.each(CASES)('%s %s', (url, head, trusted, needs) => {
    const claims = readCanonicalClaims(new JSDOM(page(head), { url }).window.document);
    expect(canonicalNeedsList(url, claims)).toBe(needs);
    // Without the list (as in the page): right whenever the list is not needed.
    if (!needs) expect(trustedCanonical(url, [claims.canonical, claims.ogUrl], claims.base)).toBe(trusted);
  });

  it('needs nothing when the page said nothing', () => {
    expect(canonicalNeedsList(LF, null)).toBe(false);
  });

  it('without the list, a claim on another host of the same site is not trusted (so the popup must wait)', () => {
    const claims = { canonical: 'https://www.example.org/p.html', ogUrl: null, base: 'https://m.example.org/p.html' };
    expect(trustedCanonical('https://m.example.org/p.html', [claims.canonical], claims.base)).toBe(
      'https://m.example.org/p.html',
    );
  });
});
