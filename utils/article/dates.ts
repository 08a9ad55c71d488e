/**
 * Finding a page's own date in free text: labelled dates ("发布时间：", "发表于", "日期：", "Posted on"),
 * dates printed with a time of day, US/European slash dates ("7/5/2005 9:23:57 PM", "06/02/2022 - 13:48"),
 * and the month an essay closes with ("——《北京之春》1998年3月号"). Pure string functions.
 */
import {
  CLOSING_MONTH,
  DATE_LABEL,
  DAY_MONTH_START,
  dayMonthYear,
  ISO_ZONED,
  URL_PATH_DATE,
  URL_T_DATE,
  YMD_TIMED,
  ymd,
  ZONE,
} from './dateGrammar';
import { cleanText } from './strings';

export * from './dateGrammar';

const pad = (n: number | string) => String(n).padStart(2, '0');
const ISO_ZONED_RE = new RegExp(ISO_ZONED);

/** A date regex that accepts 2019-05-24 11:34:00, 2019年5月24日 11时34分, 2019/5/24, 2019.05.24 10:20. */
export const DATE_RE = new RegExp(ymd(true));

/**
 * Any date string -> ISO 8601 in Beijing time (+08:00). Zoned inputs (Z, +00:00) are converted to
 * Beijing time; zoneless inputs are taken as Beijing time, as the site prints them. null if none.
 */
