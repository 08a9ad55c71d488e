/**
 * Stage 3b: dates built from numerals — 2019年1月26日, 1月26日, 2018年8月份, 2019-05-24, 2018年至2020年,
 * 今年一季度, 前三季度, 上半年 — resolved against the article's date (referenceDate).
 * Numerals used by a date are marked so the unit stage leaves them alone (为期三年 stays a duration).
 */
import type { DateHit, Numeral, RefDate } from './stageTypes';
import { joinAdjacent, periodParts, readDecade, relativeWordHits } from './relative';
import { joinDateRanges, readFirstMonths, readMonthRange } from './dateRanges';
import { anchoredDays } from './anchored';
import { isKeyYearWord, relativeYearBefore, wordHits, yearStr } from './dayWords';

export { isKeyYearWord };

/** '2019-05-24T11:34:00+08:00' or '2019-05-24' -> parts; null when absent or unreadable. */
export function parseReferenceDate(ref: string | null | undefined): RefDate | null {
  if (!ref) return null;
  const y = Number(ref.slice(0, 4)),
    m = Number(ref.slice(5, 7)),
    d = Number(ref.slice(8, 10));
  if (!(y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) || ref[4] !== '-') return null;
  return { y, m, d };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function isInt(n: Numeral | undefined, lo: number, hi: number): n is Numeral {
  return (
    !!n && !n.approx && n.max === undefined && !n.per && Number.isInteger(n.value) && n.value >= lo && n.value <= hi
  );
}

/** 2019年 / 二〇一九年 / 07年 (when a month follows or with a leading zero): the year, else null. */
function yearOf(n: Numeral, text: string, ref: RefDate | null): number | null {
  if (n.digitRun) return n.value < 100 ? twoDigitYear(n.value, ref) : n.value;
  const raw = n.rawInt;
  if (raw && raw.length === 4 && n.value >= 1000 && n.value <= 2199) return n.value;
  if (raw && raw.length === 2) {
    let q = n.end + 1;
    if (text[q] === ' ') q++;
    if (raw[0] === '0' || MONTH_START.test(text[q] ?? '')) return twoDigitYear(n.value, ref);
  }
  if (n.chinese && !n.arabic && n.value >= 1000 && n.value <= 2199 && Number.isInteger(n.value)) return n.value;
  return null;
}
const MONTH_START = /[0-9０-９一二三四五六七八九十]/;
function twoDigitYear(v: number, ref: RefDate | null): number {
  const pivot = ((ref?.y ?? 2030) % 100) + 10;
  return v <= pivot ? 2000 + v : 1900 + v;
}

interface Point {
  start: number;
  end: number;
  y: number | null;
  m?: number;
  d?: number;
  q?: string;
  yearOnly: boolean;
  next: number;
}

/** Follows 年 with a space allowed: index after it, or -1. */
function after(text: string, p: number, ch: string): number {
  if (text[p] === ch) return p + 1;
  if (text[p] === ' ' && text[p + 1] === ch) return p + 2;
  return -1;
}

/** A date point starting at numeral j (year, month, day, quarter), or null. */
function readPoint(text: string, nums: Numeral[], j: number, ref: RefDate | null, inherit?: Point): Point | null {
  const n = nums[j];
  let start = n.start,
    y: number | null = null,
    k = j,
    end = -1,
    fromRef = false;
  const yr = yearOf(n, text, ref);
  const yearEnd = yr !== null ? after(text, n.end, '年') : -1;
  if (yearEnd > 0) {
    y = yr;
    end = yearEnd;
    k = j + 1;
  } else {
    const rel = relativeYearBefore(text, n.start, ref);
    if (rel) {
      start = rel.start;
      y = rel.y;
    } else if (inherit) y = inherit.y;
    else if (ref) {
      y = ref.y;
      fromRef = true;
    }
  }
  const pos = end > 0 ? (text[end] === ' ' ? end + 1 : end) : start;
  // Halves after a year: 2024年上半年.
  if (end > 0 && (text.startsWith('上半年', end) || text.startsWith('下半年', end))) {
    return { start, end: end + 3, y, q: text[end] === '上' ? 'H1' : 'H2', yearOnly: false, next: k };
  }
  const mn = nums[k];
  if (mn && (mn.start === pos || (end < 0 && k === j))) {
    // Quarters: 一季度, 第一季度, 前三季度.
    const lead = text[mn.start - 1];
    const qEnd = isInt(mn, 1, 4) ? (text.startsWith('季度', mn.end) ? mn.end + 2 : -1) : -1;
    if (qEnd > 0 && text[mn.end - 1] !== '个') {
      const s = lead === '第' || lead === '前' ? mn.start - 1 : mn.start;
      let qStart = end > 0 ? start : Math.min(start, s);
      const relQ = end < 0 && s < mn.start ? relativeYearBefore(text, s, ref) : null; // 今年前三季度
      if (relQ) {
        qStart = relQ.start;
        y = relQ.y;
      }
      const qs = lead === '前' ? `Q1/${yearStr(y)}-Q${mn.value}` : `Q${mn.value}`;
      return { start: qStart, end: qEnd, y, q: qs, yearOnly: false, next: k + 1 };
    }
    const mEnd = isInt(mn, 1, 12) && text[mn.start - 1] !== '个' ? after(text, mn.end, '月') : -1;
    if (mEnd > 0 && text[mn.start - 1] !== '第') {
      // 12月31日 in an article of January 3: last December, not eleven months ahead.
      if (fromRef && ref && mn.value - ref.m >= 10) y = ref.y - 1;
      let stop = text[mEnd] === '份' ? mEnd + 1 : mEnd;
      const dn = nums[k + 1];
      let d: number | undefined;
      if (dn && dn.start === stop && isInt(dn, 1, 31)) {
        const dEnd =
          text[dn.end] === '日' || text[dn.end] === '号' ? dn.end + 1 : dn.chinese && !dn.arabic ? dn.end : -1;
        if (dEnd > 0) {
          d = dn.value;
          stop = dEnd;
          k++;
        }
      }
      return {
        start: end > 0 || y === null || start < n.start ? start : mn.start,
        end: stop,
        y,
        m: mn.value,
        d,
        yearOnly: false,
        next: k + 1,
      };
    }
  }
  if (end > 0) return { start, end, y, yearOnly: true, next: k };
  // A day alone (26日), taking year and month from what came before or from the reference.
  const dayMark = text[n.end] === '日' || (text[n.end] === '号' && HAO_NEXT.test(text[n.end + 1] ?? '。'));
  if (isInt(n, 1, 31) && dayMark && text[n.start - 1] !== '第') {
    const m = inherit?.m ?? ref?.m;
    return {
      start: n.start,
      end: n.end + 1,
      y: inherit ? inherit.y : (ref?.y ?? null),
      m,
      d: n.value,
      yearOnly: false,
      next: j + 1,
    };
  }
  return null;
}

// 12号 is a day when a time or a clause break follows (12号上午, 12号，), not a number (3号楼, 12号线).
const HAO_NEXT = /[，。、；！？,.;!?\s上下中晚早凌起前后当至到的（(]/;

function isoOf(p: Point): string {
  if (p.q) return `${yearStr(p.y)}-${p.q}`;
  if (p.m === undefined) return yearStr(p.y);
  const ym = `${yearStr(p.y)}-${pad2(p.m)}`;
  return p.d === undefined ? ym : `${ym}-${pad2(p.d)}`;
}

/** 2019-05-24, 2010.01.29, 2015.5.13, 13.5.2015 from three numerals joined by one separator. */
function readNumericDate(text: string, nums: Numeral[], j: number): Point | null {
  const a = nums[j],
    b = nums[j + 1],
    c = nums[j + 2];
  if (!a || !b || !c || !a.rawInt || !b.rawInt || !c.rawInt) return null;
  const sep = text[a.end];
  if (!'-./'.includes(sep) || b.start !== a.end + 1 || text[b.end] !== sep || c.start !== b.end + 1) return null;
  let y = a.value,
    m = b.value,
    d = c.value;
  if (a.rawInt.length !== 4) {
    if (c.rawInt.length !== 4) return null;
    [y, m, d] = [c.value, b.value, a.value];
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { start: a.start, end: c.end, y, m, d, yearOnly: false, next: j + 3 };
}

const RANGE_SEP = ['至', '到', '-', '—', '–', '~', '～', '－'];

/** Date figures in text, plus which numerals they used. */
export function resolveDates(
  text: string,
  nums: Numeral[],
  ref: RefDate | null,
): { hits: DateHit[]; used: Uint8Array } {
  const used = new Uint8Array(nums.length);
  const hits: DateHit[] = [];
  for (let j = 0; j < nums.length; j++) {
    const dec = readDecade(text, nums, j, ref);
    if (dec) {
      hits.push(dec.hit);
      for (let k = j; k < dec.next; k++) used[k] = 1;
      j = dec.next - 1;
      continue;
    }
    const months =
      readMonthRange(text, nums, j, ref, hits[hits.length - 1]) ??
      readFirstMonths(text, nums, j, ref, hits[hits.length - 1]);
    if (months) {
      if (months.joinsPrev) hits.pop();
      hits.push(months.hit);
      for (let k = j; k < months.next; k++) used[k] = 1;
      j = months.next - 1;
      continue;
    }
    const a = readNumericDate(text, nums, j) ?? readPoint(text, nums, j, ref);
    if (!a) continue;
    let hit: DateHit = { start: a.start, end: a.end, date: isoOf(a), yearOnly: a.yearOnly };
    let next = a.next;
    // Ranges: 2018年至2020年, 1月10日到12日, 从2016年6月1日-6月30日.
    let p = a.end;
    while (text[p] === ' ') p++;
    const between = (text[p] === '与' || text[p] === '和') && a.yearOnly;
    if ((RANGE_SEP.includes(text[p]) || between) && nums[a.next]) {
      let q = p + 1;
      while (text[q] === ' ') q++;
      const bIdx = a.next;
      const orig = nums[bIdx];
      // 6月1日-6月30日: the dash was read as the sign of 6.
      if (orig.start === p && orig.value < 0 && orig.start + 1 === q)
        nums[bIdx] = { ...orig, start: q, value: -orig.value, rawInt: text.slice(q, orig.end) };
      const b = nums[bIdx].start === q ? readPoint(text, nums, bIdx, ref, a) : null;
      const tail = between && b ? (text.startsWith('之间', b.end) ? 2 : text[b.end] === '间' ? 1 : -1) : 0;
      if (b && b.yearOnly === a.yearOnly && tail >= 0) {
        hit = { start: a.start, end: b.end + tail, date: `${isoOf(a)}/${isoOf(b)}`, yearOnly: false };
        next = b.next;
      } else nums[bIdx] = orig;
    }
    if (hit.date.includes('/') && text[hit.start - 1] === '从') hit.start--;
    for (let k = j; k < next; k++) used[k] = 1;
    hits.push(hit);
    j = next - 1;
  }
  wordHits(text, hits, ref); // 今年, 上半年, 昨天, 今晨 (dayWords.ts)
  hits.sort((x, y) => x.start - y.start);
  const taken = (s: number, e: number): boolean => {
    let lo = 0,
      hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid].end <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < hits.length && hits[lo].start < e;
  };
  const words = relativeWordHits(text, ref, taken);
  if (words.length) hits.push(...words);
  hits.push(...periodParts(text, hits, ref));
  hits.sort((x, y) => x.start - y.start);
  const days = anchoredDays(text, words.length ? joinAdjacent(text, hits) : hits, ref); // 当天, 次日
  return { hits: joinDateRanges(text, days), used };
}
