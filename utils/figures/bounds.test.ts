import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { figureInterval } from './bounds';

/** Every figure (with `all`) that stands for an interval: its span and [low, high] with open ends as (…). */
const intervals = (text: string): string[] =>
  extractFigures(text, { all: true }).flatMap((f) => {
    const iv = figureInterval(text, f);
    if (!iv) return [];
    const lo = iv.low === null ? '(' : `${iv.lowOpen ? '(' : '['}${iv.low}`;
    const hi = iv.high === null ? ')' : `${iv.high}${iv.highOpen ? ')' : ']'}`;
    return [`${text.slice(iv.start, iv.end)} ${lo},${hi}`];
  });

describe('figureInterval: one bound', () => {
  it.each([
    ['成绩超过了80分', '超过了80 (80,)'],
    ['高度至少是3米', '至少是3 [3,)'],
    ['最多为5人', '最多为5 (,5]'],
    ['不到10吨', '不到10 (,10)'],
    ['不少于5家', '不少于5 [5,)'],
    ['不超过60岁', '不超过60 (,60]'],
    ['经度低于100的', '低于100 (,100)'],
    ['中位数≥50的公司', '≥50 [50,)'],
    ['人数大于或者等于三千', '大于或者等于三千 [3000,)'],
    ['五百以上的产品', '五百以上 [500,)'],
    ['年龄在三十或者以上', '三十或者以上 [30,)'],
    ['五百或者更多的产品', '五百或者更多 [500,)'],
    ['20万次以上', '20万次以上 [200000,)'],
    ['有五百多个', '五百多 (500,)'],
    ['十几万', '十几万 (100000,)'],
    ['500万余亿', '500万余亿 (500000000000000,)'],
    ['收视率超过了百分之零点九', '超过了百分之零点九 (0.9,)'],
    ['票房占比过20的影片', '过20 (20,)'],
    ['滚动负荷量等于1535的信息', '等于1535 [1535,1535]'],
    ['他的年龄比三十大一些', '比三十大 (30,)'],
    ['小明的身高比 170 低', '比 170 低 (,170)'],
    ['小明的身高在 170 之下', '170 之下 (,170]'],
    ['找出 小于 或 等于100 的质数', '小于 或 等于100 (,100]'],
  ])('%s', (text, want) => {
    expect(intervals(text)).toEqual([want]);
  });

  it('exact and approximate figures are no interval', () => {
    expect(intervals('投资3亿元，约100人')).toEqual([]);
  });
});

describe('figureInterval: ranges', () => {
  it.each([
    ['请给我一到五个苹果', '一到五 [1,5]'],
    ['数字的范围是一千到一千五百', '一千到一千五百 [1000,1500]'],
    ['大概有20 - 100个', '20 - 100 [20,100]'],
    ['期限3至5年', '3至5 [3,5]'],
    ['这个数字是位于20和30之间的', '位于20和30之间 [20,30]'],
    ['他的排名在第十和第十五之间', '在第十和第十五之间 [10,15]'],
    ['10000与20000间', '10000与20000间 [10000,20000]'],
    ['-10000与20000之间', '-10000与20000之间 [-10000,20000]'],
  ])('%s', (text, want) => {
    expect(intervals(text)).toEqual([want]);
  });
});

describe('joinBounds: two bounds make one range', () => {
  it.each([
    ['这些苹果最多100最少20个', '最多100最少20 [20,100]'],
    ['数字在1000以上， 1500以下', '1000以上， 1500以下 [1000,1500]'],
    ['大于100 并且小于300的数', '大于100 并且小于300 (100,300)'],
    ['大于等于一百小于等于三百一', '大于等于一百小于等于三百一 [100,310]'],
    ['大于二十的同时小于等于三十五', '大于二十的同时小于等于三十五 (20,35]'],
    ['人口大于4865并少于20793的信息', '大于4865并少于20793 (4865,20793)'],
    ['大于等于0并小于230.3964', '大于等于0并小于230.3964 [0,230.3964)'],
    ['超过100人，不到200人', '超过100人，不到200 (100,200)'],
    ['数字比四分之一大， 比二分之一小', '比四分之一大， 比二分之一小 (0.25,0.5)'],
  ])('%s', (text, want) => {
    expect(intervals(text)).toEqual([want]);
  });

  it.each([
    ['大于50小于12的目标', ['大于50 (50,)', '小于12 (,12)']], // no number is both
    ['x大于10且y小于20', ['大于10 (10,)', '小于20 (,20)']], // two subjects
    ['超过100万元，不到200人', ['超过100万 (1000000,)', '不到200 (,200)']], // two units
  ])('keeps %s apart', (text, want) => {
    expect(intervals(text)).toEqual(want);
  });

  it('x大于10小于20， y不大于50不小于20: two ranges', () => {
    expect(intervals('x大于10小于20， y不大于50不小于20')).toEqual([
      '大于10小于20 (10,20)',
      '不大于50不小于20 [20,50]',
    ]);
  });

  it('keeps the unit of the bound that has one, and the range key when a bound is', () => {
    const [f] = extractFigures('这些苹果最多100最少20个', { all: true });
    expect(f).toMatchObject({
      text: '100最少20个',
      kind: 'count',
      measure: '个',
      value: 20,
      max: 100,
      qualifier: 'range',
    });
    expect(extractFigures('投资不少于5亿元、不超过10亿元')[0]).toMatchObject({
      kind: 'money',
      value: 5e8,
      max: 1e9,
      qualifier: 'range',
    });
  });
});
