import { describe, expect, it } from 'vitest';
import { closingMonth, dateInPage, dateInWindow, labelledDate, looseDateIso, preferZoned, slashDateIso } from './dates';

describe('slashDateIso', () => {
  const cases: Array<[string, string | null]> = [
    ['9/17/2004 5:54:13 AM', '2004-09-17T05:54:13+08:00'], // American: the day cannot be 17th month
    ['7/5/2005 9:23:57 PM', '2005-07-05T21:23:57+08:00'], // AM/PM says American
    ['12/1/2006 12:05 AM', '2006-12-01T00:05:00+08:00'],
    ['06/02/2022 - 13:48', '2022-02-06T13:48:00+08:00'], // no marker: day first
    ['17.09.2004 05:54', '2004-09-17T05:54:00+08:00'],
    ['31/31/2004', null],
  ];
  for (const [s, iso] of cases) it(s, () => expect(slashDateIso(s)).toBe(iso));
  it('looseDateIso sends year-first dates to toBeijingIso', () =>
    expect(looseDateIso('2005-9-15 11:46:00')).toBe('2005-09-15T11:46:00+08:00'));
});

describe('labelledDate', () => {
  const cases: Array<[string, string | null]> = [
    ['发布时间：2018-01-02 10:20:30 来源：新华网', '2018-01-02T10:20:30+08:00'],
    ['发布日期： 2022年01月28日 索 引 号：', '2022-01-28T00:00:00+08:00'],
    ['时间：2005-08-28 20:56:20 分数：100', '2005-08-28T20:56:20+08:00'],
    ['日期：2018/1/2', '2018-01-02T00:00:00+08:00'],
    ['发布于 2021-11-25 16:26:07', '2021-11-25T16:26:07+08:00'],
    ['Posted on 2005-07-31 12:30 by zboygirl', '2005-07-31T12:30:00+08:00'],
    ['建立于:2004年10月6日', null],
    ['于2022年2月12日23时16分在上海逝世', null],
  ];
  for (const [s, iso] of cases) it(s, () => expect(labelledDate(s)).toBe(iso));
});

describe('dateInWindow / dateInPage', () => {
  it('prefers a date with a time of day over a bare one in the window', () => {
    expect(dateInWindow('【看中国2005年07月03日报道】 … 2005-07-05 09:20 更新')).toBe('2005-07-05T09:20:00+08:00');
    expect(dateInWindow('2003-7-24 钱江晚报 编者按')).toBe('2003-07-24T00:00:00+08:00');
  });
  it('skips a timestamp printed three times (a list of links) on the whole page', () => {
    const body =
      '少年时代 (2004-10-10 17:06) 三度开除 (2004-10-10 17:06) 水木清华 (2004-10-10 17:06) 正文 2004-10-11 09:00 更新';
    expect(dateInPage(body)).toBe('2004-10-11T09:00:00+08:00');
  });
});

describe('closingMonth', () => {
  const cases: Array<[string, string | null]> = [
    ['……拨开灰烬，你会看到重新燃烧的人心。 ——《北京之春》1998年3月号', '1998-03-01T00:00:00+08:00'],
    ['全文完。 2003年5月于北京', '2003-05-01T00:00:00+08:00'],
    ['据统计，2005年3月全国销量增长两成，其中轿车增长最快，业内人士认为还将继续。', null],
    ['1998年3月12日', null],
  ];
  for (const [s, iso] of cases) it(s.slice(-16), () => expect(closingMonth(s)).toBe(iso));
});

describe('preferZoned', () => {
  it('takes the zoned instant when a printed time is local to another zone', () => {
    expect(preferZoned('2022-02-06T13:48:00+08:00', '2022-02-06T12:48:06+00:00')).toBe('2022-02-06T20:48:06+08:00');
  });
  it('keeps the printed date when the zoned one is far off, midnight-only or absent', () => {
    expect(preferZoned('2022-02-06T13:48:00+08:00', '2021-02-06T12:48:06+00:00')).toBe('2022-02-06T13:48:00+08:00');
    expect(preferZoned('2022-02-06T13:48:00+08:00', '2022-02-06T00:00:00+00:00')).toBe('2022-02-06T13:48:00+08:00');
    expect(preferZoned('2022-02-06T13:48:00+08:00', null)).toBe('2022-02-06T13:48:00+08:00');
    expect(preferZoned(null, '2022-02-06T12:48:06+00:00')).toBeNull();
  });
});
