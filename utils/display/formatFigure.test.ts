import { describe, expect, it } from 'vitest';
import type { Figure } from '../types';
import { applyFigureEdits } from './figureEdits';
import { formatNumber } from './figureValue';
import {
  figureCitation,
  formatChineseMagnitude,
  formatFigureValue,
  formatIsoDate,
  formatPublishedAt,
} from './formatFigure';

function fig(partial: Partial<Figure>): Figure {
  return {
    text: '',
    start: 0,
    end: 1,
    kind: 'count',
    value: null,
    unit: '',
    qualifier: 'exact',
    sentence: '',
    score: 1,
    ...partial,
  };
}

describe('formatFigureValue', () => {
  it.each<[Partial<Figure>, string]>([
    [
      { text: '超过300亿元', kind: 'money', value: 30_000_000_000, unit: 'CNY', qualifier: 'moreThan' },
      '超过 300 亿元',
    ],
    [{ text: '88.85亿元', kind: 'money', value: 8_885_000_000, unit: 'CNY' }, '88.85 亿元'],
    [{ text: '5000元', kind: 'money', value: 5000, unit: 'CNY' }, '5000 元'],
    [{ text: '3.6万人次', kind: 'count', value: 36_000, measure: '人次' }, '3.6 万人次'],
    [{ text: '50余家', kind: 'count', value: 50, measure: '家', qualifier: 'moreThan' }, '50 余家'],
    [{ text: '52个', kind: 'count', value: 52, measure: '个' }, '52 个'],
    [{ text: '约20%', kind: 'percent', value: 20, unit: '%', qualifier: 'approx' }, '约 20%'],
    [{ text: '1.5个百分点', kind: 'percent', value: 1.5, unit: 'pp' }, '1.5 个百分点'],
    [{ text: '176平方公里', kind: 'area', value: 176, unit: 'km2' }, '176 平方公里'],
    [{ text: '3至5年', kind: 'duration', value: 3, max: 5, unit: 'year', qualifier: 'range' }, '3–5 年'],
    [{ text: '1月26日', kind: 'date', date: '2019-01-26' }, '2019年1月26日'],
    [{ text: '不到10吨', kind: 'weight', value: 10, unit: 't', qualifier: 'lessThan' }, '不到 10 吨'],
  ])('%o -> %s', (partial, expected) => {
    expect(formatFigureValue(fig(partial))).toBe(expected);
  });

  it('falls back to the text as written when there is no value', () => {
    expect(formatFigureValue(fig({ text: '若干', value: null }))).toBe('若干');
  });
});

describe('dates', () => {
  it.each([
    ['2019-01-26', '2019年1月26日'],
    ['2018-08', '2018年8月'],
    ['2024-Q1', '2024年一季度'],
    ['2024-H1', '2024年上半年'],
    ['2018/2020', '2018—2020年'],
  ])('formatIsoDate(%s) = %s', (iso, expected) => expect(formatIsoDate(iso)).toBe(expected));

  it('reads publishedAt in the page clock and drops a midnight time', () => {
    expect(formatPublishedAt('2019-05-24T11:34:00+08:00')).toBe('2019年5月24日 11:34');
    expect(formatPublishedAt('2019-05-24T00:00:00+08:00')).toBe('2019年5月24日');
    expect(formatPublishedAt(null)).toBe('');
  });

  it('writes large numbers the Chinese way', () => {
    expect(formatChineseMagnitude(36_000)).toBe('3.6万');
    expect(formatChineseMagnitude(1_200_000_000_000)).toBe('12000亿');
    expect(formatChineseMagnitude(999)).toBe('999');
  });
});

describe('applyFigureEdits', () => {
  const a = fig({ text: 'A', start: 0, end: 1, score: 9 });
  const b = fig({ text: 'B', start: 5, end: 6, score: 5 });
  const c = fig({ text: 'C', start: 9, end: 10, score: 1 });

  it('puts pinned first, drops hidden, applies corrections', () => {
    const out = applyFigureEdits(
      [a, b, c],
      [
        { key: '9:10', pinned: true },
        { key: '0:1', hidden: true },
        { key: '5:6', corrected: { label: '签约项目', value: 19 } },
      ],
    );
    expect(out.map((f) => f.text)).toEqual(['C', 'B']);
    expect(out[0].pinned).toBe(true);
    expect(out[1]).toMatchObject({ label: '签约项目', value: 19 });
  });

  it('keeps hidden figures when asked, marked hidden', () => {
    const out = applyFigureEdits([a, b], [{ key: '0:1', hidden: true }], { keepHidden: true });
    expect(out.find((f) => f.text === 'A')?.hidden).toBe(true);
  });
});

