import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeCapture, makeUniqueArticle } from '../testing/articleFactory';
import { articleToMarkdown } from './markdown';
import { markdownZip, uniqueFileNames } from './zip';

describe('uniqueFileNames', () => {
  it('appends -2, -3 on a clash, ignoring case', () => {
    expect(uniqueFileNames(['a.md', 'a.md', 'A.md', 'b.md', 'a-2.md'])).toEqual([
      'a.md',
      'a-2.md',
      'A-3.md',
      'b.md',
      'a-2-2.md',
    ]);
  });
});

describe('markdownZip', () => {
  it('holds one Markdown file per capture, names unique, content as exported alone', () => {
    const first = makeCapture();
    const second = makeCapture({ ...makeArticle(), id: 'other', canonicalUrl: 'http://lf.hebei.com.cn/other.shtml' });
    const third = makeCapture({ ...makeUniqueArticle({ title: '另一篇', publishedAt: '2020-01-02T09:00:00+08:00' }) });
    const entries = unzipSync(markdownZip([first, second, third]));
    expect(Object.keys(entries)).toEqual([
      '2019-05-24-大厂：打造北京城市副中心后花园.md',
      '2019-05-24-大厂：打造北京城市副中心后花园-2.md',
      '2020-01-02-另一篇.md',
    ]);
    expect(strFromU8(entries['2020-01-02-另一篇.md'])).toBe(articleToMarkdown(third));
  });

  it('an empty selection is a valid empty zip', () => {
    expect(Object.keys(unzipSync(markdownZip([])))).toEqual([]);
  });
});
