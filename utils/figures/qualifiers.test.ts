import { describe, expect, it } from 'vitest';
import { qualifierAfter, qualifierBefore } from './qualifiers';

describe('qualifierBefore', () => {
  it.each([
    ['约100', 'approx'], ['大约100', 'approx'], ['近100', 'approx'], ['将近100', 'approx'], ['超过300', 'moreThan'],
    ['超过了80', 'moreThan'], ['逾100', 'moreThan'], ['突破180', 'moreThan'], ['多于5', 'moreThan'], ['至少10', 'atLeast'],
    ['至少有10', 'atLeast'], ['最多5', 'atMost'], ['最高5000', 'atMost'], ['不到5', 'lessThan'], ['不足5', 'lessThan'],
    ['不得低于18', 'atLeast'], ['不能少于5', 'atLeast'], ['不宜超过80', 'atMost'], ['不得超过60', 'atMost'], ['未超过5', 'atMost'],
    ['签约3', null], ['节约30', null], ['最近3', null], ['附近2', null], ['共有5', null],
  ])('%s', (text, q) => {
    const start = text.search(/[0-9]/);
    expect(qualifierBefore(text, start)?.qualifier ?? null).toBe(q);
  });
});

describe('qualifierAfter', () => {
  it.each([
    ['100人左右', 'approx'], ['100人上下', 'approx'], ['100人以上', 'atLeast'], ['5公里以内', 'atMost'],
    ['5公里以下', 'atMost'], ['60人及以上', 'atLeast'], ['14人及以下', 'atMost'], ['100人参加', null],
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
});
