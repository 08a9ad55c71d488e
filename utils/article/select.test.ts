import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { selectAll, selectByPriority } from './select';

const doc =
  new JSDOM(`<body><div class="g_width content"><h1 id="t">标题</h1><div class="text" id="text"><p>甲</p></div></div>
<div class="g_width"><h1>别的</h1></div><span class="source">来源</span><div class="share bar">分享</div></body>`)
    .window.document;

describe('selectAll: the simple selectors profiles use, same answers as querySelectorAll', () => {
  const sels = [
    '#t',
    'div.g_width.content h1',
    '.g_width h1',
    'h1',
    'div.text#text',
    '#text',
    '.text',
    'span.source',
    '.content .text p',
    '#missing',
    'div.missing',
    '[class*="share"]',
    'div > h1',
  ];
  for (const sel of sels) it(sel, () => expect(selectAll(doc, sel)).toEqual(Array.from(doc.querySelectorAll(sel))));
  it('under an element root', () => {
    const root = doc.querySelector('.content')!;
    for (const sel of ['h1', '#t', '.text', 'div p', '#text p'])
      expect(selectAll(root, sel)).toEqual(Array.from(root.querySelectorAll(sel)));
  });
  it('priority order, no repeats', () => {
    expect(selectByPriority(doc, ['.source', 'h1', '#t']).map((e) => e.textContent)).toEqual(['来源', '标题', '别的']);
  });
});
