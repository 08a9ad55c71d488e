import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from './article';
import { isNotAnArticle } from './types';
import {
  httpUrl,
  isHttpUrl,
  originalUrl,
  readCanonicalClaims,
  sameSite,
  settleCanonical,
  siteOf,
  trustedCanonical,
} from './urls';

describe('http(s) addresses only', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'file:///etc/passwd',
    'chrome://settings',
    'ftp://example.com/a',
    'blob:https://example.com/1',
    '//example.com/a',
    'not a url',
    '',
    null,
    42,
  ])('%s is refused', (raw) => {
    expect(httpUrl(raw)).toBeNull();
    expect(isHttpUrl(raw)).toBe(false);
  });

  it('keeps http(s) addresses and resolves relative ones against a base', () => {
    expect(httpUrl('https://lf.hebccw.cn/system/2026/01/15/101234567.shtml')).toBe(
      'https://lf.hebccw.cn/system/2026/01/15/101234567.shtml',
    );
    expect(httpUrl(' HTTP://LF.Hebei.com.cn/a ')).toBe('http://lf.hebei.com.cn/a');
    expect(httpUrl('/b.shtml', 'http://lf.hebei.com.cn/a/')).toBe('http://lf.hebei.com.cn/b.shtml');
  });
});

describe('the 打开原文 address', () => {
  it('is the canonical, else the page URL, never another scheme', () => {
    expect(originalUrl({ canonicalUrl: 'https://a.hebccw.cn/x', url: 'http://a.hebei.com.cn/x' })).toBe(
      'https://a.hebccw.cn/x',
    );
    expect(originalUrl({ canonicalUrl: 'javascript:alert(1)', url: 'http://a.hebei.com.cn/x' })).toBe(
      'http://a.hebei.com.cn/x',
    );
    expect(originalUrl({ canonicalUrl: 'data:text/html,x', url: 'vbscript:x' })).toBeNull();
  });
});

describe('same site', () => {
  it('is the registrable domain, private suffixes included, and the 长城网 family', () => {
    expect(siteOf('lf.hebei.com.cn')).toBe(siteOf('www.hebccw.cn'));
    expect(sameSite('http://lf.hebei.com.cn/a', 'https://economy.hebccw.cn/b')).toBe(true);
    expect(sameSite('https://m.example.com.cn/a', 'https://www.example.com.cn/a')).toBe(true);
    expect(sameSite('https://news.example.com/a', 'https://news.example.net/a')).toBe(false);
    expect(sameSite('https://a.github.io/x', 'https://b.github.io/x')).toBe(false);
    expect(sameSite('https://a.com.cn/x', 'https://b.com.cn/x')).toBe(false);
    expect(sameSite('http://lf.hebei.com.cn/a', 'http://hebei.com.cn.evil.com/a')).toBe(false);
    expect(sameSite('http://127.0.0.1/a', 'http://127.0.0.2/a')).toBe(false);
    expect(sameSite('http://lf.hebei.com.cn/a', 'javascript:alert(1)')).toBe(false);
  });
});

describe('trusted canonical', () => {
  const page = 'http://ts.hebei.com.cn/system/2024/06/12/101300999.shtml?utm_source=wx#top';
  const own = 'http://ts.hebei.com.cn/system/2024/06/12/101300999.shtml';

  it('follows a canonical or og:url on the same site (the 长城网 family is one site)', () => {
    expect(trustedCanonical(page, ['https://ts.hebccw.cn/system/2024/06/12/101300999.shtml'])).toBe(
      'https://ts.hebccw.cn/system/2024/06/12/101300999.shtml',
    );
    expect(trustedCanonical(page, [null, 'https://www.hebei.com.cn/system/2024/06/12/101300999.shtml'])).toBe(
      'https://www.hebei.com.cn/system/2024/06/12/101300999.shtml',
    );
    expect(trustedCanonical(page, ['/system/2024/06/12/101300999.shtml?utm_medium=x'])).toBe(own);
  });

  it('keeps the page URL for a claim on another site, another scheme, or the front page', () => {
    expect(trustedCanonical(page, ['https://news.example.com/2024/06/12/port.html'])).toBe(own);
    expect(trustedCanonical(page, ['javascript:alert(1)', 'data:text/html,x', 'https://evil.example.net/a'])).toBe(own);
    expect(trustedCanonical(page, ['https://ts.hebei.com.cn/'])).toBe(own);
    // A bad first claim does not block a good second one.
    expect(trustedCanonical(page, ['https://evil.example.net/a', 'https://ts.hebccw.cn/system/2024/a.shtml'])).toBe(
      'https://ts.hebccw.cn/system/2024/a.shtml',
    );
  });

  it('a saved file (no web address of its own) takes any http(s) claim, never another scheme', () => {
    expect(trustedCanonical('file:///tmp/page.html', ['https://news.example.com/a.html'])).toBe(
      'https://news.example.com/a.html',
    );
    expect(trustedCanonical('file:///tmp/page.html', ['javascript:alert(1)'])).toBe('file:///tmp/page.html');
  });
});

