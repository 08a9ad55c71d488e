import { describe, expect, it } from 'vitest';
import { makeArticle } from '../testing/articleFactory';
import { citationAuthors, gbt7714Citation } from './citation';

const CITED = new Date(2024, 5, 1, 10, 0);

describe('gbt7714Citation', () => {
  it('gives 作者. 题名[N/OL]. 长城网, 发布日期[引用日期]. URL.', () => {
    const article = makeArticle({
      authors: ['白万军'],
      title: '大厂：打造北京城市副中心后花园',
      publishedAt: '2019-05-24T11:34:00+08:00',
      canonicalUrl: 'http://lf.hebei.com.cn/system/2019/05/24/019653371.shtml',
    });
    expect(gbt7714Citation(article, CITED)).toBe(
      '白万军. 大厂：打造北京城市副中心后花园[N/OL]. 长城网, 2019-05-24[2024-06-01]. ' +
        'http://lf.hebei.com.cn/system/2019/05/24/019653371.shtml.',
    );
  });

  it('leaves the author part out when there is no author (顺序编码制)', () => {
    const article = makeArticle({ authors: [], title: '标题', publishedAt: '2020-01-02T08:00:00+08:00' });
    expect(gbt7714Citation(article, '2024-06-01')).toBe(
      `标题[N/OL]. 长城网, 2020-01-02[2024-06-01]. ${article.canonicalUrl}.`,
    );
  });

  it('uses the date as the page wrote it, not shifted to UTC', () => {
    const article = makeArticle({ publishedAt: '2019-05-24T23:30:00+08:00' });
    expect(gbt7714Citation(article, CITED)).toContain('长城网, 2019-05-24[2024-06-01]');
  });

  it('without a publication date goes straight to the citation date', () => {
    const article = makeArticle({ authors: [], title: 'T', publishedAt: null });
    expect(gbt7714Citation(article, CITED)).toBe(`T[N/OL]. 长城网[2024-06-01]. ${article.canonicalUrl}.`);
  });

  it('names a generic site by its name, else its host', () => {
    const base = { site: 'generic' as const, authors: [], title: 'T', publishedAt: null };
    expect(gbt7714Citation(makeArticle({ ...base, siteName: '人民网', canonicalUrl: 'https://p.cn/a' }), CITED)).toBe(
      'T[N/OL]. 人民网[2024-06-01]. https://p.cn/a.',
    );
    expect(gbt7714Citation(makeArticle({ ...base, siteName: null, canonicalUrl: 'https://p.cn/a' }), CITED)).toBe(
      'T[N/OL]. p.cn[2024-06-01]. https://p.cn/a.',
    );
  });

  it('drops a full stop at the end of the title and collapses whitespace', () => {
    const article = makeArticle({ authors: [], title: ' 一个\n标题。 ', publishedAt: null });
    expect(gbt7714Citation(article, CITED).startsWith('一个 标题[N/OL]. ')).toBe(true);
  });
});

describe('citationAuthors', () => {
  it('lists up to three authors separated by ", "', () => {
    expect(citationAuthors(['张三'])).toBe('张三');
    expect(citationAuthors(['张三', '李四', '王五'])).toBe('张三, 李四, 王五');
  });

  it('gives the first three and 等 for more than three', () => {
    expect(citationAuthors(['张三', '李四', '王五', '赵六'])).toBe('张三, 李四, 王五, 等');
  });

  it('cites the person, not the role word, and drops duplicates and blanks', () => {
    expect(citationAuthors(['记者 张三', '通讯员：李四', '  ', '张三'])).toBe('张三, 李四');
    expect(citationAuthors(['见习记者王五'])).toBe('王五');
    expect(citationAuthors(['文/图：赵六', '文静', '图雅'])).toBe('赵六, 文静, 图雅');
    expect(citationAuthors(undefined)).toBe('');
  });
});
