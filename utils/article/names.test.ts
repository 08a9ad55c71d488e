import { describe, expect, it } from 'vitest';
import { isHandle, isPersonName, nameList, squeezeName } from './names';

describe('isPersonName', () => {
  const cases: Array<[string, boolean]> = [
    ['胡平', true],
    ['徐睿翔', true],
    ['欧阳晓明', true],
    ['热依拉·买买提', true],
    ['博客', false],
    ['调查', false],
    ['看东北', false],
    ['致电上海', false],
    ['手记', false],
    ['本文', false],
    ['张', false],
    ['王小明明', false],
    ['Joel', false],
  ];
  for (const [s, ok] of cases) it(`${s} -> ${ok}`, () => expect(isPersonName(s)).toBe(ok));
});

describe('isHandle', () => {
  const cases: Array<[string, boolean]> = [
    ['放飞&心情', true],
    ['ggjjzhzz', true],
    ['眉间尺', true],
    ['zboygirl', true],
    ['size', false],
    ['admin', false],
    ['2005', false],
    ['x', false],
    ['a<b>', false],
  ];
  for (const [s, ok] of cases) it(`${s} -> ${ok}`, () => expect(isHandle(s)).toBe(ok));
});

describe('nameList / squeezeName', () => {
  const cases: Array<[string, string[]]> = [
    ['胡平', ['胡平']],
    ['赵延东、风笑天', ['赵延东', '风笑天']],
    ['[ 黄宇 ]', ['黄宇']],
    ['常书香 马丹阳', ['常书香', '马丹阳']],
    ['犬儒病(上)', []],
    ['张家口 石家庄 保定 唐山 廊坊 沧州 衡水', []],
    ['——当代中国的精神危机', []],
    ['张家口 石家庄', []],
    ['吴江区', []],
  ];
  for (const [s, names] of cases) it(s, () => expect(nameList(s)).toEqual(names));
  it('joins a padded two-character name only', () => {
    expect(squeezeName('赵  培')).toBe('赵培');
    expect(squeezeName('王 建宏')).toBe('王 建宏');
  });
});
