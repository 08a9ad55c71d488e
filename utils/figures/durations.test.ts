import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

describe('mergeDurations (through extractFigures)', () => {
  it.each([
    ['还剩8天20小时', '8天20小时', 212, 'hour'],
    ['一个星期又三天', '一个星期又三天', 10, 'day'],
    ['五个星期3小时', '五个星期3小时', 843, 'hour'],
    ['有期徒刑两年六个月', '两年六个月', 30, 'month'],
  ])('%s', (t, text, value, unit) => {
    expect(extractFigures(t, { all: true })).toMatchObject([{ text, kind: 'duration', value, unit }]);
  });

  it('reads a composite upper end of a range (三年至八年六个月: 36 to 102 months)', () => {
    expect(extractFigures('判处三年至八年六个月不等的有期徒刑')).toMatchObject([
      { text: '三年至八年六个月', value: 36, max: 102, unit: 'month', qualifier: 'range' },
    ]);
  });

  it('keeps growing units apart (两天又一个月)', () => {
    expect(extractFigures('两天又一个月', { all: true })).toHaveLength(2);
  });
});
