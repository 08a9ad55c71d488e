import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyFlattened, deeperBySelector, deeperThan, eachIn, tagSet, unshadowForms } from './dom';

const bodyOf = (html: string) =>
  new JSDOM(`<body><div id="r">${html}</div></body>`, { url: 'https://example.cn/' }).window.document.getElementById(
    'r',
  )!;

describe('eachIn: querySelectorAll as a lazy walk, forwards and from the end', () => {
  const pages = [
    '<p>a<span>b</span></p><div><p>c</p><font>d</font></div>text<b></b>',
    '<div><div><p>deep<span></span></p></div></div><p>last</p>tail text',
    '<table><tr><td>1</td><td><p>2</p></td></tr></table><span></span>',
    'only text',
    '',
  ];
  const tags = 'p,div,span,td,b,font';
  for (const [i, html] of pages.entries()) {
    it(`page ${i}`, () => {
      const root = bodyOf(html);
      const expected = Array.from(root.querySelectorAll(tags));
      expect([...eachIn(root, tagSet(tags))]).toEqual(expected);
      expect([...eachIn(root, tagSet(tags), true)]).toEqual(expected.reverse());
    });
  }
  it('stops walking when the loop stops (only what was asked for is visited)', () => {
    const root = bodyOf('<p>1</p>'.repeat(1000));
    const it = eachIn(root, 'p');
    expect(it.next().value?.textContent).toBe('1');
  });
});

describe('copyFlattened: a document copy in one loop, unwrapped past the depth limit', () => {
  const docOf = (html: string) => new JSDOM(html, { url: 'https://example.cn/' }).window.document;
  it('copies a shallow page exactly as cloneNode does (doctype, comments, attributes, text)', () => {
    const doc = docOf(
      '<!DOCTYPE html><!--c--><html lang="zh"><head><title>t</title></head><body a="1"><p>x<b>y</b></p>z</body></html>',
    );
    const copy = copyFlattened(doc);
    const clone = doc.cloneNode(true) as Document;
    expect(copy.doctype?.name).toBe('html');
    expect(copy.childNodes.length).toBe(clone.childNodes.length);
    expect(copy.documentElement.outerHTML).toBe(clone.documentElement.outerHTML);
    expect(copy.compatMode).toBe(doc.compatMode);
  });
  it('unwraps every element past the limit, text and images kept in order; the page itself untouched', () => {
    const depth = 6_000; // jsdom's recursive cloneNode overflows at ~5,000
    const doc = docOf('<body><p>a</p></body>');
    let at: Element = doc.body;
    for (let i = 0; i < depth; i++) at = at.appendChild(doc.createElement('div'));
    at.append('deep ', doc.createElement('img'), ' text');
    at.appendChild(doc.createElement('b')).append('bold');
    expect(() => doc.cloneNode(true)).toThrow(RangeError);
    doc.body.append('tail');
    expect(deeperThan(doc.documentElement, 10)).toBe(true);
    const copy = copyFlattened(doc, 10);
    expect(deeperThan(copy.documentElement, 11)).toBe(false); // the image, a leaf, below the 10th wrapper
    expect(copy.body.textContent).toBe('adeep  textboldtail');
    expect(copy.getElementsByTagName('img')).toHaveLength(1);
    expect(copy.getElementsByTagName('div')).toHaveLength(9);
    expect(doc.getElementsByTagName('div')).toHaveLength(depth);
  });
});

describe('form controls named after a property of their form', () => {
  // Chromium answers form.nextElementSibling with <input name="nextElementSibling">: Readability and capturePage
  // looped forever on such a page (measured). jsdom does not shadow, so the shadowing is made by hand here.
  const docOf = (html: string) => new JSDOM(html, { url: 'https://example.cn/' }).window.document;
  const page =
    '<body><form><input name="nextElementSibling"><input id="tagName"><input name="q"></form><p>x</p></body>';
  it('lose those names in the working copy (other names stay)', () => {
    const doc = docOf(page);
    unshadowForms(doc);
    expect(doc.querySelectorAll('[name],[id]')).toHaveLength(1);
    expect(doc.querySelector('[name]')?.getAttribute('name')).toBe('q');
  });
  it('deeperThan ends on a page whose form shadows nextElementSibling', () => {
    const doc = docOf(page);
    const form = doc.querySelector('form')!;
    Object.defineProperty(form, 'nextElementSibling', { get: () => form.firstElementChild });
    expect(deeperThan(doc.documentElement, 10)).toBe(false);
    expect(deeperThan(doc.documentElement, 2)).toBe(true);
  });

  it('deeperBySelector (what browsers run) answers as the walk does', () => {
    const doc = docOf('<div><p><b>一</b></p><section><div><i>二</i></div></section></div>');
    for (const max of [0, 1, 2, 3, 4, 5, 6, 8]) {
      expect(deeperBySelector(doc.documentElement, max)).toBe(deeperThan(doc.documentElement, max));
    }
    expect(deeperBySelector(doc.documentElement, 4)).toBe(true); // html > body > div > section > div > i
    expect(deeperBySelector(doc.documentElement, 5)).toBe(false);
  });
});
