import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const figs = (t: string) => extractFigures(t, { referenceDate: '2025-07-29' }).filter((f) => f.kind !== 'date');

describe('units decided by context (context.ts table)', () => {
  it.each([
    ['北部风力可达6到7级', { text: '6到7级', kind: 'other', unit: 'level', value: 6, max: 7 }],
    ['阵风8级以上', { text: '8级以上', unit: 'level', value: 8, qualifier: 'atLeast' }],
    ['居民生活用电量2.36亿度', { text: '2.36亿度', kind: 'energy', unit: 'kWh', value: 236_000_000 }],
    ['每年输送约140亿度绿电', { kind: 'energy', unit: 'kWh', value: 14_000_000_000, qualifier: 'approx' }],
    ['光伏每年发电四五千度', { kind: 'energy', value: 4000, max: 5000 }],
    ['用电量达4757.6亿千瓦时', { kind: 'energy', unit: 'kWh', value: 475_760_000_000 }],
    ['充电量达8600兆瓦时', { text: '8600兆瓦时', kind: 'energy', unit: 'MWh', value: 8600 }],
    ['外援砍下31分', { text: '31分', kind: 'count', measure: '分', value: 31 }],
    ['以452.6分摘得银牌', { text: '452.6分', kind: 'count', measure: '分', value: 452.6 }],
    ['全线设计时速350公里', { text: '350公里', kind: 'speed', unit: 'km/h', value: 350 }],
    ['设计速度为120公里/小时', { kind: 'speed', unit: 'km/h', value: 120 }],
    ['跑出39秒21，', { text: '39秒21', kind: 'duration', unit: 'second', value: 39.21 }],
    ['女子冠军用时2小时26分。', { text: '2小时26分', kind: 'duration', unit: 'minute', value: 146 }],
    ['成绩为2小时10分36秒', { text: '2小时10分36秒', kind: 'duration', unit: 'second', value: 7836 }],
  ])('%s', (t, want) => {
    const f = figs(t);
    expect(f, t).toHaveLength(1);
    expect(f[0]).toMatchObject(want);
  });

  it.each([['三级医院'], ['加热到100度'], ['8时30分开始'], ['投中5个3分球'], ['这个项目十分重要']])(
    '%s: no wind level, energy or points',
    (t) => {
      for (const f of figs(t)) expect(['level', 'kWh'].includes(f.unit) || f.measure === '分', f.text).toBe(false);
    },
  );
});
