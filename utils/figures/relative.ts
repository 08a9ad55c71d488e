/**
 * Stage 3c: dates written as words, relative to the article's date — weeks and weekdays (上周, 下下周日,
 * 本周三, 星期一, 周末), months (上个月, 本月, 下月), 大前天/大后天, 去年同期 — and parts of a month or year
 * after a date (3月上旬/中旬/下旬, 5月初/月底, 年初/年底/年末). One precompiled alternation of fixed words.
 */
import type { DateHit, RefDate } from './stageTypes';
import type { Numeral } from './stageTypes';
import { CHAR_SETS, charSet } from './chars';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const DAY_MS = 86400000;
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const iso = (t: Date): string => `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;

/** ISO 8601 week of a date: 2017-W12. */
export function isoWeek(t: Date): string {
  const d = new Date(t.getTime());
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setTime(d.getTime() + (3 - dow) * DAY_MS); // the Thursday of this week decides the year
  const y = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(y, 0, 1)) / (7 * DAY_MS));
  return `${y}-W${pad2(week)}`;
}

const WEEK_SHIFT: Record<string, number> = { 上上: -2, 下下: 2, 上: -1, 下: 1, 本: 0, 这: 0, 这个: 0, 这一: 0, '': 0 };
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 0 };
const MONTH_SHIFT: Record<string, number> = { 上个: -1, 上: -1, 下个: 1, 下: 1, 本: 0, 这个: 0 };
const DAY_SHIFT: Record<string, number> = { 大前天: -3, 大后天: 3, 後天: 2 };
// 周期, 周边, 周年: 周 starts another word.
const NOT_WEEK = new Set([...'期边围转刊年岁报至全密到详知长']);

// Read only where a word can start (its first characters below), sticky there: e.g. 上周, 本周三, 星期一, 下个月.
const RE =
  /(上上|下下|上|下|本|这个|这一|这)?(星期|礼拜|禮拜|周|週)([一二三四五六日天末])?|(上个|下个|上|下|本|这个)月|大前天|大后天|後天|去年同期/y;
const FIRST = charSet('上下本这星礼禮周週大後去');

function weekHit(ref: RefDate | null, shift: number, day: number | undefined): string {
  if (!ref) return day ? `XXXX-WXX-${day}` : 'XXXX-WXX';
  const r = utc(ref.y, ref.m, ref.d);
  const monday = new Date(r.getTime() - ((r.getUTCDay() + 6) % 7) * DAY_MS + shift * 7 * DAY_MS);
  if (day === undefined) return isoWeek(monday);
  if (day === 0)
    return `${iso(new Date(monday.getTime() + 5 * DAY_MS))}/${iso(new Date(monday.getTime() + 6 * DAY_MS))}`;
  return iso(new Date(monday.getTime() + (day - 1) * DAY_MS));
}

// After a bare weekday: another weekday closing a span (周一至周五), or a timetable word (周一闭馆, 周二休息).
const WEEKDAY_SPAN = /^[至到\-—～~](?:周|星期)/;
const TIMETABLE = /^(?:闭馆|休馆|闭园|休园|停诊|休市|休息|不开放|例行|照常)/;

/** Date hits for relative words; `taken(s, e)` says whether a numeral date already covers the span. */
export function relativeWordHits(
  text: string,
  ref: RefDate | null,
  taken: (s: number, e: number) => boolean,
): DateHit[] {
  const out: DateHit[] = [];
  let habitEnd = -1;
  for (let p = 0; p < text.length; p++) {
    if (!(CHAR_SETS[text.charCodeAt(p)] & FIRST)) continue;
    RE.lastIndex = p;
    const m = RE.exec(text);
    if (!m) continue;
    const s = p,
      e = s + m[0].length;
    p = e - 1; // the next word starts after this one
    let date: string | null = null;
    let yearOnly = false;
    if (m[2]) {
      const prefix = m[1] ?? '';
      const dayCh = m[3];
      // A bare 周/星期 needs a weekday (周一) and a prefix needs a week word: 每周一 is a habit, not a date.
      // 每周三、周五: the habit goes on over the list.
      // 每周一至周五: so does a span of weekdays; a bare weekday before a timetable word is one too (周一闭馆).
      if (text[s - 1] === '每' || (habitEnd >= 0 && s - habitEnd === 1 && '、和及至到-—～~'.includes(text[habitEnd]))) {
        habitEnd = e;
        continue;
      }
      if (!prefix && dayCh && (WEEKDAY_SPAN.test(text.slice(e, e + 3)) || TIMETABLE.test(text.slice(e, e + 3)))) {
        habitEnd = e;
        continue;
      }
      // 周末 alone is any weekend (周末到河北); 本周末, 这个周末 is one.
      if ((!prefix && (!dayCh || dayCh === '末')) || (!dayCh && NOT_WEEK.has(text[e]))) continue;
      if (m[2] === '礼拜' && !dayCh && !prefix) continue;
      if (dayCh && !prefix && (m[2] === '周' || m[2] === '週') && text[e] === '年') continue;
      date = weekHit(ref, WEEK_SHIFT[prefix], dayCh ? WEEKDAY[dayCh] : undefined);
    } else if (m[4]) {
      if (!ref) continue;
      const t = utc(ref.y, ref.m + MONTH_SHIFT[m[4]], 1);
      date = `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}`;
    } else if (m[0] === '去年同期') {
      date = ref ? String(ref.y - 1) : 'XXXX';
      yearOnly = true;
    } else {
      if (!ref) continue;
      date = iso(utc(ref.y, ref.m, ref.d + DAY_SHIFT[m[0]]));
    }
    if (taken(s, e)) continue;
    out.push({ start: s, end: e, date, yearOnly });
  }
  return out;
}

const TEN_DAYS: [string, number, number][] = [
  ['上中旬', 1, 20],
  ['中下旬', 11, 31],
  ['上旬', 1, 10],
  ['中旬', 11, 20],
  ['下旬', 21, 31],
  ['初', 1, 10],
  ['中', 11, 20],
  ['底', 21, 31],
  ['末', 21, 31],
];
const LUNAR_DAY = /[一二三四五六七八九十]/;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Parts of a period written after a date hit: 3月上旬 -> 2019-03-01/2019-03-10, 5月底, 2019年初, 今年年底.
 * Bare 月底/月初/年底/年初 take the reference month or year. Hits are changed in place; returns new hits.
 */
export function periodParts(text: string, hits: DateHit[], ref: RefDate | null): DateHit[] {
  const added: DateHit[] = [];
  for (const h of hits) {
    const ym = /^(\d{4})-(\d{2})$/.exec(h.date);
    if (ym) {
      let p = h.end;
      if (text[p] === '份') p++;
      for (const [w, a, b] of TEN_DAYS) {
        if (!text.startsWith(w, p) || (w === '中' && text[p + 1] !== '旬')) continue;
        if (w === '初' && LUNAR_DAY.test(text[p + 1] ?? '')) break; // 正月初一: a lunar day, not early in the month
        const y = +ym[1],
          mo = +ym[2];
        h.date = `${ym[0]}-${pad2(a)}/${ym[0]}-${pad2(Math.min(b, lastDay(y, mo)))}`;
        h.end = p + w.length;
        h.yearOnly = false;
        break;
      }
      continue;
    }
    if (/^\d{4}$/.test(h.date) && text.startsWith('同期', h.end)) {
      h.end += 2;
      continue;
    } // 去年同期
    if (/^\d{4}$/.test(h.date)) {
      // 2019年初 / 今年年底 / 去年末
      let p = h.end;
      if (text[p] === '年') p++;
      const w = text[p];
      if (w === '初' || w === '底' || w === '末') {
        h.date = w === '初' ? `${h.date}-01` : `${h.date}-12`;
        h.end = p + 1;
        h.yearOnly = false;
      }
    }
  }
  if (!ref) return added;
  // Bare 月初/月中/月底/月末 and 年初/年底/年末: the reference month or year.
  const BARE = /月初|月中|月底|月末|年初|年底|年末/g;
  let m: RegExpExecArray | null;
  let i = 0;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  while ((m = BARE.exec(text))) {
    const s = m.index,
      e = s + 2;
    while (i < sorted.length && sorted[i].end <= s) i++;
    if (i < sorted.length && sorted[i].start < e) continue;
    if (/[0-9０-９一二三四五六七八九十今去明前本当正腊冬上]/.test(text[s - 1] ?? '') || text[s - 1] === '大') continue; // 大年初一, 3年初, 上年末
    if (m[0][1] === '初' && LUNAR_DAY.test(text[e] ?? '')) continue;
    if (m[0][0] === '年') {
      added.push({ start: s, end: e, date: m[0][1] === '初' ? `${ref.y}-01` : `${ref.y}-12`, yearOnly: false });
    } else {
      const [, a, b] = TEN_DAYS.find(([w]) => w === m![0][1])!;
      const ymS = `${ref.y}-${pad2(ref.m)}`;
      added.push({
        start: s,
        end: e,
        date: `${ymS}-${pad2(a)}/${ymS}-${pad2(Math.min(b, lastDay(ref.y, ref.m)))}`,
        yearOnly: false,
      });
    }
  }
  return added;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAY_RE = /^(星期|礼拜|禮拜|周|週)[一二三四五六日天]$/;

/**
 * Joins, in sorted hits: a weekday restating the date before it (10月12号，星期一; 5月24日（周五）) into that
 * date, and 本月/上个月 + a day (本月十日) into one date. Returns the new list.
 */
export function joinAdjacent(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && DAY_RE.test(prev.date)) {
      let p = prev.end;
      const open = text[p] === '（' || text[p] === '(';
      if (open || text[p] === '，' || text[p] === ',' || text[p] === ' ') p++;
      if (h.start === p && WEEKDAY_RE.test(text.slice(h.start, h.end))) {
        const close = open && (text[h.end] === '）' || text[h.end] === ')') ? 1 : 0;
        prev.end = h.end + close;
        continue;
      }
    }
    if (
      prev &&
      /^\d{4}-\d{2}$/.test(prev.date) &&
      prev.end === h.start &&
      DAY_RE.test(h.date) &&
      /[月]$/.test(text.slice(prev.start, prev.end))
    ) {
      out[out.length - 1] = { start: prev.start, end: h.end, date: prev.date + h.date.slice(7), yearOnly: false };
      continue;
    }
    out.push(h);
  }
  return out;
}

/**
 * Decades: 90年代, 上世纪90年代, 本世纪20年代, 20世纪80年代, 十九世纪七十年代 -> 1990/1999. Without a century,
 * the latest such decade not after the reference year (90年代 in 2019: the 1990s).
 */
export function readDecade(
  text: string,
  nums: Numeral[],
  j: number,
  ref: RefDate | null,
): { hit: DateHit; next: number } | null {
  let n = nums[j];
  let start = n.start,
    century: number | null = null,
    next = j + 1;
  const c = nums[j + 1];
  if (
    text.startsWith('世纪', n.end) &&
    c &&
    c.start === n.end + 2 &&
    Number.isInteger(n.value) &&
    n.value >= 1 &&
    n.value <= 22
  ) {
    century = (n.value - 1) * 100;
    n = c;
    next = j + 2;
  }
  if (
    !text.startsWith('年代', n.end) ||
    !Number.isInteger(n.value) ||
    n.value < 0 ||
    n.value > 90 ||
    n.value % 10 !== 0 ||
    n.approx
  )
    return null;
  if (century === null) {
    const word = text.slice(n.start - 3, n.start);
    if (ref && (word === '上世纪' || word === '本世纪')) {
      century = Math.floor(ref.y / 100) * 100 - (word === '上世纪' ? 100 : 0);
      start -= 3;
    } else if (ref) {
      century = Math.floor(ref.y / 100) * 100;
      if (century + n.value > ref.y) century -= 100;
    }
  }
  const from = century === null ? `XX${pad2(n.value)}` : String(century + n.value).padStart(4, '0');
  const to = century === null ? `XX${pad2(n.value + 9)}` : String(century + n.value + 9).padStart(4, '0');
  return { hit: { start, end: n.end + 2, date: `${from}/${to}`, yearOnly: false }, next };
}
