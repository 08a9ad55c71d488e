import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { paragraphsOf } from '../text';
import { takeTrailingAuthors } from './readers';

const PROSE =
  '记者从廊坊经济技术开发区获悉，今年一季度，该区实现外贸进出口总额48.7亿元，同比增长23.6%，其中出口31.2亿元，同比增长27.4%。';
const body = (html: string) => new JSDOM(`<body><div id="c">${html}</div></body>`).window.document.getElementById('c')!;

describe('closing signature', () => {
  it('reads "（记者 周洋）" at the end of the last paragraph and cuts it on site pages', () => {
    const el = body(`<p>${PROSE}（记者 周洋）</p>`);
    expect(takeTrailingAuthors(el, [], true)).toEqual(['周洋']);
    expect(paragraphsOf(el)).toEqual([PROSE]);
  });
  it('leaves it in the text on the generic path, and never takes an agency', () => {
    const el = body(`<p>${PROSE}（常书香 马丹阳 ）</p>`);
    expect(takeTrailingAuthors(el, [])).toEqual(['常书香', '马丹阳']);
    expect(paragraphsOf(el)).toEqual([`${PROSE}（常书香 马丹阳 ）`]);
    expect(takeTrailingAuthors(body(`<p>${PROSE}（新华社）</p>`), [], true)).toEqual([]);
  });
});
