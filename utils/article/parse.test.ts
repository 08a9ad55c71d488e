import { describe, expect, it } from 'vitest';
import { dateFromUrl, toBeijingIso } from './dates';
import { looksLikeNames, splitAuthors } from './names';
import {
  canonicalize,
  editorOf,
  parseBreadcrumb,
  parseInfoLine,
  sourceName,
  splitKeywords,
  stripTitleSuffix,
  trimPara,
} from './parse';

describe('parseInfoLine', () => {
  it('reads the 2016-2020 post_source line', () => {
    expect(parseInfoLine('来源: 长城网 作者:白万军 黄蕾 祝雪娟 2019-05-24 11:34:00')).toEqual({
      source: '长城网',
      authors: ['白万军', '黄蕾', '祝雪娟'],
      publishedAt: '2019-05-24T11:34:00+08:00',
      editor: null,
    });
  });
  it('reads full-width colons, Chinese dates and editors', () => {
    const r = parseInfoLine('发布时间：2018年1月2日 10:20　来源：河北日报　作者：李明、王芳　责任编辑：张三');
    expect(r).toEqual({
      source: '河北日报',
      authors: ['李明', '王芳'],
      publishedAt: '2018-01-02T10:20:00+08:00',
      editor: '张三',
    });
  });
});

describe('parseInfoLine: 长城网 info line variants', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof parseInfoLine>>]> = [
    [
      'reporters and correspondents, time without seconds',
      '来源：河北日报 作者：记者 张文静 通讯员 李国强 2021-04-08 09:15',
      { source: '河北日报', authors: ['张文静', '李国强'], publishedAt: '2021-04-08T09:15:00+08:00' },
    ],
    [
      'source with a hyphen, authors joined by 、 and ，',
      '来源: 长城网-河北新闻网\u3000作者：刘洋、陈静，赵磊\u30002019-11-12 17:03:45',
      { source: '长城网-河北新闻网', authors: ['刘洋', '陈静', '赵磊'], publishedAt: '2019-11-12T17:03:45+08:00' },
    ],
    ['spaced hyphen in the source', '来源：长城网 - 河北新闻网 2019-11-12', { source: '长城网-河北新闻网' }],
    [
      'no author at all',
      '来源：长城网\u00a0\u00a0\u00a0\u00a02020-11-03 16:42:10',
      { source: '长城网', authors: [], publishedAt: '2020-11-03T16:42:10+08:00' },
    ],
    [
      'several spaces between names',
      '来源: 长城网 作者:王涛   刘敏 2019-09-10 07:45:00',
      { authors: ['王涛', '刘敏'] },
    ],
    [
      'bracketed fields, photographer apart',
      '【来源：衡水日报】【作者：记者 郭丽萍 摄影：邓山】【2015-11-06 15:10:00】',
      { source: '衡水日报', authors: ['郭丽萍'], publishedAt: '2015-11-06T15:10:00+08:00' },
    ],
    [
      '时间 first, 来源 with brackets, 本网记者 and 实习生',
      '时间：2023-06-18 10:20\u00a0\u00a0来源：长城网（河北新闻网）\u00a0作者：本网记者 刘洋 实习生 赵晨',
      { source: '长城网（河北新闻网）', authors: ['刘洋', '赵晨'], publishedAt: '2023-06-18T10:20:00+08:00' },
    ],
    [
      'pipes and 发布时间 last',
      '来源：河北经济日报 | 作者：刘畅 | 发布时间：2024-09-12 11:08',
      { source: '河北经济日报', authors: ['刘畅'], publishedAt: '2024-09-12T11:08:00+08:00' },
    ],
    ['审核 before 责任编辑 is no editor', '审核：刘强\u3000责任编辑：马超', { editor: '马超' }],
    [
      'label glued to the next one',
      '来源：保定日报作者：孙建华 2017年06月15日 10:08',
      { source: '保定日报', authors: ['孙建华'], publishedAt: '2017-06-15T10:08:00+08:00' },
    ],
  ];
  for (const [what, line, want] of cases) it(what, () => expect(parseInfoLine(line)).toMatchObject(want));
  it('sourceName trims trailing separators', () => {
    expect(sourceName('河北日报 |')).toBe('河北日报');
    expect(sourceName('长城网 — 河北频道')).toBe('长城网—河北频道');
    expect(sourceName('')).toBeNull();
  });
});

describe('splitAuthors', () => {
  it('joins two-character names padded to three ("张  颖")', () => {
    expect(splitAuthors('张\u00a0\u00a0颖')).toEqual(['张颖']);
    expect(splitAuthors('张  颖 李  明、王小二')).toEqual(['张颖', '李明', '王小二']);
  });
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
    expect(parseBreadcrumb('您当前的位置:您当前的位置 : 长城网 >> 廊坊频道 >> 廊坊新闻 >> 本网原创')).toEqual([
      '长城网',
      '廊坊频道',
      '廊坊新闻',
      '本网原创',
    ]);
  });
  it('handles 当前的位置: and › / >', () => {
    expect(parseBreadcrumb('当前的位置:长城网 › 石家庄频道 › 石家庄新闻')).toEqual([
      '长城网',
      '石家庄频道',
      '石家庄新闻',
    ]);
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
    expect(dateFromUrl('http://www.hebei.com.cn/sy0320/xwzq/201010/t20101021_2359699.shtml')).toBe(
      '2010-10-21T00:00:00+08:00',
    );
    expect(dateFromUrl('http://lf.hebei.com.cn/lfxw/index.shtml')).toBeNull();
  });
});

describe('canonicalize / titles / keywords', () => {
  it('drops tracking params and the hash', () => {
    expect(canonicalize('http://a.cn/x.shtml?spm=1&utm_source=wx&id=3&from=timeline#top')).toBe(
      'http://a.cn/x.shtml?id=3',
    );
  });
  it('strips site suffixes from <title>', () => {
    expect(stripTitleSuffix('【观潮“5·18”】大厂:打造北京城市副中心后花园_廊坊频道_长城网', ['长城网'])).toBe(
      '【观潮“5·18”】大厂:打造北京城市副中心后花园',
    );
    expect(stripTitleSuffix('石家庄地铁2号线一期工程开通运营-长城网', ['长城网'])).toBe(
      '石家庄地铁2号线一期工程开通运营',
    );
  });
  it('splits keywords', () => {
    expect(splitKeywords('关键词:大厂,北京城市副中心、廊坊 通州，雄安')).toEqual([
      '大厂',
      '北京城市副中心',
      '廊坊',
      '通州',
      '雄安',
    ]);
  });
  it('trims ideographic spaces and nbsp per paragraph', () => {
    expect(trimPara('\u3000\u3000\u00a0正文\u3000')).toBe('正文');
  });
});

describe('editorOf', () => {
  const cases: Array<[string, string | null]> = [
    ['责任编辑：马丽', '马丽'],
    ['【责任编辑：李明】', '李明'],
    ['审核：刘强\u3000责任编辑：马超', '马超'],
    ['责任编辑：马超 终审：刘强', '马超'],
    ['编辑：王芳\u3000校对：张伟', '王芳'],
    ['值班编辑：赵敏 责任编辑：孙悦', '孙悦'],
    ['责任编辑:张\u00a0\u00a0颖', '张颖'],
    ['马丽', '马丽'],
    ['审核：刘强', null],
    ['', null],
  ];
  for (const [line, want] of cases) it(line || '(empty)', () => expect(editorOf(line)).toBe(want));
});
