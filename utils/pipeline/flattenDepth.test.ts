import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generateNestedPage, generatePage } from '../../bench/generatePage';
import { MAX_DEPTH, depthWarning, flattenDepth } from './flattenDepth';

/** The deepest element of the document jsdom builds from `html` (counted in a loop: no recursion). */
function domDepth(html: string): number {
  const doc = new JSDOM(html).window.document;
  let deepest = 0;
  const walk: [Element, number][] = [[doc.documentElement, 1]];
  while (walk.length) {
    const [el, d] = walk.pop() as [Element, number];
    deepest = Math.max(deepest, d);
    for (const child of Array.from(el.children)) walk.push([child, d + 1]);
  }
  return deepest;
}

const textOf = (html: string) => new JSDOM(html).window.document.body.textContent?.replace(/\s+/g, '') ?? '';

describe('flattenDepth', () => {
  it('leaves a real page as it is: the same string, no depth reported', () => {
    const page = generatePage(200_000);
    const out = flattenDepth(page);
    expect(out.depth).toBeNull();
    expect(out.html).toBe(page);
  });

  it('leaves a page nested exactly MAX_DEPTH deep as it is', () => {
    const page = `<div>${'<div>'.repeat(MAX_DEPTH - 4)}深${'</div>'.repeat(MAX_DEPTH - 4)}</div>`;
    expect(flattenDepth(page).html).toBe(page);
  });

  it('flattens a page nested 3,000 deep to at most MAX_DEPTH levels in jsdom, keeping all its text', () => {
    const page = generateNestedPage(3000);
    const out = flattenDepth(page);
    expect(out.depth).toBe(3003); // html, body and the paragraph around the divs
    expect(domDepth(out.html)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(textOf(out.html)).toBe(textOf(page.replace(/<\/?div>/g, ''))); // (jsdom takes seconds on the page itself)
  });

  it('keeps paragraphs apart with one line break each, however many wrappers lay between them', () => {
    const deep = '<div>'.repeat(MAX_DEPTH);
    const blocks = '<div><div><p>甲段</p></div></div><div><div><p>乙段</p></div></div>';
    const page = `<body>${deep}${blocks}${'</div>'.repeat(MAX_DEPTH)}`;
    const html = flattenDepth(page).html;
    expect(html).toContain('甲段<br>乙段');
    expect(html).not.toContain('<p>');
  });

  it('keeps the tags of scripts, styles and pictures deeper than the limit: their content never becomes text', () => {
    const inner = '<script>var a = "<div>不可见</div>";</script><style>p{}</style><img src="a.jpg"><p>可见</p>';
    const page = `<body>${'<span>'.repeat(MAX_DEPTH + 10)}${inner}${'</span>'.repeat(MAX_DEPTH + 10)}</body>`;
    const out = flattenDepth(page);
    expect(out.depth).not.toBeNull();
    const doc = new JSDOM(out.html).window.document;
    expect(doc.querySelector('script')?.textContent).toContain('不可见');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('a.jpg');
    for (const el of Array.from(doc.querySelectorAll('script, style'))) el.remove();
    expect(doc.body.textContent).toBe('可见');
  });

  it('is not fooled by stray closing tags (which the HTML parser ignores) between the opening ones', () => {
    const page = `<body>${'<div></span>'.repeat(2000)}文字${'</div>'.repeat(2000)}</body>`;
    const out = flattenDepth(page);
    expect(out.depth).toBeGreaterThan(2000);
    expect(domDepth(out.html)).toBeLessThanOrEqual(MAX_DEPTH + 1);
  });

  it('follows implied closes: 3,000 unclosed <p> and <li> are siblings, not a deep page', () => {
    const rows = '<tr><td>格'.repeat(3000);
    const page = `<body><ul>${'<li>项'.repeat(3000)}</ul>${'<p>段'.repeat(3000)}<table>${rows}</table>`;
    expect(flattenDepth(page)).toEqual({ html: page, depth: null });
  });

  it('takes time linear in the page: 100,000 levels flatten like a shallow page of the same size', () => {
    const page = generateNestedPage(100_000);
    const out = flattenDepth(page);
    expect(out.depth).toBe(100_003);
    expect(out.html.length).toBeLessThan(20_000);
    expect(textOf(out.html)).toBe(textOf(page.replace(/<\/?div>/g, '')));
  });

  it('says what it did in one line', () => {
    expect(depthWarning(100_003)).toBe(
      "the page's markup is nested 100,003 levels deep: what lies deeper than 512 levels was read flattened",
    );
  });
});