describe('figureCitation', () => {
  it('cites outlet, date and sentence', () => {
    const article = { siteName: '长城网', source: '长城网', publishedAt: '2019-05-24T11:34:00+08:00' };
    expect(figureCitation(article, { sentence: '其中，大厂共签约项目19个，计划总投资88.85亿元。' })).toBe(
      '据长城网2019年5月24日报道，大厂共签约项目19个，计划总投资88.85亿元。',
    );
  });

  it('drops a leading connective and follows the page’s comma style (the issue’s own example)', () => {
    const article = { siteName: '长城网', source: '长城网', publishedAt: '2019-05-24T11:34:00+08:00' };
    expect(figureCitation(article, { sentence: '其中,大厂共签约项目19个,计划总投资88.85亿元。' })).toBe(
      '据长城网2019年5月24日报道,大厂共签约项目19个,计划总投资88.85亿元。',
    );
  });

  it('ends the sentence and survives missing metadata', () => {
    expect(figureCitation({ siteName: null, source: null, publishedAt: null }, { sentence: '培训3.6万人次，' })).toBe(
      '培训3.6万人次。',
    );
  });
});

describe('figureCitation: one short sentence', () => {
  const text =
    '大厂回族自治县举行招商推介会。其中，大厂共签约项目52个，总投资300亿元，涉及高端装备、文化创意等领域，' +
    '预计带动就业5000人。\n\n截至8月末，全省各项贷款余额1.21万亿元，同比增长8.1%，增速比上年同期高0.5个百分点。' +
    '\n\n指标\t数值\t同比增长\n\n地区生产总值\t2150.6亿元\t6.1%';
  const article = {
    siteName: '长城网',
    source: '长城网',
    publishedAt: '2019-05-24T11:34:00+08:00',
    title: '大厂：打造北京城市副中心后花园',
    canonicalUrl: 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml',
    text,
  };
  const at = (figureText: string) => {
    const start = text.indexOf(figureText);
    const end = start + figureText.length;
    const paragraph = text.slice(text.lastIndexOf('\n', start) + 1);
    return { text: figureText, start, end, sentence: paragraph.slice(0, paragraph.search(/[。\n]/) + 1) };
  };

  it('cites the clause that holds the figure, not the whole sentence', () => {
    expect(figureCitation(article, at('52个'))).toBe('据长城网2019年5月24日报道，大厂共签约项目52个。');
  });

  it('keeps the clause before one that cannot stand alone, and the sentence’s opening time', () => {
    expect(figureCitation(article, at('8.1%'))).toBe(
      '据长城网2019年5月24日报道，截至8月末，全省各项贷款余额1.21万亿元，同比增长8.1%。',
    );
  });

  it('has no tab characters from tables', () => {
    const cited = figureCitation(article, at('2150.6亿元'));
    expect(cited).not.toMatch(/\t/);
    expect(cited).toBe('据长城网2019年5月24日报道，地区生产总值2150.6亿元。');
  });

  it('adds the title and URL when asked', () => {
    expect(figureCitation(article, at('52个'), { withSource: true })).toBe(
      '据长城网2019年5月24日报道，大厂共签约项目52个。' +
        '（《大厂：打造北京城市副中心后花园》，http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml）',
    );
  });
});

describe('figureCitation: a clause without its subject takes the one before', () => {
  it('计划总投资88.85亿元 keeps 大厂共签约项目19个', () => {
    const text = '其中,大厂共签约项目19个,计划总投资88.85亿元。';
    const start = text.indexOf('88.85亿元');
    const article = { siteName: '长城网', source: null, publishedAt: '2019-05-24T11:34:00+08:00', text };
    const figure = { text: '88.85亿元', start, end: start + 7, sentence: text };
    expect(figureCitation(article, figure)).toBe('据长城网2019年5月24日报道,大厂共签约项目19个,计划总投资88.85亿元。');
  });
});

describe('formatNumber', () => {
  it('writes what toLocaleString wrote, with one shared formatter', () => {
    const values = [
      0,
      -0,
      1,
      -1.5,
      8885000000,
      1.21e12,
      3.6e21,
      0.1 + 0.2,
      1 / 3,
      12345.678901234567,
      -7e-7,
      2 ** 53 + 2,
    ];
    for (const value of values)
      expect(formatNumber(value)).toBe(
        value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 }),
      );
    expect(formatNumber(Number.NaN)).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
});
