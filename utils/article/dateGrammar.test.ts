import { describe, expect, it } from 'vitest';
import {
  CLOSING_MONTH,
  COMPACT_TIMED,
  DATE_PART,
  DATE_START,
  DAY_MONTH_START,
  dayMonthYear,
  ISO_ZONED,
  MONTH_DAY,
  URL_PATH_DATE,
  URL_T_DATE,
  YEAR_MONTH,
  YMD_COLON,
  YMD_DAY,
  YMD_TIMED,
  ymd,
} from './dateGrammar';

const whole = (part: string) => new RegExp(`^(?:${part})$`);

describe('the date grammar: each part reads its examples, and not their near misses', () => {
  it.each([
    ['ymd', ymd(), ['2019-05-24 11:34:00', '2019/5/24', '2019.05.24 10:20'], ['1899-05-24']],
    ['YMD_DAY', YMD_DAY, ['2019-05-24', '2019年5月24'], ['2019年5月']],
    ['YMD_TIMED', YMD_TIMED, ['2019-05-24 11:34', '2019年5月24日11时34'], ['2019-05-24']],
    ['YMD_COLON', YMD_COLON, ['2004年7月16日08:19', '2019-05-24'], ['2004年7月16日8时']],
    ['YEAR_MONTH', YEAR_MONTH, ['2019-05', '2019 年 5'], ['19-05']],
    ['DATE_START', DATE_START, ['2019-', '2019年'], ['2019 年']],
    ['COMPACT_TIMED', COMPACT_TIMED, ['2005/03/15 22:36:13', '2019-5-24 9:05'], ['2005/03/15']],
    ['dayMonthYear', dayMonthYear(), ['7/5/2005 9:23:57 PM', '06/02/2022 - 13:48', '17.09.2004 05:54', '7/5/2005'], []],
    ['dayMonthYear(timed)', dayMonthYear(true), ['7/5/2005 9:23 a.m.'], ['7/5/2005']],
    ['MONTH_DAY', MONTH_DAY, ['3月5日', '12月31日'], ['3月']],
    ['DATE_PART', DATE_PART, ['2019年', '3月', '5号', '10时'], ['5个']],
    ['ISO_ZONED', ISO_ZONED.slice(1, -1), ['2019-05-24T03:34:00.000Z', '2019-05-24T11:34+08:00'], ['2019-05-24T11:34']],
  ])('%s', (_, part, yes, no) => {
    for (const s of yes) expect(s, s).toMatch(whole(part));
    for (const s of no) expect(s, s).not.toMatch(whole(part));
  });

  it('captures year, month, day and the time of day (a closing 分 is left out: it separates the seconds)', () => {
    expect(new RegExp(ymd(true)).exec('2019年5月24日 11时34分')?.slice(1, 7)).toEqual([
      '2019',
      '5',
      '24',
      '11',
      '34',
      undefined,
    ]);
    expect(new RegExp(`^${dayMonthYear(false, true)}$`).exec('7/5/2005 9:23:57 PM')?.slice(1)).toEqual([
      '7',
      '5',
      '2005',
      '9',
      '23',
      '57',
      'P',
    ]);
  });

  it('reads the closing month, the start of a day-first date and dates in addresses', () => {
    expect(new RegExp(CLOSING_MONTH).exec('——《北京之春》1998年3月号')?.slice(1)).toEqual(['1998', '3']);
    expect('1998年3月5日').not.toMatch(new RegExp(CLOSING_MONTH));
    expect(' 7/5/2005').toMatch(new RegExp(DAY_MONTH_START));
    expect(new RegExp(URL_PATH_DATE).exec('/system/2019/05/24/100.shtml')?.slice(1)).toEqual(['2019', '05', '24']);
    expect(new RegExp(URL_T_DATE).exec('/201010/t20101021_123.html')?.slice(1)).toEqual(['2010', '10', '21']);
  });
});