export function toBeijingIso(s: string | null | undefined): string | null {
  const t = cleanText(s);
  if (!t) return null;
  if (ISO_ZONED_RE.test(t)) {
    const ms = Date.parse(t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(ms)) {
      const d = new Date(ms + 8 * 3600_000);
      const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`;
    }
  }
  const m = DATE_RE.exec(t);
  if (!m) return null;
  const [, y, mo, d, h, mi, se] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
  if (h !== undefined && (+h > 23 || +mi > 59)) return `${y}-${pad(mo)}-${pad(d)}T00:00:00+08:00`;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h ?? 0)}:${pad(mi ?? 0)}:${pad(se ?? 0)}+08:00`;
}

const URL_PATH_DATE_RE = new RegExp(URL_PATH_DATE);
const URL_T_DATE_RE = new RegExp(URL_T_DATE);

/** /system/2019/05/24/… or /201010/t20101021_… in a URL -> midnight Beijing time that day. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    /* keep raw */
  }
  const m = URL_PATH_DATE_RE.exec(path) ?? URL_T_DATE_RE.exec(path);
  if (!m || +m[2] < 1 || +m[2] > 12 || +m[3] < 1 || +m[3] > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}T00:00:00+08:00`;
}

const LABELED_RE = new RegExp(`${DATE_LABEL}\\s*[:：]?\\s*[【\\[]?\\s*(${ymd()}|${dayMonthYear()})`);
const DATETIME_RE = new RegExp(`${YMD_TIMED}|${dayMonthYear(true)}`);
const ANY_DATE_RE = new RegExp(ymd());
const SLASH_RE = new RegExp(`^${dayMonthYear(false, true)}$`);
const DAY_MONTH_START_RE = new RegExp(DAY_MONTH_START);
const CLOSING_MONTH_RE = new RegExp(CLOSING_MONTH, 'g');
/** A zoned timestamp with a time of day ("2022-06-02T11:48:00Z"), and one at midnight (a day, not an instant). */
const ZONED_TIME_RE = new RegExp(`T\\d{2}:\\d{2}.*${ZONE}$`);

/**
 * "7/5/2005 9:23:57 PM" / "06/02/2022 - 13:48" -> ISO (Beijing time). Day-first unless the first number
 * cannot be a day of that reading (> 12 in the second place), or an AM/PM marker says American.
 */
export function slashDateIso(s: string): string | null {
  const m = SLASH_RE.exec(s.trim());
  if (!m) return null;
  const [a, b] = [+m[1], +m[2]];
  const us = !!m[7] || b > 12;
  const [mo, d] = us && a <= 12 ? [a, b] : b <= 12 ? [b, a] : [a, b];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  let h = m[4] !== undefined ? +m[4] : 0;
  if (m[7] && /p/i.test(m[7]) && h < 12) h += 12;
  if (m[7] && /a/i.test(m[7]) && h === 12) h = 0;
  if (h > 23 || +(m[5] ?? 0) > 59) return null;
  return `${m[3]}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(m[5] ?? 0)}:${pad(m[6] ?? 0)}+08:00`;
}

/** Any printed date -> ISO: year-first forms via toBeijingIso, slash forms via slashDateIso. */
export function looseDateIso(s: string | null | undefined): string | null {
  if (!s) return null;
  return DAY_MONTH_START_RE.test(s) ? slashDateIso(s) : toBeijingIso(s);
}

/** The labelled date in a text ("发布时间：2018-01-02 10:20", "发表于 2004年12月27日 12:40"), or null. */
export function labelledDate(text: string): string | null {
  const m = LABELED_RE.exec(text);
  return m ? looseDateIso(m[1]) : null;
}

/** The page's date in a short window: labelled first, else the first date with a time of day, else any date. */
export function dateInWindow(text: string): string | null {
  const ld = labelledDate(text);
  if (ld) return ld;
  const dt = DATETIME_RE.exec(text);
  if (dt) return looseDateIso(dt[0]);
  const any = ANY_DATE_RE.exec(text);
  return any ? toBeijingIso(any[0]) : null;
}

/**
 * The page's date anywhere in its text, when nothing sits near the title: a labelled date, else the first
 * date printed with a time of day that the page does not repeat (a timestamp printed three times or more
 * belongs to a list of links, not to this page).
 */
export function dateInPage(bodyText: string): string | null {
  const ld = labelledDate(bodyText);
  if (ld) return ld;
  const re = new RegExp(DATETIME_RE.source, 'g');
  for (let m = re.exec(bodyText), n = 0; m && n < 20; m = re.exec(bodyText), n++) {
    if (bodyText.split(m[0]).length - 1 >= 3) continue;
    const iso = looseDateIso(m[0]);
    if (iso) return iso;
  }
  return null;
}

/**
 * The month an essay closes with, to month precision (first of the month, midnight Beijing time):
 * "——《北京之春》1998年3月号", "2003年5月于北京". Only the last ~120 characters are read.
 */
export function closingMonth(text: string): string | null {
  const tail = text.slice(Math.max(0, text.length - 120));
  const re = CLOSING_MONTH_RE;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(tail); m; m = re.exec(tail)) last = m;
  if (!last || +last[2] < 1 || +last[2] > 12) return null;
  // Only a closing line: nothing but a signature / place / punctuation after the month.
  const after = tail.slice(last.index + last[0].length);
  if (!/^[\s号刊期初中末底]*(?:于?[\u4e00-\u9fa5]{0,6})[\s。．.）)】\]]*$/.test(after)) return null;
  return `${last[1]}-${pad(last[2])}-01T00:00:00+08:00`;
}

/**
 * The printed date, unless the page also gives the same moment as a zoned timestamp with a time of day
 * (article:published_time, JSON-LD datePublished) within 36 hours of it: then the printed time is local
 * to another zone ("发表时间： 06/02/2022 - 13:48" in Paris) and the zoned one is the true instant.
 */
export function preferZoned(printed: string | null, zoned: string | null): string | null {
  if (!printed || !zoned || !ZONED_TIME_RE.test(zoned.trim()) || /T00:00(?::00)?/.test(zoned)) return printed;
  const z = toBeijingIso(zoned);
  if (!z) return printed;
  const gap = Math.abs(Date.parse(z) - Date.parse(printed));
  return gap > 0 && gap <= 36 * 3600_000 ? z : printed;
}
