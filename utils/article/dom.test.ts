import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { eachIn, tagSet } from './dom';

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
