/**
 * The one grammar of printed dates for the article side: metadata (dates.ts, byline.ts), cleaning (clean.ts),
 * the dateline lead (lead.ts), handles that are no names (names.ts) and the URL fallback (dates.ts,
 * sites/changcheng.ts) all build their patterns from these parts. Each part is regular-expression source (a
 * string), named, with an example; `g(part, capture)` wraps a part in a capturing group when a caller reads it.
 *   absolute, digits           2019-05-24 11:34:00, 2019/5/24, 2019.05.24 10:20, 7/5/2005 9:23:57 PM, ISO zoned
 *   Chinese-character          2019年5月24日 11时34, 1998年3月号
 *   relative to a known year   3月5日 (a dateline: the article's year), 2019年5月 (a month, no day)
 *   in an address              /system/2019/05/24/…, /201010/t20101021_…
 * (Days named relative to the reader's today — 昨天, 3小时前 — are read only by the figures engine, which has
 * the article's date to anchor them: utils/figures/relative.ts.)
 */

/** Wrap a part in a capturing group when `capture`, else in nothing (the part is already a unit). */
const g = (part: string, capture: boolean) => (capture ? `(${part})` : part);

/** A year of the last or this century: 1998, 2019. */
export const YEAR = '(?:19|20)\\d{2}';
/** A month or a day, one or two digits: 5, 05, 24. */
export const MD = '\\d{1,2}';
/** Between year and month: - / . or 年, spaces allowed ("2019-05", "2019 年 5"). */
const AFTER_YEAR = '\\s*[-/.年]\\s*';
/** Between month and day: - / . or 月 ("05-24", "5月24"). */
const AFTER_MONTH = '\\s*[-/.月]\\s*';

/** Year and month, digits or Chinese characters: 2019-05, 2019年5. */
export const YEAR_MONTH = `${YEAR}${AFTER_YEAR}${MD}`;
/** A year that starts a date, written tight: "2019-", "2019年" (where a byline value stops). */
export const DATE_START = `${YEAR}[-/.年]`;
/** Year, month, day without 日: 2019-05-24, 2019年5月24. */
export const YMD_DAY = `${YEAR_MONTH}${AFTER_MONTH}${MD}`;

/** A clock time, digits or Chinese characters: 11:34, 11：34：00, 11时34 (分 after the minutes is not read). */
function clock(capture: boolean): string {
  return `${g(MD, capture)}\\s*[:：时]\\s*${g(MD, capture)}(?:\\s*[:：分]\\s*${g(MD, capture)})?`;
}
/** A colon clock with two-digit minutes: 08:19, 22:36:13 (full-width colon allowed after the hour). */
export const COLON_CLOCK = `${MD}[:：]\\d{2}(?::\\d{2})?`;
/** A clock as English pages print it: 9:23, 13:48:05, 9:23:57 PM, 9:23 a.m. */
function englishClock(capture: boolean): string {
  const [h, min, s] = [g(MD, capture), g('\\d{2}', capture), g('\\d{2}', capture)];
  return `${h}:${min}(?::${s})?(?:\\s*${g('[AaPp]', capture)}\\.?[Mm]\\.?)?`;
}

/**
 * A printed date, year first, with an optional time of day: 2019-05-24 11:34:00, 2019年5月24日 11时34,
 * 2019/5/24, 2019-05-24T10:20. With `capture`: groups year, month, day, hour, minute, second.
 */
export function ymd(capture = false): string {
  const date = `${g(YEAR, capture)}${AFTER_YEAR}${g(MD, capture)}${AFTER_MONTH}${g(MD, capture)}\\s*日?`;
  return `${date}(?:\\s*[T\\s]?\\s*${clock(capture)})?`;
}
/** A year-first date that has a time of day: 2019-05-24 11:34, 2019年5月24日11时34. */
export const YMD_TIMED = `${YMD_DAY}\\s*日?\\s*${clock(false)}`;
/** A year-first date with an optional colon clock: "2004年7月16日08:19", "2019-05-24". */
export const YMD_COLON = `${YMD_DAY}\\s*日?(?:\\s*${COLON_CLOCK})?`;
/** A compact numeric date and time: 2005/03/15 22:36:13, 2019-5-24 9:05 (by-lines of forum posts). */
export const COMPACT_TIMED = `${YEAR}[-/.]${MD}[-/.]${MD}\\s+${MD}:\\d{2}(?::\\d{2})?`;

/**
 * Day and month before the year, as European and US pages print them, with an optional clock:
 * 7/5/2005 9:23:57 PM, 06/02/2022 - 13:48, 17.09.2004 05:54. `timed`: the clock is required.
 * With `capture`: groups first number, second number, year, hour, minute, second, a/p.
 */
export function dayMonthYear(timed = false, capture = false): string {
  const date = `${g(MD, capture)}\\s*[/.]\\s*${g(MD, capture)}\\s*[/.]\\s*${g(YEAR, capture)}`;
  const time = `\\s*[-,]?\\s*${englishClock(capture)}`;
  return timed ? `${date}${time}` : `${date}(?:${time})?`;
}
/** The start of a day-month-year date: "7/", " 17." */
export const DAY_MONTH_START = `^\\s*${MD}\\s*[/.]`;

/** A label before the page's own date. "于" only after 发表/发布 ("建立于 2004年10月6日" is another date). */
export const DATE_LABEL =
  '(?:(?:发布|发表|更新|出版|刊发|录入|上传|创建|成文)(?:时间|日期|于)|时间|日期|' +
  '[Pp]osted(?:\\s+on)?|[Pp]ublished(?:\\s+on)?|[Dd]ate)';

/** Month and day, no year (read in the article's year): 3月5日 in "新华社石家庄3月5日电". */
export const MONTH_DAY = `${MD}月${MD}日`;
/** A number with a date or time character: 2019年, 3月, 1日, 5号, 10时, 8点, 30分 ("3月1日" is no pen name). */
export const DATE_PART = '\\d{1,4}[年月日号时点分]';
/**
 * The month an essay closes with, not followed by a day: "1998年3月号", "2003年5月于北京".
 * Groups: year, month.
 */
export const CLOSING_MONTH = `(${YEAR})\\s*年\\s*(${MD})\\s*月(?!\\s*${MD}\\s*[日号])`;

/** A time zone: Z, +08:00, -0500. */
export const ZONE = '(?:Z|[+-]\\d{2}:?\\d{2})';
/** An ISO 8601 timestamp with its zone: 2019-05-24T03:34:00.000Z. Groups: y, m, d, h, min, s, zone. */
export const ISO_ZONED =
  '^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})$';

/** A CMS path date: /system/2019/05/24/…, /2019-05-24/…, /20190524/…. Groups: year, month, day. */
export const URL_PATH_DATE = `\\/(${YEAR})[/-]?(\\d{2})[/-]?(\\d{2})\\/`;
/** A TRS file-name date: /201010/t20101021_123.html. Groups: year, month, day. */
export const URL_T_DATE = `\\/t(${YEAR})(\\d{2})(\\d{2})_`;
