import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { fullWidthInElement, fullWidthPunctuation } from './punctuation';

describe('fullWidthPunctuation', () => {
  it.each([
    ['【观潮“5·18”】大厂:打造北京城市副中心后花园', '【观潮“5·18”】大厂：打造北京城市副中心后花园'],
    ['步入2019年,随着北京市级行政中心正式迁入,北京城市', '步入2019年，随着北京市级行政中心正式迁入，北京城市'],
    ['培训3.6万人次,1000余人次;还有吗?有!', '培训3.6万人次，1000余人次；还有吗？有！'],
    ['同比增长3.6%,比上年', '同比增长3.6%，比上年'],
    ['(记者 张三)', '（记者 张三）'],
  ])('%s', (input, expected) => expect(fullWidthPunctuation(input)).toBe(expected));

  it('leaves times, numbers and Latin text alone', () => {
    for (const text of ['2019年5月24日 11:34', '1,000元', 'Hello, world: ok?', 'a(b)c', 'URL: http://x.cn/a?b=1'])
      expect(fullWidthPunctuation(text)).toBe(text);
  });

  it('changes the DOM copy only', () => {
    const dom = new JSDOM('<div><p>一页,在<b>与之</b>隔潮:白河</p></div>');
    const div = dom.window.document.querySelector('div')!;
    fullWidthInElement(div);
    expect(div.textContent).toBe('一页，在与之隔潮：白河');
  });
});
