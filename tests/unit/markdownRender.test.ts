/**
 * Every Markdown export of every fixture page and of hostile pages, rendered by markdown-it with HTML allowed:
 * no element, attribute or comment the sanitised page did not have, the same visible text, every emphasis
 * rendered (not left as asterisks), and tables as GFM tables.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../utils/pipeline/capture';
import { decodeHtml } from '../../utils/article/decodeHtml';
import { articleBodyMarkdown, articleToMarkdown } from '../../utils/export/markdown';
import { markdownZip } from '../../utils/export/zip';
import { makeArticle, makeCapture, makeFigure } from '../../utils/testing/articleFactory';
import { type Article, isNotAnArticle } from '../../utils/types';
import { HOSTILE_PAGES, HOSTILE_URL } from './hostilePages';
import { checkBody, checkDocument, render } from './markdownRender';

const fixtures = path.resolve(__dirname, '../fixtures');

function capture(html: string, url: string): Article | null {
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const result = capturePage(doc, url);
  return isNotAnArticle(result) ? null : result;
}

function fixtureArticle(name: string): Article | null {
  const dir = path.join(fixtures, name);
  const meta = existsSync(path.join(dir, 'meta.json'))
    ? JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8'))
    : {};
  const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(dir, 'source.html'))));
  return capture(html, meta.url ?? `http://example.com/${name}.html`);
}

/** Every export the project writes for one article: plain, as a saved capture with a note, and inside a zip. */
function exportsOf(article: Article): Array<[string, string, Article]> {
  const saved = makeCapture({
    ...article,
    tags: ['<b>标签</b>'],
    note: '笔记 <img src=x onerror=alert(1)> &lt; **粗**',
  });
  const zip = unzipSync(markdownZip([article, saved], { mtime: new Date('2024-01-01T00:00:00Z') }));
  const [first, second] = Object.values(zip).map((bytes) => strFromU8(bytes));
  return [
    ['article', articleToMarkdown(article), article],
    ['capture', articleToMarkdown(saved), saved],
    ['zip 1', first, article],
    ['zip 2', second, saved],
  ];
}

function expectClean(article: Article) {
  for (const [kind, markdown, source] of exportsOf(article)) {
    expect(checkDocument(markdown, source), kind).toEqual([]);
  }
  const body = checkBody(article);
  expect(body.problems).toEqual([]);
  expect(body.renderedText).toBe(body.contentText);
  expect(body.strong[1], 'every <strong>/<b> renders bold').toBe(body.strong[0]);
  expect(body.em[1], 'every <em>/<i> renders as emphasis').toBe(body.em[0]);
}

const names = readdirSync(fixtures).filter(
  (n) => !n.startsWith('_') && existsSync(path.join(fixtures, n, 'source.html')),
);

describe('Markdown of every fixture renders as the page', () => {
  for (const name of names) {
    it(name, () => {
      const article = fixtureArticle(name);
      if (article) expectClean(article);
    });
  }
});

describe('Markdown of hostile pages renders as text', () => {
  for (const [name, html] of Object.entries(HOSTILE_PAGES)) {
    it(name, () => {
      const article = capture(html, HOSTILE_URL);
      expect(article).not.toBeNull();
      expectClean(article!);
    });
  }

  it('keeps the markup-looking text visible, one level of entities', () => {
    const article = capture(HOSTILE_PAGES['entities two levels deep'], HOSTILE_URL)!;
    const text = render(articleBodyMarkdown(article)).textContent ?? '';
    expect(text).toContain('&lt;script&gt; 与 &amp;lt; 与 &#60; 与 &copy; 与 R&D');
    const scripts = render(articleBodyMarkdown(capture(HOSTILE_PAGES['script and img in text'], HOSTILE_URL)!));
    expect(scripts.textContent).toContain('<script>alert(1)</script> 和 <img src=x onerror=alert(1)>');
  });

  it('hostile fields of a stored capture (title, caption, figure, tags) stay text', () => {
    const hostile = '<script>alert(1)</script> | `x` [[y]] $z$ <!-- c';
    const article = makeArticle({
      title: hostile,
      contentHtml: '<p><img src="http://x.cn/a.jpg"></p><p>正文</p>',
      text: '正文',
      images: [{ src: 'http://x.cn/a.jpg', caption: hostile }],
      figures: [makeFigure({ label: hostile, sentence: hostile })],
    });
    for (const [kind, markdown, source] of exportsOf(article))
      expect(checkDocument(markdown, source), kind).toEqual([]);
    const cells = Array.from(render(articleToMarkdown(article)).querySelectorAll('td')).map((td) => td.textContent);
    expect(cells).toEqual(['50亿元', hostile, '5000000000', 'CNY', hostile]);
  });
});

describe('emphasis and tables (issue 8, items 4 and 5)', () => {
  const body = (contentHtml: string) => articleBodyMarkdown(makeArticle({ contentHtml, images: [] }));

  it('bold next to Chinese punctuation renders bold', () => {
    const markdown = body('<p><strong>【记者手记】</strong>走进车间</p>');
    const strong = render(markdown).querySelector('strong');
    expect(strong?.textContent).toContain('记者手记');
    expect(render(markdown).textContent?.trim()).toBe('【记者手记】走进车间');
    expect(render(body('<p>走进<em>“车间”</em>了</p>')).querySelector('em')?.textContent).toContain('车间');
  });

  it('a table without <th> becomes a GFM table with its first row as header', () => {
    const markdown = body('<table><tr><td>项目</td><td>金额</td></tr><tr><td>一期</td><td>5亿元</td></tr></table>');
    expect(markdown).toBe('| 项目 | 金额 |\n| --- | --- |\n| 一期 | 5亿元 |');
    expect(markdown).not.toContain('<table');
    const uneven = body('<table><tr><td colspan="2">合计</td></tr><tr><td>一</td><td>二</td><td>三</td></tr></table>');
    expect(uneven).toBe('| 合计 |  |  |\n| --- | --- | --- |\n| 一 | 二 | 三 |');
  });

  it('a one-column layout table (picture and caption) is unwrapped, not a table', () => {
    const markdown = body(
      '<table><tr><td><img src="http://x.cn/a.jpg" alt="图"></td></tr><tr><td>图说</td></tr></table>',
    );
    expect(markdown).toBe('![图](http://x.cn/a.jpg)\n\n图说');
  });
});
