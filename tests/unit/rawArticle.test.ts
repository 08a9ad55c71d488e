/**
 * The popup's read (extractRawArticle in the page, sanitizeRawArticle in the extension page) gives the Article the
 * in-page sanitiser gives, byte for byte, on every fixture page, on hostile pages and on trees no parser makes; and
 * the script injected on a click carries no sanitiser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PAGES, HOSTILE_URL } from './hostilePages';
import { isNotAnArticle } from '../../utils/types';
import { decodeHtml } from '../../utils/article/decodeHtml';
import { extractArticle } from '../../utils/article';
import { extractRawArticle } from '../../utils/article/raw';
import { buildTree, treeOf } from '../../utils/article/rawTree';
import { sanitizeArticleHtml, sanitizeRawArticle, warmUpSanitiser } from '../../utils/article/sanitize';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const ROOT = path.resolve(__dirname, '../..');

function page(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** Both reads of one page, as JSON (the CLI's output is JSON: byte-identical means the same string). */
function bothReads(html: string, url: string): [string, string] {
  const raw = extractRawArticle(page(html, url), url, { force: true });
  // Through a structured clone, as executeScript returns it.
  const shown = isNotAnArticle(raw) ? raw : sanitizeRawArticle(structuredClone(raw), page('', url).defaultView!);
  return [JSON.stringify(shown), JSON.stringify(extractArticle(page(html, url), url, { force: true }))];
}

describe('sanitizeRawArticle(extractRawArticle(page))', () => {
  const names = readdirSync(FIXTURES).filter((n) => existsSync(path.join(FIXTURES, n, 'source.html')));

  it.each(names)('is extractArticle on the fixture %s', (name) => {
    const meta = JSON.parse(readFileSync(path.join(FIXTURES, name, 'meta.json'), 'utf8')) as { url: string };
    const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(FIXTURES, name, 'source.html'))));
    const [shown, inPage] = bothReads(html, meta.url);
    expect(shown).toBe(inPage);
  });

  it.each(Object.entries(HOSTILE_PAGES))('is extractArticle on the hostile page %s', (_, html) => {
    const [shown, inPage] = bothReads(html, HOSTILE_URL);
    expect(shown).toBe(inPage);
    const body = page(`<body>${(JSON.parse(shown) as { contentHtml?: string }).contentHtml ?? ''}`, HOSTILE_URL).body;
    expect(body.querySelector('script, iframe, svg, style')).toBeNull();
    const attrs = Array.from(body.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes));
    expect(attrs.filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))).toEqual([]);
  });

  it('carries no sanitised HTML out of the page, only the body as data', () => {
    const url = 'http://news.example.com/a.html';
    const raw = extractRawArticle(
      page(`<h1>标题</h1><article>${'<p>正文很长的一段话。</p>'.repeat(20)}</article>`, url),
      url,
    );
    expect(isNotAnArticle(raw)).toBe(false);
    expect(raw).not.toHaveProperty('contentHtml');
    expect(raw).toHaveProperty('unsafeBody');
  });
});

describe('treeOf / buildTree', () => {
  it('keeps a tree no parser makes (a <p> inside a <p>), which HTML would not', () => {
    const doc = page('<div id="r"><p>一<b>二</b></p></div>', 'http://a.cn/');
    const outer = doc.querySelector('p')!;
    const inner = doc.createElement('p');
    inner.append('三', doc.createComment('注'));
    outer.append(inner, '四');
    const root = doc.getElementById('r')!;
    const rebuilt = buildTree(structuredClone(treeOf(root)), page('', 'http://a.cn/'));
    expect(rebuilt.querySelector('p > p')?.textContent).toBe('三');
    expect(rebuilt.innerHTML).toBe(root.innerHTML);
    // Serialised and parsed again, the inner <p> would close the outer one: another tree.
    const reparsed = doc.createElement('div');
    reparsed.innerHTML = root.innerHTML;
    expect(reparsed.querySelector('p > p')).toBeNull();
  });

  it('drops attribute names the DOM API refuses and event handlers, as the sanitiser would', () => {
    const doc = page('<div id="r"><p "a="1" onclick="x()">字</p><img src=x onerror=alert(1)></div>', 'http://a.cn/');
    const tree = treeOf(doc.getElementById('r')!);
    const built = buildTree(tree, page('', 'http://a.cn/'));
    // Event handlers are never set in the extension page, even for a moment (the sanitiser would drop them).
    expect(built.querySelector('p')?.hasAttribute('onclick')).toBe(false);
    expect(built.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    const safe = sanitizeArticleHtml(built.innerHTML, page('', 'http://a.cn/').defaultView!);
    expect(safe).toBe('<p>字</p><img src="x">');
  });

  it('copies and builds a body nested 1,500 deep (a loop, not recursion)', () => {
    let deep: ReturnType<typeof treeOf> = ['p', [], ['底']];
    for (let i = 0; i < 1500; i++) deep = ['div', [], [deep]];
    const built = buildTree(deep, page('', 'http://a.cn/'));
    expect(built.textContent).toBe('底');
    // As JSON: a deep-equality matcher recurses per level, JSON.stringify natively.
    expect(JSON.stringify(treeOf(built))).toBe(JSON.stringify(deep));
  });
});

describe('warmUpSanitiser', () => {
  it('sanitises a sample that can load nothing, through the in-place path', () => {
    const out = warmUpSanitiser(page('', 'http://a.cn/').defaultView!);
    expect(out).toContain('<strong>12.5%</strong>');
    expect(out).not.toMatch(/<(img|source|video|audio|iframe|link)\b|src=|srcset=|https?:|\/\/|class=/i);
  });
});

describe('the script injected on a click', () => {
  it('bundles no sanitiser (DOMPurify) and no Public Suffix List', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [path.join(ROOT, 'entrypoints/extractor.content.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      platform: 'browser',
      alias: { tldts: path.join(ROOT, 'utils/platform/noPublicSuffixList.ts'), '@': ROOT },
      define: { defineContentScript: 'Object' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.includes('utils/article/read.ts'))).toBe(true);
    expect(inputs.filter((f) => /dompurify|sanitize\.ts|tldts/.test(f))).toEqual([]);
  });
});
