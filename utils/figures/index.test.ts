import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const one = (t: string, all = false) => {
  const figs = extractFigures(t, { all, referenceDate: '2019-05-24' });
  expect(figs).toHaveLength(1);
  return figs[0];
};

describe('extractFigures: must-read patterns', () => {
  it.each([
    ['增长25%', { text: '25%', kind: 'percent', value: 25, unit: '%' }],
    ['增长２２％', { text: '２２％', kind: 'percent', value: 22, unit: '%' }],
    ['占百分之三十', { text: '百分之三十', kind: 'percent', value: 30, unit: '%' }],
    ['提高了三成', { text: '三成', kind: 'percent', value: 30, unit: '%' }],
    ['提高2.4个百分点', { text: '2.4个百分点', kind: 'percent', value: 2.4, unit: 'pp' }],
    ['增长了3倍', { text: '3倍', kind: 'ratio', value: 3, unit: 'times' }],
    ['期限3至5年', { text: '3至5年', kind: 'duration', value: 3, max: 5, unit: 'year', qualifier: 'range' }],
    ['增幅20%-30%', { text: '20%-30%', kind: 'percent', value: 20, max: 30, qualifier: 'range' }],
    ['来了二三十个人', { text: '二三十个', kind: 'count', value: 20, max: 30, measure: '个', qualifier: 'range' }],
    ['十余个部门', { text: '十余个', kind: 'count', value: 10, qualifier: 'moreThan', measure: '个' }],
    ['百余名企业家', { text: '百余名', kind: 'count', value: 100, qualifier: 'moreThan', measure: '名' }],
    ['意向企业50余家', { text: '50余家', value: 50, qualifier: 'moreThan', measure: '家', label: '意向企业' }],
    [
      '培训1000余人次',
      { text: '1000余人次', kind: 'count', value: 1000, unit: '', measure: '人次', qualifier: 'moreThan' },
    ],
    ['接待游客3.6万人次', { value: 36000, measure: '人次' }],
    ['参观3.6万人', { value: 36000, measure: '人' }],
    ['投资88.85亿元', { kind: 'money', value: 8885000000, unit: 'CNY' }],
    ['进出口总值1.2万亿元', { kind: 'money', value: 1.2e12, unit: 'CNY', label: '进出口总值' }],
    ['融资5000万美元', { kind: 'money', value: 5e7, unit: 'USD' }],
    ['援助300万欧元', { kind: 'money', value: 3e6, unit: 'EUR' }],
    ['每股1.95港元', { kind: 'money', value: 1.95, unit: 'HKD' }],
    ['手机壳五元三毛', { text: '五元三毛', kind: 'money', value: 5.3, unit: 'CNY' }],
    ['电脑两美元又三美分', { text: '两美元又三美分', kind: 'money', value: 2.03, unit: 'USD' }],
    ['售价300美圆', { kind: 'money', value: 300, unit: 'USD' }],
    ['面积176平方公里', { kind: 'area', value: 176, unit: 'km2' }],
    ['新建厂房3万平方米', { kind: 'area', value: 30000, unit: 'm2' }],
    ['种植小麦387万亩', { kind: 'area', value: 3870000, unit: 'mu' }],
    ['造林200公顷', { kind: 'area', value: 200, unit: 'hectare' }],
    ['全长12.5公里', { kind: 'length', value: 12.5, unit: 'km' }],
    ['高168厘米', { kind: 'length', value: 168, unit: 'cm' }],
    ['产量20万吨', { kind: 'weight', value: 200000, unit: 't' }],
    ['日均20万公斤', { kind: 'weight', value: 200000, unit: 'kg' }],
    ['蓄水3000立方米', { kind: 'volume', value: 3000, unit: 'm3' }],
    ['耗时1.5小时', { kind: 'duration', value: 1.5, unit: 'hour' }],
    ['为期三年', { text: '三年', kind: 'duration', value: 3, unit: 'year' }],
    ['老人65岁', { kind: 'age', value: 65, unit: 'year' }],
    ['气温零下5摄氏度', { text: '零下5摄氏度', kind: 'temperature', value: -5, unit: '°C' }],
    ['最低气温-5℃', { text: '-5℃', kind: 'temperature', value: -5, unit: '°C' }],
    ['约100人参加', { value: 100, qualifier: 'approx', measure: '人' }],
    ['100人左右', { text: '100人左右', qualifier: 'approx' }],
    ['近千家企业', { value: 1000, qualifier: 'approx', measure: '家' }],
    ['超过300亿元', { text: '300亿元', qualifier: 'moreThan', value: 3e10 }],
    ['逾百名', { value: 100, qualifier: 'moreThan' }],
    ['突破180亿元', { qualifier: 'moreThan' }],
    ['5000人以上', { qualifier: 'atLeast' }],
    ['至少10家', { qualifier: 'atLeast' }],
    ['最高5000元', { qualifier: 'atMost' }],
    ['5公里以内', { qualifier: 'atMost' }],
    ['不到5%', { qualifier: 'lessThan' }],
    ['不足3成', { qualifier: 'lessThan', value: 30 }],
    ['12大类58小项'.slice(0, 4), { value: 12, measure: '大类' }],
    ['2019年1月26日', { kind: 'date', date: '2019-01-26' }],
    // From the labelled corpus (tests/figures-corpus):
    ['出生率为6.57‰', { text: '6.57‰', kind: 'percent', value: 6.57, unit: '‰' }],
    ['设计速度120公里/小时', { text: '120公里/小时', kind: 'speed', value: 120, unit: 'km/h' }],
    ['PM2.5平均浓度为38.1微克/立方米', { text: '38.1微克/立方米', value: 38.1, unit: 'µg/m3' }],
    ['活动2.3万场次', { value: 23000, measure: '场次' }],
    ['60岁及以上人口', { text: '60岁及以上', kind: 'age', value: 60, qualifier: 'atLeast' }],
    ['须在2小时内到达', { text: '2小时内', value: 2, unit: 'hour', qualifier: 'atMost' }],
    ['室内温度不得低于18℃', { text: '18℃', qualifier: 'atLeast' }],
    ['车速不得超过80公里/小时', { value: 80, qualifier: 'atMost' }],
    ['0-14岁人口', { text: '0-14岁', kind: 'age', value: 0, max: 14, qualifier: 'range' }],
    ['今年以来，', { text: '今年', kind: 'date', date: '2019' }],
    [
      '最高气温在零下8℃至零下3℃之间',
      { text: '零下8℃至零下3℃', kind: 'temperature', value: -8, max: -3, qualifier: 'range' },
    ],
    // From the held-out 长城网-style articles (财政, 医保, 春运, 博物馆, 高新, 防汛):
    [
      '未成年观众约占三分之一',
      { text: '三分之一', kind: 'percent', value: 33.3333333333, unit: '%', qualifier: 'approx' },
    ],
    ['仅为去年同期的三分之二左右', { text: '三分之二左右', kind: 'percent', unit: '%', qualifier: 'approx' }],
    ['为年度计划的近一半', { text: '一半', kind: 'percent', value: 50, unit: '%', qualifier: 'approx' }],
    ['一半以上的村', { text: '一半以上', kind: 'percent', value: 50, qualifier: 'atLeast' }],
    ['票价一百二十多块。', { text: '一百二十多块', kind: 'money', value: 120, unit: 'CNY', qualifier: 'moreThan' }],
    ['一次住院花了两万一千六，', { text: '两万一千六', kind: 'money', value: 21600, unit: 'CNY' }],
    ['水深有一米多，', { text: '一米多', kind: 'length', value: 1, unit: 'm', qualifier: 'moreThan' }],
    ['加开临客列车312列', { text: '312列', kind: 'count', value: 312, measure: '列' }],
    ['每个账号最多可预约5人', { text: '5人', qualifier: 'atMost' }],
    ['，近3年累计获得授权专利', { text: '3年', kind: 'duration', qualifier: 'exact' }],
    ['项目历时近3年', { text: '3年', kind: 'duration', qualifier: 'approx' }],
    // Comparisons and two-bound ranges:
    ['投资不少于5亿元', { text: '5亿元', kind: 'money', value: 5e8, qualifier: 'atLeast' }],
    ['面积至少有2252平方英尺', { text: '2252平方英尺', value: 2252, qualifier: 'atLeast' }],
    ['增速不低于6%', { text: '6%', qualifier: 'atLeast' }],
    ['气温高于35℃', { text: '35℃', qualifier: 'moreThan' }],
    ['车速≤80公里/小时', { value: 80, qualifier: 'atMost' }],
    ['这些苹果最多100最少20个', { text: '100最少20个', value: 20, max: 100, measure: '个', qualifier: 'range' }],
    ['房价每平方米超过1万元、不到2万元', { value: 1e4, max: 2e4, unit: 'CNY', qualifier: 'range' }],
  ])('%s', (t, want) => {
    expect(one(t)).toMatchObject(want);
  });

  it('takes 今年/去年 standing alone as key dates, not written years or comparison bases', () => {
    expect(extractFigures('比去年增长5%', { referenceDate: '2019-05-24' }).map((f) => f.text)).toEqual(['5%']);
    expect(extractFigures('2019年是关键之年', { referenceDate: '2019-05-24' })).toEqual([]);
    expect(extractFigures('去年，全省完成投资', { referenceDate: '2019-05-24' })[0]).toMatchObject({
      text: '去年',
      date: '2018',
    });
  });

  it('returns bare numbers only with all, as kind other', () => {
    expect(extractFigures('他说了二百五')).toEqual([]);
    expect(one('他说了二百五', true)).toMatchObject({ text: '二百五', kind: 'other', value: 250, unit: '' });
    expect(one('1,050,000,000', true)).toMatchObject({ value: 1050000000 });
    // …with what was read around them: a qualifier, an after-word, a range.
    expect(one('成绩超过了80', true)).toMatchObject({ text: '80', qualifier: 'moreThan' });
    expect(one('数目在五百以上', true)).toMatchObject({ text: '五百以上', value: 500, qualifier: 'atLeast' });
    expect(one('范围是一千到一千五百', true)).toMatchObject({
      text: '一千到一千五百',
      value: 1000,
      max: 1500,
      qualifier: 'range',
    });
    expect(one('十几万', true)).toMatchObject({ text: '十几万', value: 100000, qualifier: 'moreThan' });
    expect(one('10000与20000间', true)).toMatchObject({
      text: '10000与20000间',
      value: 10000,
      max: 20000,
      qualifier: 'range',
    });
    expect(one('排名在第十和第十五之间', true)).toMatchObject({
      text: '十和第十五之间',
      value: 10,
      max: 15,
      qualifier: 'range',
    });
  });

  it('gives exact offsets into the input', () => {
    const t = '其中，大厂共签约项目19个，计划总投资88.85亿元。';
    for (const f of extractFigures(t)) expect(t.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('extractFigures: seed article (长城网, 2019-05-24)', () => {
  // The sample article's text as the repository keeps it (its labelled corpus), so no test reads outside it.
  const corpusFile = path.resolve(__dirname, '../../tests/figures-corpus/changcheng-dachang-2019-05-24.json');
  const { text } = JSON.parse(readFileSync(corpusFile, 'utf8')) as { text: string };
  const figs = extractFigures(text, {
    referenceDate: '2019-05-24T11:34:00+08:00',
    title: '大厂:打造北京城市副中心后花园',
  });
  const find = (t: string, label?: string) =>
    figs.find((f) => f.text === t && (label === undefined || f.label === label));

  it.each([
    ['176平方公里', { kind: 'area', value: 176, unit: 'km2' }],
    ['1月26日', { kind: 'date', date: '2019-01-26' }],
    ['2018年8月份', { kind: 'date', date: '2018-08' }],
    ['从2018年至2020年', { kind: 'date', date: '2018/2020', qualifier: 'range' }],
    ['三年', { kind: 'duration', value: 3, unit: 'year' }],
    ['16次', { kind: 'count', value: 16, measure: '次' }],
    ['百余名', { value: 100, qualifier: 'moreThan', measure: '名' }],
    ['1000余人次', { value: 1000, qualifier: 'moreThan', measure: '人次', kind: 'count', unit: '' }],
    ['20个', { value: 20, label: '对接洽谈项目' }],
    ['50亿元', { kind: 'money', value: 5e9, unit: 'CNY', label: '总投资' }],
    ['70周年', { value: 70, unit: 'year' }],
    ['12大类', { value: 12, measure: '大类' }],
    ['58小项', { value: 58, measure: '小项' }],
    ['24期', { value: 24, measure: '期' }],
    ['3.6万人次', { value: 36000, measure: '人次' }],
    ['2月26日', { kind: 'date', date: '2019-02-26' }],
    ['52个', { value: 52, label: '签约项目' }],
    ['50余家', { value: 50, qualifier: 'moreThan', measure: '家' }],
    ['300亿元', { kind: 'money', value: 3e10, unit: 'CNY', qualifier: 'moreThan', label: '意向投资额' }],
    ['19个', { value: 19, label: '签约项目' }],
    ['88.85亿元', { kind: 'money', value: 8885000000, unit: 'CNY', label: '计划总投资' }],
  ])('%s', (t, want) => {
    expect(find(t)).toMatchObject(want);
  });

  it('skips slogans, names, years and times', () => {
    const texts = figs.map((f) => f.text);
    for (const bad of ['四', '三', '5', '18', '2019年', '11', '00', '三个', '两个', '一场', '一条', '一项'])
      expect(texts).not.toContain(bad);
  });

  it('ranks the money figures first and gives every figure its sentence', () => {
    expect(figs[0].kind).toBe('money');
    for (let i = 1; i < figs.length; i++) expect(figs[i - 1].score).toBeGreaterThanOrEqual(figs[i].score);
    for (const f of figs) expect(f.sentence).toContain(f.text);
  });
});

describe('extractFigures: worst cases stay linear', () => {
  it('a megabyte of digits', () => {
    expect(extractFigures('1234567890'.repeat(100_000), { all: true }).length).toBeGreaterThan(0);
  });
  it('a megabyte of Chinese numerals and units', () => {
    expect(extractFigures('一二三四五六七八九十'.repeat(100_000), { all: true }).length).toBeGreaterThan(0);
    expect(extractFigures('三万五千亿元，'.repeat(150_000)).length).toBe(150_000);
  });
});
