import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { fixImages, fullSizeSource } from './images';

const BASE = 'http://lf.hebei.com.cn/system/2019/03/05/100011122.shtml';
const img = (html: string) => {
  const body = new JSDOM(`<body>${html}</body>`, { url: BASE }).window.document.body;
  return { body, el: body.querySelector('img')! };
};

describe('full-size pictures', () => {
  it.each([
    ['<img src="/p/a_01t.jpg" data-original="/p/a_01.jpg">', 'http://lf.hebei.com.cn/p/a_01.jpg'],
    ['<img src="/p/a_small.jpg" data-url="/p/a.jpg">', 'http://lf.hebei.com.cn/p/a.jpg'],
    [
      '<img src="https://x.hebccw.cn/p/a_thumb.jpg" data-src="https://x.hebccw.cn/p/a.jpg">',
      'https://x.hebccw.cn/p/a.jpg',
    ],
    ['<img src="/images/blank.gif" data-src="/p/b.jpg">', 'http://lf.hebei.com.cn/p/b.jpg'],
    ['<a href="/p/c_01.jpg"><img src="/p/c_01t.jpg"></a>', 'http://lf.hebei.com.cn/p/c_01.jpg'],
    ['<img src="/p/d.jpg" srcset="/p/d-320.jpg 320w, /p/d-1280.jpg 1280w">', 'http://lf.hebei.com.cn/p/d-1280.jpg'],
    // A lazy attribute that holds the thumbnail of src: src is the full-size one.
    ['<img src="/p/e_01.jpg" data-src="/p/e_01t.jpg">', 'http://lf.hebei.com.cn/p/e_01.jpg'],
  ])('%s', (html, want) => expect(fullSizeSource(img(html).el, BASE)).toBe(want));

  it('keeps a thumbnail or a placeholder only when nothing else exists', () => {
    expect(fullSizeSource(img('<img src="/p/f_01t.jpg">').el, BASE)).toBe('http://lf.hebei.com.cn/p/f_01t.jpg');
    expect(fullSizeSource(img('<img src="/images/loading.gif">').el, BASE)).toBe(
      'http://lf.hebei.com.cn/images/loading.gif',
    );
    expect(fullSizeSource(img('<a href="/list.shtml"><img src="/p/g.jpg"></a>').el, BASE)).toBe(
      'http://lf.hebei.com.cn/p/g.jpg',
    );
  });

  it('never takes data: or javascript: addresses, and drops an image without any other', () => {
    expect(fullSizeSource(img('<img src="data:image/gif;base64,R0l=" data-src="javascript:alert(1)">').el, BASE)).toBe(
      null,
    );
    const { body } = img(
      '<p><img src="data:image/gif;base64,R0l="></p>' +
        '<p><img src="/p/a_01t.jpg" data-original="/p/a_01.jpg" srcset="/p/x.jpg 2x"></p>',
    );
    fixImages(body, BASE);
    expect(Array.from(body.querySelectorAll('img')).map((i) => i.outerHTML)).toEqual([
      '<img src="http://lf.hebei.com.cn/p/a_01.jpg" data-original="/p/a_01.jpg">',
    ]);
  });
});
