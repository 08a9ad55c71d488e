import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const dates = (t: string, ref = '2025-07-29') =>
  extractFigures(t, { referenceDate: ref })
    .filter((f) => f.kind === 'date')
    .sort((a, b) => a.start - b.start)
    .map((f) => [f.text, f.date]);

describe('times of day name a day (dates.ts, anchored.ts)', () => {
  it.each([
    ['今晨起，', [['今晨', '2025-07-29']]],
    ['今天凌晨5时发布预警', [['今天', '2025-07-29']]],
    ['今早，', [['今早', '2025-07-29']]],
    ['昨晚8时许', [['昨晚', '2025-07-28']]],
    ['昨夜，', [['昨夜', '2025-07-28']]],
    ['前晚，', [['前晚', '2025-07-27']]],
    ['明晚将有降雨', [['明晚', '2025-07-30']]],
    ['前晚至昨天，全省平均降水量', [['前晚至昨天', '2025-07-27/2025-07-28']]],
    ['今晚到明天白天', [['今晚到明天', '2025-07-29/2025-07-30']]],
    [
      '7月26日，邢台出现强对流天气，当晚降下冰雹，次日上午核灾。',
      [
        ['7月26日', '2025-07-26'],
        ['当晚', '2025-07-26'],
        ['次日', '2025-07-27'],
      ],
    ],
    ['5月18日当天，全省', [['5月18日当天', '2025-05-18']]],
    ['当日保障航班386架次', [['当日', '2025-07-29']]],
    ['翌日，', [['翌日', '2025-07-30']]],
  ])('%s', (t, want) => {
    expect(dates(t)).toEqual(want);
  });

  it('needs a day to anchor on: no reference, no 当天', () => {
    expect(extractFigures('当天入场求职人员约6500人次', { referenceDate: null }).map((f) => f.kind)).toEqual(['count']);
  });
});
