import { describe, expect, it } from 'vitest';
import { parseChineseNumber, scanNumerals } from './numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['176', 176],
    ['1,050,000,000', 1050000000],
    ['４，５６５', 4565],
    ['10,000.233', 10000.233],
    ['２．２', 2.2],
    ['3.6万', 36000],
    ['88.85亿', 8885000000],
    ['1.2万亿', 1.2e12],
    ['4.78万亿', 4780000000000],
    ['1,100.9亿', 110090000000],
    ['一百二十万', 1200000],
    ['两千四百五', 2450],
    ['十五万三千', 153000],
    ['一千零一', 1001],
    ['五亿零六', 500000006],
    ['一万零二百五十', 10250],
    ['九万四', 94000],
    ['四万万', 400000000],
    ['一万五千亿', 1.5e12],
    ['十', 10],
    ['十五', 15],
    ['零十', 10],
    ['一百零十万', 1100000],
    ['千三', 1300],
    ['百三', 130],
    ['半百', 50],
    ['一千陆', 1600],
    ['5万4千6百', 54600],
    ['3万4000', 34000],
    ['1千零20', 1020],
    ['2千零30万', 20300000],
    ['10万万', 1e9],
    ['四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二', 4569831148725382],
    ['负三十二', -32],
    ['-10000', -10000],
    ['负1.1', -1.1],
    ['十五点七', 15.7],
    ['零点五', 0.5],
    ['两千三点一', 2300.1],
    ['两千万点五五四四', 20000000.5544],
    ['三分之一', 1 / 3],
    ['五分之一', 0.2],
    ['１６分之5', 0.3125],
    ['二分 之一', 0.5],
    ['一千多万', 1e7],
    ['500余万', 5e6],
    ['二十几万', 200000],
    ['三十万多亿', 3e13],
    ['二〇一九', 2019],
  ])('%s -> %d', (s, v) => {
    expect(parseChineseNumber(s)).toBeCloseTo(v, 6);
  });

  it.each([['万'], ['万万'], ['abc'], ['']])('%s is not a number', (s) => {
    expect(parseChineseNumber(s)).toBeNull();
  });
});

describe('scanNumerals', () => {
  const spans = (t: string) => scanNumerals(t).map((n) => [t.slice(n.start, n.end), n.value]);

  it.each([
    [
      '九年八吨',
      [
        ['九', 9],
        ['八', 8],
      ],
    ],
    [
      '1, 234, 567',
      [
        ['1', 1],
        ['234', 234],
        ['567', 567],
      ],
    ],
    [
      '$20，300美圆',
      [
        ['20', 20],
        ['300', 300],
      ],
    ], // the Chinese comma after ASCII digits separates items
    ['大于或者等于４，５６５', [['４，５６５', 4565]]],
    [
      '二百三十三，五百七十七，一千六点五。',
      [
        ['二百三十三', 233],
        ['五百七十七', 577],
        ['一千六点五', 1600.5],
      ],
    ],
    [
      '共签约项目52个，意向投资额超过300亿元',
      [
        ['52', 52],
        ['300亿', 3e10],
      ],
    ],
    [
      '一千零十二章一千零十八章',
      [
        ['一千零十二', 1012],
        ['一千零十八', 1018],
      ],
    ],
    ['3千米', [['3', 3]]], // 千米 is a unit (km), not 3000
    ['100兆瓦', [['100', 100]]], // 兆瓦 is MW
    [
      '九点三十分',
      [
        ['九', 9],
        ['三十', 30],
      ],
    ], // a clock time, not 9.3
    [
      '0311-12345678',
      [
        ['0311', 311],
        ['12345678', 12345678],
      ],
    ], // a dash after digits is no minus sign
    [
      '百分之2.4和千分之一',
      [
        ['百分之2.4', 2.4],
        ['千分之一', 1],
      ],
    ],
    // A run of three or more digits before a magnitude is a listed sequence, then a positional numeral.
    [
      '一二三四五六七八九十',
      [
        ['一二三四五六七八', 12345678],
        ['九十', 90],
      ],
    ],
    [
      '一二三十',
      [
        ['一二', 12],
        ['三十', 30],
      ],
    ],
    ['二〇一九年', [['二〇一九', 2019]]],
    ['一百零五', [['一百零五', 105]]],
  ])('%s', (t, want) => {
    expect(spans(t)).toEqual(want);
  });

  it('reads approximate ranges 二三十 and 七八万', () => {
    const [a, b] = scanNumerals('二三十个，七八万人');
    expect([a.value, a.max]).toEqual([20, 30]);
    expect([b.value, b.max]).toEqual([70000, 80000]);
  });

  it('marks 多/余 inside a numeral as approximate and keeps raw integers', () => {
    expect(scanNumerals('一千多万')[0].approx).toBe(true);
    expect(scanNumerals('2019')[0].rawInt).toBe('2019');
    expect(scanNumerals('2010.01.29')[0]).toMatchObject({ value: 2010, dotted: true });
  });

  it('finishes on a megabyte of digits and of Chinese numerals', () => {
    const digits = '1234567890'.repeat(100_000);
    expect(scanNumerals(digits)).toHaveLength(1);
    const chinese = '一二三四五六七八九十'.repeat(100_000);
    expect(scanNumerals(chinese)).toHaveLength(200_000); // 一二…八 (a sequence) + 九十一 per repetition
    expect(scanNumerals('一二三四五六七八九点'.repeat(100_000)).length).toBeGreaterThan(0);
    const mixed = '三万五千亿'.repeat(200_000);
    expect(scanNumerals(mixed).length).toBeGreaterThan(0);
  });
});
