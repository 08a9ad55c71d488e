// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml"}
/**
 * The popup's two-step read: the article from the extractor content script, then its figures from a second
 * injection (figures.js); the background's read takes both steps at once. The real content scripts run on the
 * sample page in jsdom, behind a fake `scripting.executeScript` that calls them the way the browser would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import extractor from '@/entrypoints/extractor.content';
import extractorFull from '@/entrypoints/extractor-full.content';
import figuresScript from '@/entrypoints/figures.content';
import { figuresOf } from '@/utils/pipeline/capture';
import { ARTICLE_HOLDER } from './articleHolder';
import { extractArticleFirst, extractFromTab } from './extract';

const PAGE = readFileSync(path.resolve(__dirname, '../../tests/fixtures/changcheng-dachang-2019-utf8/source.html'));
const TAB = 7;

type Injection = {
  target: { tabId: number };
  files?: string[];
  func?: (...args: unknown[]) => unknown;
  args?: unknown[];
};
const calls: string[] = [];
let pageGone = false;
/** The built extractor has no Public Suffix List: its canonical is a guess (here: the page's own address). */
let provisional = false;

beforeEach(() => {
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    PAGE.toString('utf8'),
    'text/html',
  ).documentElement.innerHTML;
  calls.length = 0;
  pageGone = false;
  provisional = false;
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: location.href } as never);
  // What the browser does: run a function or the content script file in the page's isolated world.
  (fakeBrowser as unknown as { scripting: unknown }).scripting = {
    executeScript: vi.fn(async (injection: Injection) => {
      // The page navigates once, between the article and the figures call: what was left there is gone.
      if (pageGone) {
        delete (globalThis as Record<string, unknown>)[ARTICLE_HOLDER];
        pageGone = false;
      }
      if (injection.files?.[0] === '/content-scripts/figures.js') {
        calls.push('figures');
        return [{ result: figuresScript.main({} as never) }];
      }
      if (injection.files?.[0] === '/content-scripts/extractor-full.js') {
        calls.push('full');
        const payload = extractorFull.main({} as never);
        if (provisional && 'result' in payload) payload.result.canonicalUrl = location.href;
        return [{ result: payload }];
      }
      if (injection.files) {
        calls.push('file');
        const payload = extractor.main({} as never);
        if (provisional && 'result' in payload) payload.result.canonicalUrl = location.href;
        return [{ result: payload }];
      }
      calls.push('func');
      return [{ result: injection.func!(...(injection.args ?? [])) }];
    }),
  };
});

afterEach(() => vi.restoreAllMocks());

describe('extractArticleFirst', () => {
  it('gives the article without figures, then the figures from the page', async () => {
    const outcome = await extractArticleFirst(TAB);
    if (outcome.kind !== 'result' || 'notAnArticle' in outcome.result) throw new Error(outcome.kind);
    expect(outcome.result.title).toContain('大厂');
    expect('figures' in outcome.result).toBe(false);
    // The popup's read carries the body as data, not as HTML to be taken as safe: the popup sanitises it.
    expect('contentHtml' in outcome.result).toBe(false);
    expect(outcome.result.unsafeBody[2].length).toBeGreaterThan(0);
    expect(calls).toEqual(['file']);
    const figures = await outcome.figures();
    expect(calls).toEqual(['file', 'figures']);
    expect(figures.map((f) => f.text)).toContain('300亿元');
    // figures.js writes figuresOf out (to leave the article stage out of its bundle): the same figures.
    expect(figures).toEqual(figuresOf(outcome.result));
  });

  it('reads the whole page again when the page lost the article before the figures call', async () => {
    const outcome = await extractArticleFirst(TAB);
    if (outcome.kind !== 'result') throw new Error(outcome.kind);
    pageGone = true;
    const figures = await outcome.figures();
    expect(calls).toEqual(['file', 'figures', 'file', 'figures']);
    expect(figures.map((f) => f.text)).toContain('300亿元');
  });

  it('says a browser page is restricted', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB, url: 'chrome://settings' } as never);
    expect((await extractArticleFirst(TAB)).kind).toBe('restricted');
  });
});

describe('the canonical address, decided outside the page', () => {
  const CANONICAL = 'https://lf.hebccw.cn/system/2019/05/24/100000000.shtml';
  beforeEach(() => {
    for (const old of document.head.querySelectorAll('link[rel=canonical], meta[property="og:url"]')) old.remove();
    document.head.insertAdjacentHTML('beforeend', `<link rel="canonical" href="${CANONICAL}">`);
    provisional = true;
  });

  it('comes back from the page as its claims', async () => {
    const outcome = await extractArticleFirst(TAB);
    if (outcome.kind !== 'result' || 'notAnArticle' in outcome.result) throw new Error(outcome.kind);
    expect(outcome.claims).toEqual({ canonical: CANONICAL, ogUrl: null, base: location.href });
    expect(outcome.result.canonicalUrl).toBe(location.href);
  });

  it('keys the whole article by the trusted canonical (the 长城网 family), whatever the page guessed', async () => {
    const outcome = await extractFromTab(TAB);
    if (outcome.kind !== 'result' || 'notAnArticle' in outcome.result) throw new Error(outcome.kind);
    expect(outcome.result.canonicalUrl).toBe(CANONICAL);
    expect(outcome.result.url).toBe(location.href);
    expect(outcome.result.figures.length).toBeGreaterThan(0);
  });
});

describe('extractFromTab', () => {
  it('passes force to the content script', async () => {
    const items = '<li><a href="/a.shtml">新闻标题</a></li>'.repeat(40);
    const list = `<html><head><title>列表</title></head><body>${items}</body></html>`;
    document.documentElement.innerHTML = new DOMParser().parseFromString(list, 'text/html').documentElement.innerHTML;
    const plain = await extractFromTab(TAB);
    expect(plain.kind === 'result' && 'notAnArticle' in plain.result).toBe(true);
    calls.length = 0;
    const forced = await extractFromTab(TAB, { force: true });
    expect(calls.slice(0, 2)).toEqual(['func', 'full']);
    expect(forced.kind === 'result' && !('notAnArticle' in forced.result)).toBe(true);
  });

  it('gives the whole article with its figures and leaves nothing behind in the page', async () => {
    const outcome = await extractFromTab(TAB);
    // The extractor that sanitises in the page: a service worker has no DOM to sanitise in.
    expect(calls).toEqual(['full', 'figures']);
    if (outcome.kind !== 'result' || 'notAnArticle' in outcome.result) throw new Error(outcome.kind);
    expect(outcome.result.contentHtml).toContain('<p>');
    expect('unsafeBody' in outcome.result).toBe(false);
    expect(outcome.result.figures.map((f) => f.text)).toContain('300亿元');
    expect((globalThis as Record<string, unknown>)[ARTICLE_HOLDER]).toBeUndefined();
    expect((globalThis as { __changchengReaderOptions?: unknown }).__changchengReaderOptions).toBeUndefined();
  });
});
