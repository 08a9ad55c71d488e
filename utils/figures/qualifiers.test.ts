import { describe, expect, it } from 'vitest';
import {
  comparisonAround,
  modalBound,
  qualifierAfter,
  qualifierBefore,
  qualifierEndingAt,
  recentSpan,
} from './qualifiers';

describe('qualifierBefore', () => {
  it.each([
    ['约100', 'approx'],
    ['大约100', 'approx'],
    ['近100', 'approx'],
    ['将近100', 'approx'],
    ['超过300', 'moreThan'],
    ['超过了80', 'moreThan'],
    ['逾100', 'moreThan'],
    ['突破180', 'moreThan'],
    ['多于5', 'moreThan'],
    ['至少10', 'atLeast'],
    ['至少有10', 'atLeast'],
    ['最多5', 'atMost'],
    ['最高5000', 'atMost'],
    ['不到5', 'lessThan'],
    ['不足5', 'lessThan'],
    ['不得低于18', 'atLeast'],
    ['不能少于5', 'atLeast'],
    ['不宜超过80', 'atMost'],
    ['不得超过60', 'atMost'],
    ['未超过5', 'atMost'],
    ['签约3', null],
    ['节约30', null],
    ['最近3', null],
    ['附近2', null],
    ['共有5', null],
    ['至少是3', 'atLeast'],
    ['最多为5', 'atMost'],
    ['不少于5', 'atLeast'],
    ['不小于30', 'atLeast'],
    ['不超过5', 'atMost'],
    ['不大于50', 'atMost'],
    ['不多于5', 'atMost'],
    ['大于等于100', 'atLeast'],
    ['大于或者等于3', 'atLeast'],
    ['小于等于35', 'atMost'],
    ['高于5', 'moreThan'],
    ['低于100', 'lessThan'],
    ['多于5', 'moreThan'],
    ['少于20', 'lessThan'],
    ['大于10', 'moreThan'],
    ['≥50', 'atLeast'],
    ['≤5', 'atMost'],
    ['>10', 'moreThan'],
    ['<12', 'lessThan'],
    ['等于1535', 'exact'],
    ['占比过20', 'moreThan'],
    ['经过3', null],
    ['通过5', null],
    ['约占30', 'approx'],
    ['小于 或 等于100', 'atMost'],
    ['< = 100', 'atMost'],
    ['大于 或者 等于5', 'atLeast'],
    ['于2019', null],
    ['等于 5', 'exact'],
  ])('%s', (text, q) => {
    const start = text.search(/[0-9]/);
    expect(qualifierBefore(text, start)?.qualifier ?? null).toBe(q);
  });
});

describe('qualifierAfter', () => {
  it.each([
    ['100人左右', 'approx'],
    ['100人上下', 'approx'],
    ['100人以上', 'atLeast'],
    ['5公里以内', 'atMost'],
    ['5公里以下', 'atMost'],
    ['60人及以上', 'atLeast'],
    ['14人及以下', 'atMost'],
    ['100人参加', null],
    ['170人 之下', 'atMost'],
    ['30人或者以上', 'atLeast'],
    ['500人或更多', 'atLeast'],
    ['5人或以下', 'atMost'],
    ['5人或者', null],
  ])('%s', (text, q) => {
    const end = text.search(/[人里]/) + 1;
    expect(qualifierAfter(text, end)?.qualifier ?? null).toBe(q);
  });

  it('reads 多/余 after a time unit only when asked', () => {
    expect(qualifierAfter('一年多', 2, true)).toMatchObject({ qualifier: 'moreThan', at: 3 });
    expect(qualifierAfter('一年多', 2)).toBeNull();
    expect(qualifierAfter('2小时内到达', 3, true)).toMatchObject({ qualifier: 'atMost', at: 4 });
    expect(qualifierAfter('3年内容', 2, true)).toBeNull();
  });

  it.each([
    ['水深有一米多，', 5, 'moreThan'],
    ['身高1米多的孩子', 4, 'moreThan'],
    ['3斤多重', 2, 'moreThan'],
    ['5公里多为山路', 3, null],
    ['3米多种', 2, null],
  ])('reads 多 after a physical unit when asked: %s', (text, end, q) => {
    expect(qualifierAfter(text, end, false, true)?.qualifier ?? null).toBe(q);
    expect(qualifierAfter(text, end)).toBeNull();
  });
});

describe('qualifierEndingAt', () => {
  it.each([
    ['三十或者以上', 0, '或者以上'],
    ['1000以上', 0, '以上'],
    ['60岁及以上', 0, '及以上'],
    ['1000以', 0, null],
    ['以上', 1, null],
  ])('%s from %i', (text, from, word) => {
    expect(qualifierEndingAt(text, text.length, from)?.word ?? null).toBe(word);
  });
});

describe('comparisonAround: 比 … 大/小', () => {
  it.each([
    ['比30大', 'moreThan'],
    ['比 170 低', 'lessThan'],
    ['比5多', 'moreThan'],
    ['比10少', 'lessThan'],
    ['比30高', 'moreThan'],
    ['比30多年前', null],
    ['比10小时', null],
    ['和30大', null],
    ['比30长', null],
  ])('%s', (text, q) => {
    const start = text.search(/[0-9]/);
    const end = start + (text.slice(start).match(/^[0-9]+/)?.[0].length ?? 0);
    expect(comparisonAround(text, start, end)?.qualifier ?? null).toBe(q);
  });
});

describe('modalBound: a bound, a modal and a verb before the number', () => {
  it.each([
    ['每个账号最多可预约5人', 'atMost', '最多可预约'],
    ['雨强最高可达50毫米', 'atMost', '最高可达'],
    ['至少需培训3次', 'atLeast', '至少需培训'],
    ['最少要交5元', 'atLeast', '最少要交'],
    ['至少要3年', 'atLeast', '至少要'],
    ['单日最多接待1万人', null, null],
    ['可预约5人', null, null],
    ['最多可，5人', null, null],
  ])('%s', (text, q, word) => {
    const m = modalBound(text, text.search(/[0-9]/));
    expect(m?.qualifier ?? null).toBe(q);
    expect(m?.word ?? null).toBe(word);
  });
});

describe('recentSpan: 近 opening a clause is "the last"', () => {
  it.each([
    ['近3年累计获得专利', true],
    ['，近两个月，', true],
    ['在近5年里', true],
    ['历时近3年', false],
    ['用了近10天', false],
  ])('%s', (text, want) => {
    expect(recentSpan(text, text.indexOf('近'))).toBe(want);
  });
});
