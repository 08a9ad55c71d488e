import { describe, expect, it } from 'vitest';
import { scanNumerals } from './numerals';
import { parseReferenceDate, resolveDates } from './dates';

const REF = parseReferenceDate('2019-05-24T11:34:00+08:00');

function dates(text: string, ref = REF) {
  return resolveDates(text, scanNumerals(text), ref).hits.map((h) => [text.slice(h.start, h.end), h.date, h.yearOnly]);
}

describe('resolveDates', () => {
  it.each([
    ['2019年1月26日召开', [['2019年1月26日', '2019-01-26', false]]],
    ['1月26日，大厂召开', [['1月26日', '2019-01-26', false]]],
    ['2月26日上午', [['2月26日', '2019-02-26', false]]],
    ['于2018年8月份启动', [['2018年8月份', '2018-08', false]]],
    ['确定从2018年至2020年，为期三年', [['从2018年至2020年', '2018/2020', false]]],
    ['自去年8月以来', [['去年8月', '2018-08', false]]],
    ['2019年是新中国成立70周年', [['2019年', '2019', true]]],
    ['今年一季度', [['今年一季度', '2019-Q1', false]]],
    ['2024年上半年', [['2024年上半年', '2024-H1', false]]],
    ['前三季度', [['前三季度', '2019-Q1/2019-Q3', false]]],
    ['去年前三季度', [['去年前三季度', '2018-Q1/2018-Q3', false]]],
    ['今年第一季度', [['今年第一季度', '2019-Q1', false]]],
    ['1-4月，', [['1-4月', '2019-01/2019-04', false]]],
    ['2018年1至5月份', [['2018年1至5月份', '2018-01/2018-05', false]]],
    ['7月11日夜间至13日', [['7月11日夜间至13日', '2019-07-11/2019-07-13', false]]],
    ['10日8时至11日8时', [['10日8时至11日', '2019-05-10/2019-05-11', false]]],
    ['7月底至8月初', [['7月底至8月初', '2019-07-21/2019-08-10', false]]],
    ['今年前5个月，', [['今年前5个月', '2019-01/2019-05', false]]],
    ['前4个月，全省', [['前4个月', '2019-01/2019-04', false]]],
    ['2018年前3个月', [['2018年前3个月', '2018-01/2018-03', false]]],
    ['2019-05-24 11:34:00', [['2019-05-24', '2019-05-24', false]]],
    ['2010.01.29', [['2010.01.29', '2010-01-29', false]]],
    ['二〇一九年十月一日', [['二〇一九年十月一日', '2019-10-01', false]]],
    ['26日，记者获悉', [['26日', '2019-05-26', false]]],
    ['从一月十日到十二日', [['从一月十日到十二日', '2019-01-10/2019-01-12', false]]],
    ['今年上半年', [['今年上半年', '2019-H1', false]]],
    ['昨天', [['昨天', '2019-05-23', false]]],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });

  it('leaves durations and counts alone', () => {
    expect(dates('为期三年，培训3.6万人次')).toEqual([]);
    expect(dates('提前3个月')).toEqual([]);
    expect(dates('开业前3个月')).toEqual([]);
    expect(dates('第3月')).toEqual([]);
  });

  it('puts a month far ahead of the article date in the year before', () => {
    expect(dates('12月31日当天', parseReferenceDate('2024-01-03'))).toEqual([['12月31日当天', '2023-12-31', false]]);
    expect(dates('预计12月底前完工', parseReferenceDate('2024-05-24'))[0][1]).toBe('2024-12-21/2024-12-31');
  });

  it('writes XXXX when there is no reference date', () => {
    expect(dates('1月26日', null)).toEqual([['1月26日', 'XXXX-01-26', false]]);
  });

  it('parses reference dates', () => {
    expect(parseReferenceDate('2019-05-24')).toEqual({ y: 2019, m: 5, d: 24 });
    expect(parseReferenceDate('yesterday')).toBeNull();
    expect(parseReferenceDate(null)).toBeNull();
  });
});
