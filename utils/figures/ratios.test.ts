import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figs = (t: string) => extractFigures(t).filter((f) => f.kind !== 'date');

describe('multipliers and ratios (ratios.ts)', () => {
  it.each([
    ['网上零售额翻了两番', { text: '翻了两番', kind: 'ratio', unit: 'times', value: 4 }],
    ['意向成交额比上届翻一番', { text: '翻一番', value: 2 }],
    ['产量实现翻番', { text: '翻番', value: 2 }],
    ['是去年同期的1.6倍', { text: '1.6倍', kind: 'ratio', unit: 'times', value: 1.6 }],
    ['出生人口性别比为105∶100', { text: '105∶100', kind: 'ratio', unit: 'ratio', value: 1.05 }],
    ['小学师生比为1∶15.6', { text: '1∶15.6', value: expect.closeTo(1 / 15.6, 9) }],
    ['普通高中生师比达到13:1', { text: '13:1', value: 13 }],
    ['按1:1比例配套', { text: '1:1', value: 1 }],
    ['城乡居民收入比缩小至2.03∶1', { text: '2.03∶1', unit: 'ratio', value: 2.03 }],
  ])('%s', (t, want) => {
    const f = figs(t);
    expect(f, t).toHaveLength(1);
    expect(f[0]).toMatchObject(want);
  });

  it.each([['河北队以3∶1战胜辽宁队'], ['以2:0击败山东队'], ['以3比1逆转夺冠'], ['比分定格在21：15']])(
    '%s: a match score is no figure',
    (t) => {
      expect(figs(t)).toEqual([]);
    },
  );
});
