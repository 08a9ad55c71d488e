import { describe, expect, it } from 'vitest';
import type { Figure } from '../types';
import { applyFigureEdits } from './figureEdits';
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
    ['2024-Q1', '2024年第1季度'],
    ['2024-H1', '2024年上半年'],
    ['2018/2020', '2018年至2020年'],
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
