import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const texts = (t: string) => extractFigures(t, { referenceDate: '2025-09-15' }).map((f) => f.text);

describe('names with numbers are no figures (names.ts, negatives.ts)', () => {
  it.each([
    ['我省选手获得女子3米板冠军'],
    ['在男子10米台比赛中'],
    ['在男子4×100米接力中'],
    ['设置5公里健康跑项目'],
    ['男子100米决赛'],
    ['河北U17队获胜'],
    ['京港澳高速G4部分路段'],
    ['C919国产大飞机'],
    ['航班号为MU5412'],
    ['“双11”期间'],
    ['新建5G基站'],
    ['拨打12328热线'],
    ['登录APP 3.0版'],
    ['车牌号为冀A·D12345的车辆'],
    ['“数字经济赋能百企千项”行动'],
    ['成千上万的市民'],
    ['“河北制造2.0”升级行动'],
    ['石家庄队包揽男子200米自由泳前三名'],
    ['进入全国前10位'],
  ])('%s', (t) => {
    expect(texts(t)).toEqual([]);
  });

  it('still reads distances that are figures', () => {
    expect(texts('赛道全长5公里，跑出39秒21')).toEqual(['5公里', '39秒21']);
  });
});

describe('counts with 万/亿 and no measure word', () => {
  it.each([
    ['全市常住人口达1123万，', { text: '1123万', kind: 'count', value: 11_230_000, unit: '' }],
    ['比上年末减少15万。', { text: '15万', value: 150_000 }],
    ['在校生约1500万。', { text: '1500万', value: 15_000_000, qualifier: 'approx' }],
    ['累计观看量超过1.2亿。', { text: '1.2亿', value: 120_000_000, qualifier: 'moreThan' }],
  ])('%s', (t, want) => {
    const f = extractFigures(t);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject(want);
    expect(f[0].measure).toBeUndefined();
  });

  it('leaves amounts in a money clause alone (投资2.3亿 is not a count)', () => {
    expect(extractFigures('项目总投资2.3亿，').filter((f) => f.kind === 'count')).toEqual([]);
  });
});
