import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const one = (t: string) => {
  const f = extractFigures(t, { referenceDate: '2025-06-18' }).filter((x) => x.kind !== 'date');
  expect(f, t).toHaveLength(1);
  return f[0];
};

describe('vague quantities (vague.ts table)', () => {
  it.each([
    ['三四成地块', { text: '三四成', kind: 'percent', value: 30, max: 40, qualifier: 'range' }],
    ['概率为七八成。', { text: '七八成', value: 70, max: 80, qualifier: 'range' }],
    ['组织五六十人', { text: '五六十人', value: 50, max: 60, measure: '人', qualifier: 'range' }],
    ['未来两三天', { text: '两三天', kind: 'duration', value: 2, max: 3, unit: 'day' }],
    ['一两个月后', { text: '一两个月', kind: 'duration', value: 1, max: 2, unit: 'month' }],
    ['休整三五天', { text: '三五天', value: 3, max: 5, qualifier: 'range' }],
    ['举办十二三场', { text: '十二三场', value: 12, max: 13, measure: '场', qualifier: 'range' }],
    ['执行航班三百五六十班', { text: '三百五六十班', value: 350, max: 360, qualifier: 'range' }],
    ['车流量达三百三四十万辆次', { text: '三百三四十万辆次', value: 3_300_000, max: 3_400_000 }],
    ['出口十几个国家', { text: '十几个', value: 10, qualifier: 'moreThan' }],
    ['吸引几十万名市民', { text: '几十万名', value: 200_000, max: 900_000, qualifier: 'range' }],
    ['数百名农民工', { text: '数百名', value: 200, max: 900, measure: '名', qualifier: 'range' }],
    ['惠及居民数十万户', { text: '数十万户', value: 200_000, max: 900_000 }],
    ['上千亩良田', { text: '千亩', kind: 'area', value: 1000, unit: 'mu', qualifier: 'atLeast' }],
    ['转移群众上万人', { text: '万人', value: 10_000, measure: '人', qualifier: 'atLeast' }],
    ['累计上百万台套', { text: '百万台套', value: 1_000_000, measure: '台套', qualifier: 'atLeast' }],
    ['总投资上千亿元', { text: '千亿元', kind: 'money', value: 1e11, qualifier: 'atLeast' }],
    ['新登记市场主体近万户', { text: '万户', value: 10_000, qualifier: 'approx' }],
    ['其中企业千余家', { text: '千余家', value: 1000, qualifier: 'moreThan' }],
    ['万余人参加', { text: '万余人', value: 10_000, qualifier: 'moreThan' }],
    ['吸引专业观众万人以上，', { text: '万人以上', value: 10_000, qualifier: 'atLeast' }],
    ['出苗率达到九成五。', { text: '九成五', kind: 'percent', value: 95, qualifier: 'exact' }],
    ['城镇人口增加二三十万。', { text: '二三十万', kind: 'count', value: 200_000, max: 300_000 }],
    ['增长三成多', { text: '三成多', kind: 'percent', value: 30, qualifier: 'moreThan' }],
    ['是去年的两倍多', { text: '两倍多', kind: 'ratio', value: 2, unit: 'times', qualifier: 'moreThan' }],
  ])('%s', (t, want) => {
    expect(one(t)).toMatchObject(want);
  });

  it.each([['少数百姓'], ['无数人'], ['新签约亿元以上项目']])('%s: no vague figure', (t) => {
    expect(extractFigures(t)).toEqual([]);
  });

  it('leaves lists and 多 alone: 一二三四 is no range, 一千多万 stays "more than"', () => {
    expect(extractFigures('一千多万人')[0]).toMatchObject({ value: 10_000_000, qualifier: 'moreThan' });
    expect(extractFigures('十二三四五人', { all: true }).some((f) => f.max !== undefined)).toBe(false);
  });
});
