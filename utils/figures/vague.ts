/**
 * Stage 1b: vague Chinese quantities read as ranges, and bare 万/亿 (近万, 上万人, 万人以上).
 *
 * | written                      | value .. max            | qualifier | why                                    |
 * | ---------------------------- | ----------------------- | --------- | -------------------------------------- |
 * | 三四成, 七八成                 | 30 .. 40 %, 70 .. 80 %  | range     | two neighbouring digits: either one    |
 * | 五六十人, 两三千元, 三四万台     | 50 .. 60, 2000 .. 3000  | range     | (readDigitRun, with a magnitude)       |
 * | 两三天, 一两个月, 三五天        | 2 .. 3, 1 .. 2, 3 .. 5  | range     | a pair before a unit, no magnitude     |
 * | 十二三场, 三百五六十, 三百三四十万 | 12 .. 13, 350 .. 360  | range     | the pair is the last digit of a number |
 * | 十几个, 二十几岁, 十几万        | 10, 20, 100000          | moreThan  | 几 after a magnitude: "and some", as   |
 * |                              |                         |           | Recognizers-Text reads it (十几万 (100000,)) |
 * | 几十万, 数百名, 数千, 数万      | 2 .. 9 × the magnitude  | range     | 几/数 before a magnitude: "several"    |
 * | 上千亩, 上万人, 上百万台套       | 1000, 10000, 1e6        | atLeast   | 上 + a bare magnitude: "reaches"       |
 * | 近万户                        | 10000                   | approx    | 近 (qualifiers.ts)                     |
 * | 千余家, 万余人                 | 1000, 10000             | moreThan  | 余 (units.ts)                          |
 * | 万人以上                      | 10000                   | atLeast   | 以上 (qualifiers.ts)                   |
 * | 三成多, 两倍多                 | 30 %, 2 times           | moreThan  | 多 after 成/倍 (index.ts)               |
 * Each form reads a window of at most 24 characters again with one digit replaced: linear in the text.
 */
import type { Numeral } from './stageTypes';
import { BIG_MAG, cnDigitAt, isMagChar, SMALL_MAG } from './chars';
import { matchUnit } from './units';

type Reader = (text: string, p: number) => Numeral | null;

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MAGS = '十百千万亿';
const SMALL = '十百千';
const WINDOW = 24;

/** Reads `win` (a rewritten copy of text from p) and maps its end back to text, shifted by `shift`. */
function readWindow(read: Reader, win: string, p: number, shift: number): { value: number; end: number } | null {
  const n = read(win, 0);
  return n && !n.per && !n.fraction ? { value: n.value, end: p + n.end + shift } : null;
}

// 数 in another word before a magnitude: 少数百姓, 无数, 多数, 函数, 指数, 参数, 倍数, 系数, 分数.
const NOT_SHU_AFTER = '少无多函指参倍系分总人户次岁件位';

/** 几十万 / 数百 (几 or 数 opening the numeral before a magnitude): 2..9 times the rest. */
export function readFew(text: string, p: number, read: Reader): Numeral | null {
  const ch = text[p];
  if ((ch !== '几' && ch !== '数') || !MAGS.includes(text[p + 1] ?? '\0')) return null;
  if (ch === '数' && NOT_SHU_AFTER.includes(text[p - 1] ?? '\0')) return null;
  const rest = text.slice(p + 1, p + WINDOW);
  const lo = readWindow(read, `二${rest}`, p, 0);
  const hi = readWindow(read, `九${rest}`, p, 0);
  if (!lo || !hi || lo.end !== hi.end || lo.end <= p + 1) return null;
  return { start: p, end: lo.end, value: lo.value, max: hi.value, arabic: false, chinese: true };
}

/**
 * 十二三场 / 三百五六十 / 三百三四十万: a numeral ending in a Chinese digit after a magnitude, followed by the next
 * digit up. Returns the range, or the numeral unchanged.
 */
export function pairAfter(text: string, n: Numeral, read: Reader): Numeral {
  const d0 = CN[text[n.end - 1]];
  const d1 = CN[text[n.end]];
  if (d0 === undefined || d1 !== d0 + 1 || n.arabic || !MAGS.includes(text[n.end - 2] ?? '\0')) return n;
  if (CN[text[n.end + 1]] !== undefined) return n; // 十二三四: a list, not a pair
  const head = text.slice(n.start, n.end);
  const tail = text.slice(n.end + 1, n.end + WINDOW);
  const lo = readWindow(read, head + tail, n.start, 1);
  const hi = readWindow(read, head.slice(0, -1) + text[n.end] + tail, n.start, 1);
  if (!lo || !hi || lo.end !== hi.end || lo.end <= n.end) return n;
  return { ...n, end: lo.end, value: lo.value, max: hi.value };
}