describe('a page can never take over another site’s article', () => {
  const paragraph =
    '<p>今年一季度，港口完成货物吞吐量2.03亿吨，同比增长8.7%，集装箱吞吐量61.2万标准箱，同比增长12.1%。</p>';
  const html = (head: string) =>
    `<html><head><title>港口新闻</title>${head}</head><body><article><h1>港口新闻</h1>` +
    `${paragraph.repeat(6)}</article></body></html>`;
  const extract = (url: string, head: string) => {
    const r = extractArticle(new JSDOM(html(head), { url }).window.document, url);
    if (isNotAnArticle(r)) throw new Error('expected an article');
    return r.canonicalUrl;
  };

  it('ignores a canonical or og:url naming another site', () => {
    const url = 'https://blog.example.org/2024/port.html';
    expect(extract(url, '<link rel="canonical" href="https://news.example.com/2024/port.html">')).toBe(url);
    expect(extract(url, '<meta property="og:url" content="https://news.example.com/2024/port.html">')).toBe(url);
    expect(
      extract('https://evil.github.io/port.html', '<link rel="canonical" href="https://news.github.io/p.html">'),
    ).toBe('https://evil.github.io/port.html');
  });

  it('follows one on the same site (mobile -> www)', () => {
    expect(
      extract(
        'https://m.example.org/2024/port.html',
        '<link rel="canonical" href="https://www.example.org/2024/port.html">',
      ),
    ).toBe('https://www.example.org/2024/port.html');
    expect(
      extract(
        'https://m.example.org/2024/port.html',
        '<meta property="og:url" content="https://www.example.org/2024/p.html">',
      ),
    ).toBe('https://www.example.org/2024/p.html');
  });
});

describe('the canonical settled outside the page (the injected extractor has no Public Suffix List)', () => {
  const page = (head: string) => `<html><head>${head}<title>港口</title></head><body><p>正文</p></body></html>`;
  const cases: Array<[string, string, string]> = [
    [
      'https://m.example.org/2024/port.html',
      '<link rel="canonical" href="https://www.example.org/2024/port.html">',
      'https://www.example.org/2024/port.html',
    ],
    [
      'https://blog.example.org/2024/port.html',
      '<meta property="og:url" content="https://news.example.com/p.html">',
      'https://blog.example.org/2024/port.html',
    ],
    [
      'http://heb.hebei.com.cn/system/2020/11/18/1.shtml',
      '<link rel="canonical" href="/system/2020/11/18/1.shtml">',
      'http://heb.hebei.com.cn/system/2020/11/18/1.shtml',
    ],
    [
      'http://heb.hebei.com.cn/a/1.shtml',
      '<link rel="canonical" href="https://heb.hebccw.cn/a/1.shtml">',
      'https://heb.hebccw.cn/a/1.shtml',
    ],
    [
      'https://evil.github.io/port.html',
      '<link rel="canonical" href="https://news.github.io/p.html">',
      'https://evil.github.io/port.html',
    ],
    [
      'https://a.example.org/x.html?utm_source=1#top',
      '<base href="https://www.example.org/d/"><link rel="canonical" ' + 'href="y.html">',
      'https://www.example.org/d/y.html',
    ],
  ];
  it.each(cases)('%s', (url, head, expected) => {
    const doc = new JSDOM(page(head), { url }).window.document;
    const claims = readCanonicalClaims(doc);
    // What the page's extractor may have guessed (its own address) is replaced by the trusted decision.
    const settled = settleCanonical({ url, canonicalUrl: url, title: '港口' }, claims);
    expect(settled.canonicalUrl).toBe(expected);
    expect(settled.title).toBe('港口');
    expect(trustedCanonical(url, [claims.canonical, claims.ogUrl], claims.base)).toBe(expected);
  });

  it('keeps the article as it is without claims', () => {
    const article = { url: 'https://a.example.org/x', canonicalUrl: 'https://a.example.org/x' };
    expect(settleCanonical(article, null)).toBe(article);
  });
});
