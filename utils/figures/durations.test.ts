import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

describe('mergeDurations (through extractFigures)', () => {
  it.each([
    ['还剩8天20小时', '8天20小时', 212, 'hour'],
    ['一个星期又三天', '一个星期又三天', 10, 'day'],
    ['五个星期3小时', '五个星期3小时', 843, 'hour'],
  ])('%s', (t, text, value, unit) => {
    expect(extractFigures(t, { all: true })).toMatchObject([{ text, kind: 'duration', value, unit }]);
  });

  it('keeps growing units apart (两天又一个月)', () => {
    expect(extractFigures('两天又一个月', { all: true })).toHaveLength(2);
  });
});
