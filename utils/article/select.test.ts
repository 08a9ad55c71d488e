import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { firstOfList, selectAll, selectByPriority } from './select';

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

describe('firstOfList: querySelector of a class/id list as one walk, the same answer', () => {
  const list = '.breadcrumb,.crumb,.position,#location,.path';
  const pages = [
    '<div class="a"><span class="x Position">甲</span><p id="location">乙</p><i class="position">丙</i></div>',
    '<div class="a\tcrumb">甲</div><p class="breadcrumb">乙</p>',
    '<svg class="path"><g class="crumb"></g></svg><p class="position">乙</p>',
    '<p id="LOCATION">甲</p><p class="pathway">乙</p>',
    '<p>none</p>',
  ];
  // The quirks-mode answers, by hand: page 0 "x Position" and page 3 id "LOCATION" match there.
  const quirksAnswer = ['span', 'div', 'svg', '#LOCATION', null];
  for (const [i, body] of pages.entries()) {
    for (const doctype of ['<!DOCTYPE html>', '']) {
      it(`page ${i} ${doctype ? 'standards' : 'quirks'} mode`, () => {
        const d = new JSDOM(`${doctype}<html><body>${body}</body></html>`).window.document;
        expect(d.compatMode).toBe(doctype ? 'CSS1Compat' : 'BackCompat');
        // Quirks mode: classes and ids match ASCII case-insensitively (Selectors 4; Chromium does, jsdom not).
        const quirks = quirksAnswer[i];
        const expected = doctype ? d.querySelector(list) : quirks ? d.querySelector(quirks) : null;
        expect(expected).not.toBe(undefined);
        expect(firstOfList(d, list)).toBe(expected);
      });
    }
  }
  it('a selector beyond bare classes and ids falls back to querySelector', () => {
    const d = new JSDOM('<p class="a">1</p><div class="a">2</div>').window.document;
    expect(firstOfList(d, 'div.a,.b')?.textContent).toBe('2');
  });
});

describe('ids and classes are read from attributes: page markup cannot shadow them', () => {
  // In browsers a <form> holding <input name="id"> answers form.id with that input (jsdom does not do this, so
  // the shadowing is made by hand here); firstOfList threw "toLowerCase is not a function" on such a CWCED page.
  const page = new JSDOM(
    '<body><form class="crumbs" id="f"><input name="id"><input name="className"><input name="classList"></form></body>',
  ).window.document;
  const form = page.querySelector('form')!;
  for (const name of ['id', 'className', 'classList'])
    Object.defineProperty(form, name, { value: form.querySelector(`[name=${name}]`) });
  it('firstOfList', () => {
    expect(firstOfList(page, '.crumbs,.bread')).toBe(form);
    expect(firstOfList(page, '#f,.bread')).toBe(form);
  });
  it('selectAll', () => {
    expect(selectAll(page, 'form.crumbs')).toEqual([form]);
    expect(selectAll(page, 'form#f')).toEqual([form]);
  });
});