/** Two digits read as "either": 三四 (next digit up) or 三五 (the spoken 3..5). */
export function isDigitPair(d0: number, d1: number): boolean {
  return d0 > 0 && (d1 === d0 + 1 || (d0 === 3 && d1 === 5));
}

/** A pair of digits before a unit or 成 with no magnitude (两三天, 三四成): its range, or null. */
export function pairBeforeUnit(
  text: string,
  p: number,
  hasUnitAt: (q: number) => boolean,
): { value: number; max: number; end: number } | null {
  const d0 = CN[text[p]];
  const d1 = CN[text[p + 1]];
  if (d0 === undefined || d1 === undefined || !isDigitPair(d0, d1) || CN[text[p + 2]] !== undefined) return null;
  if (MAGS.includes(text[p + 2] ?? '\0') || !hasUnitAt(p + 2)) return null;
  return { value: d0, max: d1, end: p + 2 };
}

// Before a bare 万/亿, the words that make it a number: 近万, 上万, 破万, 过万, 超万, 逾万, 数万 (readFew).
const BARE_BIG_BEFORE = '近上破过超逾';

/** A bare 万/亿 (no digit) that is a number: 近万户, 上万人, 万余人, 万人以上. */
export function readBareBig(text: string, p: number): Numeral | null {
  const ch = text[p];
  if (ch !== '万' && ch !== '亿') return null;
  const after = text.slice(p + 1, p + 5);
  const cue =
    BARE_BIG_BEFORE.includes(text[p - 1] ?? '\0') ||
    /^[余多]/.test(after) ||
    /^[^\s，。；]{1,2}(?:以上|左右)(?:[，。；、！？\n]|$)/.test(text.slice(p + 1, p + 6));
  if (!cue || SMALL.includes(text[p - 1] ?? '\0') || MAGS.includes(text[p - 1] ?? '\0')) return null;
  const twice = ch === '万' && text[p + 1] === '亿'; // 上万亿元
  return {
    start: p,
    end: p + (twice ? 2 : 1),
    value: twice ? 1e12 : ch === '万' ? 1e4 : 1e8,
    arabic: false,
    chinese: true,
    bare: true,
    lastBig: twice ? 1e12 : ch === '万' ? 1e4 : 1e8,
  };
}

/** 二〇一九 / 零八 (digit by digit) or 二三十 / 七八万 (approximate range). */
export function readDigitRun(text: string, p: number): Numeral | null {
  let q = p;
  let value = 0,
    prev = 0,
    d: number;
  while ((d = cnDigitAt(text, q)) >= 0) {
    prev = value;
    value = value * 10 + d;
    q++;
  }
  const len = q - p;
  const d0 = cnDigitAt(text, p),
    d1 = cnDigitAt(text, p + 1);
  // 两三天, 三四成: a pair before a unit, with no magnitude (vague.ts).
  if (len === 2 && isDigitPair(d0, d1) && !isMagChar(text[q]) && matchUnit(text, q))
    return { start: p, end: q, value: d0, max: d1, arabic: false, chinese: true };
  if (len === 2 && isDigitPair(d0, d1) && isMagChar(text[q])) {
    let mag = SMALL_MAG[text[q]] ?? 1;
    if (SMALL_MAG[text[q]] !== undefined) q++;
    const big = BIG_MAG[text[q]];
    if (big !== undefined) {
      mag *= big;
      q++;
    }
    const out: Numeral = { start: p, end: q, value: d0 * mag, max: d1 * mag, arabic: false, chinese: true };
    if (mag >= 1e4) out.lastBig = mag >= 1e8 ? 1e8 : 1e4; // 二三十万: a count with 万 (names.ts)
    return out;
  }
  if (isMagChar(text[q]) || text[q] === '点') {
    if (len === 2) return null; // 一百零五 is positional: not a run
    // 一二三四五六七八九十: a listed sequence, then a positional numeral from its last digit (九十).
    value = prev;
    q--;
  }
  return { start: p, end: q, value, arabic: false, chinese: true, digitRun: true };
}
