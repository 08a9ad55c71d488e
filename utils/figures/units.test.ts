import { describe, expect, it } from 'vitest';
import { attachUnit, matchUnit, moneyPrefix, spokenMoney } from './units';

describe('matchUnit', () => {
  it.each([
    ['平方公里的土地', 'km2', 'area'],
    ['平方米', 'm2', 'area'],
    ['亩', 'mu', 'area'],
    ['公顷', 'hectare', 'area'],
    ['公里', 'km', 'length'],
    ['千米', 'km', 'length'],
    ['米', 'm', 'length'],
    ['厘米', 'cm', 'length'],
    ['吨', 't', 'weight'],
    ['公斤', 'kg', 'weight'],
    ['千克', 'kg', 'weight'],
    ['克', 'g', 'weight'],
    ['立方米', 'm3', 'volume'],
    ['升', 'L', 'volume'],
    ['亿元', null, null],
    ['元', 'CNY', 'money'],
    ['美元', 'USD', 'money'],
    ['欧元', 'EUR', 'money'],
    ['港元', 'HKD', 'money'],
    ['日元', 'JPY', 'money'],
    ['英镑', 'GBP', 'money'],
    ['%', '%', 'percent'],
    ['％', '%', 'percent'],
    ['个百分点', 'pp', 'percent'],
    ['倍', 'times', 'ratio'],
    ['成', '%', 'percent'],
    ['小时', 'hour', 'duration'],
    ['个月', 'month', 'duration'],
    ['分钟', 'minute', 'duration'],
    ['岁', 'year', 'age'],
    ['周年', 'year', 'age'],
    ['℃', '°C', 'temperature'],
    ['摄氏度', '°C', 'temperature'],
    ['cm', 'cm', 'length'],
    ['‰', '‰', 'percent'],
    ['公里/小时', 'km/h', 'speed'],
    ['km/h', 'km/h', 'speed'],
    ['微克/立方米', 'µg/m3', 'other'],
    ['元/吨', 'CNY/t', 'money'],
  ])('%s -> %s', (s, unit, kind) => {
    const d = matchUnit(s, 0);
    if (unit === null) expect(d).toBeNull();
    else expect(d).toMatchObject({ unit, kind });
  });

  it.each([
    '个',
    '家',
    '项',
    '次',
    '人',
    '人次',
    '名',
    '期',
    '场',
    '所',
    '座',
    '套',
    '辆',
    '条',
    '户',
    '批',
    '大类',
    '小项',
    '场次',
    '列',
    '眼',
    '顶',
    '剂',
    '具',
    '段',
  ])('measure word %s is a count, kept as written', (w) => {
    expect(matchUnit(`${w}。`, 0)).toMatchObject({ kind: 'count', unit: '', measure: true, word: w });
  });

  it('prefers the longest word and needs a boundary after ASCII units', () => {
    expect(matchUnit('人次', 0)?.word).toBe('人次');
    expect(matchUnit('mg', 0)).toBeNull(); // not metres followed by g
    expect(matchUnit('mm', 0)?.unit).toBe('mm');
  });
});

describe('attachUnit', () => {
  it.each([
    ['50余家', 2, { end: 4, moreThan: true }, '家'],
    ['一吨半', 1, { end: 3, half: true }, '吨'],
    ['3个多月', 1, { end: 4, moreThan: true }, '个月'],
    ['6 天', 1, { end: 3 }, '天'],
    ['一百多', 2, { end: 3, moreThan: true }, null],
    ['88.85', 5, { end: 5 }, null],
  ])('%s', (text, end, want, word) => {
    const a = attachUnit(text, end);
    expect(a).toMatchObject(want);
    expect(a.def?.word ?? null).toBe(word);
  });

  it('reads the money tail 角/分', () => {
    const a = attachUnit('50元6角三分', 2, (p) =>
      p === 3 ? { end: 4, value: 6 } : p === 5 ? { end: 6, value: 3 } : null,
    );
    expect(a.cents).toBeCloseTo(0.63);
    expect(a.end).toBe(7);
  });

  it.each([
    ['五元三毛', 1, 0.3, 4],
    ['两美元又三美分', 1, 0.03, 7],
    ['5美元20美分', 1, 0.2, 7],
    ['5美元，20', 1, undefined, 3],
  ])('reads the money tail of %s', (text, end, cents, to) => {
    const digits: Record<string, number> = { 三: 3, 两: 2 };
    const small = (p: number) => {
      const m = /^([0-9]+|[三两])/.exec(text.slice(p));
      return m ? { end: p + m[0].length, value: digits[m[0]] ?? Number(m[0]) } : null;
    };
    const a = attachUnit(text, end, small);
    if (cents === undefined) expect(a.cents).toBeUndefined();
    else expect(a.cents).toBeCloseTo(cents);
    expect(a.end).toBe(to);
  });
});

describe('moneyPrefix', () => {
  it.each([
    ['人民币 50元', 4, { start: 0, unit: 'CNY' }],
    ['￥30', 1, { start: 0, unit: 'CNY' }],
    ['$5', 1, { start: 0, unit: 'USD' }],
    ['4人民币5美元', 4, null],
  ])('%s', (text, start, want) => {
    expect(moneyPrefix(text, start)).toEqual(want);
  });
});

describe('spokenMoney: 块 and bare amounts as people say them', () => {
  const KUAI = matchUnit('块', 0);
  it.each([
    ['票价一百二十多块。', 2, 8, KUAI, true, 'CNY'],
    ['个人只掏了五千多块。', 5, 9, KUAI, true, 'CNY'],
    ['票价120块，', 2, 6, KUAI, false, 'CNY'],
    ['竖立警示牌12块，', 5, 8, KUAI, false, null],
    ['3块展板', 0, 2, KUAI, false, null],
    ['一次住院花了两万一千六，', 6, 11, null, true, 'CNY'],
    ['花了两万一千六百人', 2, 7, null, true, null],
    ['花了2160，', 2, 6, null, false, null],
  ])('%s', (text, start, end, def, spoken, unit) => {
    expect(spokenMoney(text, start, end, def, spoken)?.unit ?? null).toBe(unit);
  });
});
