import { describe, expect, it } from 'vitest';
import { canonicalize, dateFromUrl, looksLikeNames, parseBreadcrumb, parseInfoLine, splitAuthors, splitKeywords, stripTitleSuffix, toBeijingIso, trimPara } from './parse';

describe('parseInfoLine', () => {
  it('reads the 2016-2020 post_source line', () => {
    expect(parseInfoLine('来源: 长城网 作者:白万军 黄蕾 祝雪娟 2019-05-24 11:34:00')).toEqual({
      source: '长城网', authors: ['白万军', '黄蕾', '祝雪娟'], publishedAt: '2019-05-24T11:34:00+08:00', editor: null,
    });
  });
  it('reads full-width colons, Chinese dates and editors', () => {
    const r = parseInfoLine('发布时间：2018年1月2日 10:20　来源：河北日报　作者：李明、王芳　责任编辑：张三');
    expect(r).toEqual({ source: '河北日报', authors: ['李明', '王芳'], publishedAt: '2018-01-02T10:20:00+08:00', editor: '张三' });
  });
});

describe('splitAuthors', () => {
  it('splits on spaces, 、 ， , and drops labels', () => {
    expect(splitAuthors('作者:白万军 黄蕾、祝雪娟，李四,王五')).toEqual(['白万军', '黄蕾', '祝雪娟', '李四', '王五']);
    expect(splitAuthors('记者 张倩')).toEqual(['张倩']);
    expect(splitAuthors('总台记者 张倩')).toEqual(['张倩']);
    expect(splitAuthors('')).toEqual([]);
  });
  it('tells names from sites and menus', () => {
    expect(looksLikeNames(['周明', '郭小雨'])).toBe(true);
    expect(looksLikeNames(['云南日报报业集团'])).toBe(false);
  });
});

describe('parseBreadcrumb', () => {
  it('strips the repeated prefix and splits on >>', () => {
    expect(parseBreadcrumb('您当前的位置:您当前的位置 : 长城网 >> 廊坊频道 >> 廊坊新闻 >> 本网原创')).toEqual(['长城网', '廊坊频道', '廊坊新闻', '本网原创']);
  });
  it('handles 当前的位置: and › / >', () => {
    expect(parseBreadcrumb('当前的位置:长城网 › 石家庄频道 › 石家庄新闻')).toEqual(['长城网', '石家庄频道', '石家庄新闻']);
    expect(parseBreadcrumb('长城网 > 雄安频道 > 正文')).toEqual(['长城网', '雄安频道']);
  });
});

describe('toBeijingIso / dateFromUrl', () => {
  it('takes zoneless times as Beijing time', () => {
    expect(toBeijingIso('2019-05-24 11:34:00')).toBe('2019-05-24T11:34:00+08:00');
    expect(toBeijingIso('2026年04月10日 16:05')).toBe('2026-04-10T16:05:00+08:00');
    expect(toBeijingIso('2010/10/21')).toBe('2010-10-21T00:00:00+08:00');
  });
  it('converts zoned times to +08:00', () => {
    expect(toBeijingIso('2024-04-12T02:30:00Z')).toBe('2024-04-12T10:30:00+08:00');
    expect(toBeijingIso('2024-04-12T10:30:00+08:00')).toBe('2024-04-12T10:30:00+08:00');
  });
  it('rejects non-dates', () => {
    expect(toBeijingIso('刘涛')).toBeNull();
    expect(toBeijingIso('2019-13-40')).toBeNull();
  });
  it('falls back to the date in the URL path (midnight Beijing time)', () => {
    expect(dateFromUrl('http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml')).toBe('2019-05-24T00:00:00+08:00');
    expect(dateFromUrl('http://www.hebei.com.cn/sy0320/xwzq/201010/t20101021_2359699.shtml')).toBe('2010-10-21T00:00:00+08:00');
    expect(dateFromUrl('http://lf.hebei.com.cn/lfxw/index.shtml')).toBeNull();
  });
});

describe('canonicalize / titles / keywords', () => {
  it('drops tracking params and the hash', () => {
    expect(canonicalize('http://a.cn/x.shtml?spm=1&utm_source=wx&id=3&from=timeline#top')).toBe('http://a.cn/x.shtml?id=3');
  });
  it('strips site suffixes from <title>', () => {
    expect(stripTitleSuffix('【观潮“5·18”】大厂:打造北京城市副中心后花园_廊坊频道_长城网', ['长城网'])).toBe('【观潮“5·18”】大厂:打造北京城市副中心后花园');
    expect(stripTitleSuffix('石家庄地铁2号线一期工程开通运营-长城网', ['长城网'])).toBe('石家庄地铁2号线一期工程开通运营');
  });
  it('splits keywords', () => {
    expect(splitKeywords('关键词:大厂,北京城市副中心、廊坊 通州，雄安')).toEqual(['大厂', '北京城市副中心', '廊坊', '通州', '雄安']);
  });
  it('trims ideographic spaces and nbsp per paragraph', () => {
    expect(trimPara('\u3000\u3000\u00a0正文\u3000')).toBe('正文');
  });
});
