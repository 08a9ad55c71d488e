/**
 * Stage 1: read numerals — Arabic (with thousand separators, decimals, full-width digits),
 * Chinese (零〇一二两三…十百千万亿兆), mixed (3.6万, 5万4千6百), fractions (三分之一), 百分之N,
 * approximate ranges (二三十) — in one left-to-right pass with no regexes and no backtracking.
 */

import { isArabicDigit, readArabic } from './arabic';
import type { Numeral } from './stageTypes';
import { pairAfter, readBareBig, readDigitRun, readFew } from './vague';

export { isArabicDigit, readArabic };

import {
  BIG_MAG,
  BIG_MAG_CODE,
  capitalAt,
  CHAR_SETS,
  charSet,
  CN_DIGIT,
  cnDigitAt,
  isCnDigitChar,
  isMagChar,
  MEGA_NEXT,
  SMALL_MAG,
  SMALL_MAG_CODE,
  SMALL_MAG_STOP,
} from './chars';

export { isCnDigitChar };

/** Fixes float noise from decimal × magnitude (88.85 × 1e8). */
function tidy(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : v;
}

/** Reads an unsigned numeral at p (no sign). */
function readUnsigned(text: string, p: number): Numeral | null {
  const n = text.length;
  const first = text[p];
  if (first === '半' && text[p + 1] === '百') return { start: p, end: p + 2, value: 50, arabic: false, chinese: true };
  if (first === '半') return { start: p, end: p + 1, value: 0.5, arabic: false, chinese: true }; // 半成 = 5%
  if (cnDigitAt(text, p) >= 0 && cnDigitAt(text, p + 1) >= 0) {
    const run = readDigitRun(text, p);
    if (run) return run;
  }
  let high = 0,
    lastBig = 0,
    section = 0,
    digit = -1,
    lastMag = 0;
  let digitChinese = false,
    zero = false,
    approx = false,
    chinese = false,
    arabic = false,
    any = false;
  let hasDigit = false,
    decimal = false,
    dotted = false;
  let raw: string | undefined;
  let q = p;
  while (q < n) {
    const ch = text[q];
    const code = text.charCodeAt(q);
    if (isArabicDigit(code)) {
      if (digit >= 0 || (any && !arabic && lastMag === 0)) break;
      if (chinese && !arabic) break; // 一2: not one numeral
      const a = readArabic(text, q)!;
      digit = a.value;
      digitChinese = false;
      arabic = true;
      any = true;
      hasDigit = true;
      decimal = decimal || a.decimal;
      dotted = a.dotted;
      if (q === p) raw = a.raw;
      q = a.end;
      if (a.decimal && !isMagChar(text[q])) break;
      continue;
    }
    const cn = cnDigitAt(text, q);
    const d = cn >= 0 ? cn : any ? capitalAt(text, q) : -1;
    if (d >= 0) {
      if (d === 0 && (ch === '零' || ch === '〇')) {
        if (digit >= 0) break;
        zero = true;
        any = true;
        chinese = true;
        hasDigit = true;
        q++;
        continue;
      }
      if (digit >= 0) break;
      digit = d;
      digitChinese = true;
      chinese = true;
      any = true;
      hasDigit = true;
      q++;
      continue;
    }
    const sm = SMALL_MAG_CODE.get(code);
    if (sm !== undefined) {
      // 十分/十足 are words only when 十 stands alone (三十分 is thirty minutes; 十分之一 a fraction).
      if (SMALL_MAG_STOP.has(ch + (text[q + 1] ?? '')) && !(ch === '十' && (any || text[q + 2] === '之'))) break;
      if (digit < 0 && any && !zero && sm !== 10 && lastMag !== 0 && lastMag < 1e4) break;
      section += (digit >= 0 ? digit : 1) * sm;
      digit = -1;
      lastMag = sm;
      zero = false;
      any = true;
      chinese = true;
      q++;
      continue;
    }
    const big = BIG_MAG_CODE.get(code);
    if (big !== undefined) {
      if (!any) break;
      if (ch === '兆' && MEGA_NEXT.has(text[q + 1])) break;
      const cur = section + Math.max(digit, 0);
      if (cur === 0) {
        if (high === 0) break;
        high *= big;
      } else if (lastBig === 0 || big > lastBig) high = (high + cur) * big;
      else high += cur * big;
      lastBig = big;
      section = 0;
      digit = -1;
      lastMag = big;
      zero = false;
      chinese = true;
      q++;
      continue;
    }
    if ((ch === '多' || ch === '余' || ch === '几') && any && isMagChar(text[q + 1])) {
      approx = true;
      q++;
      continue;
    }
    if (ch === '几' && any && lastMag > 0 && digit < 0) {
      approx = true;
      q++; // 十几, 二十几
      continue;
    }
    break;
  }
  if (!any) return null;
  let digitPart = 0;
  if (digit >= 0) digitPart = digitChinese && !zero && lastMag >= 10 ? digit * (lastMag / 10) : digit;
  let value = high + section + digitPart;
  // Chinese decimals: 十五点七, 零点五 — but not clock times (九点三十分).
  if (text[q] === '点' && chinese && !arabic && isCnDigitChar(text[q + 1])) {
    let r = q + 1;
    let frac = '';
    while (r < n && isCnDigitChar(text[r])) frac += CN_DIGIT[text[r++]];
    if (text[r] !== '十' && text[r] !== '分' && text[r] !== '刻') {
      value = Number(`${String(value)}.${frac}`);
      q = r;
      decimal = true;
      const big = BIG_MAG[text[q]];
      if (big !== undefined) {
        value *= big;
        lastBig = big;
        q++;
      }
    }
  }
  // Fractions: 三分之一, 16分之5, 二分 之一.
  if (text[q] === '分') {
    let r = q + 1;
    while (text[r] === ' ') r++;
    if (text[r] === '之') {
      const num = readNumeral(text, r + 1);
      if (num && !num.per) {
        return {
          start: p,
          end: num.end,
          value: tidy(num.value / value),
          arabic: arabic || num.arabic,
          chinese: true,
          fraction: true,
        };
      }
    }
  }
  const out: Numeral = { start: p, end: q, value: decimal ? tidy(value) : value, arabic, chinese };
  if (approx) out.approx = true;
  if (!hasDigit) out.bare = true;
  if (raw !== undefined && q === p + raw.length) out.rawInt = raw;
  if (dotted) out.dotted = true;
  if (lastBig) out.lastBig = lastBig;
  return out; // 十几万: more than 10万, as Recognizers-Text reads it (vague.ts)
}

/** A numeral at p, including a sign (负, -, －) and 百分之/千分之/万分之 forms. */
export function readNumeral(text: string, p: number): Numeral | null {
  const ch = text[p];
  if ((ch === '百' || ch === '千' || ch === '万') && text[p + 1] === '分' && text[p + 2] === '之') {
    const inner = readNumeral(text, p + 3);
    if (!inner) return null;
    return { ...inner, start: p, per: ch === '百' ? 100 : ch === '千' ? 1000 : 10000 };
  }
  if (ch === '负' || ch === '-' || ch === '－' || ch === '−') {
    const inner = readNumeral(text, p + 1);
    if (!inner || inner.start !== p + 1) return null;
    return {
      ...inner,
      start: p,
      value: -inner.value,
      max: inner.max !== undefined ? -inner.max : undefined,
      rawInt: undefined,
    };
  }
  if (ch === '几' || ch === '数') return readFew(text, p, readUnsigned); // 几十万, 数百 (vague.ts)
  if (ch === '万' || ch === '亿') return readBareBig(text, p); // 近万, 上万人
  const n = readUnsigned(text, p);
  return n && pairAfter(text, n, readUnsigned); // 十二三场, 三百五六十
}

// Every character a numeral can start with: Chinese digits and magnitudes, signs, 几/数/半 and the Arabic digits,
// ASCII and full-width (the 3 of 共3.6万人, the 三 of 三成, the 负 of 负5℃). Most of a text is passed with one lookup.
const START = charSet(`${Object.keys(CN_DIGIT).join('')}十百千万亿负-－−几数半0123456789０１２３４５６７８９`);

function canStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!(CHAR_SETS[c] & START)) return false;
  if (isArabicDigit(c)) return true;
  const ch = text[i];
  if (ch === '-' || ch === '－' || ch === '−') {
    const prev = text.charCodeAt(i - 1);
    // A minus after a digit or letter is a range dash or a code (20-30, 0311-123), not a sign.
    if (i > 0 && (isArabicDigit(prev) || (prev >= 65 && prev <= 122))) return false;
    return isArabicDigit(text.charCodeAt(i + 1));
  }
  if (ch === '半') return text[i + 1] === '百' || (text[i + 1] === '成' && text[i + 2] !== '品');
  if (ch === '万' || ch === '亿')
    return (text[i + 1] === '分' && text[i + 2] === '之') || readBareBig(text, i) !== null;
  if (ch === '数') return readFew(text, i, readUnsigned) !== null;
  if (ch === '负')
    return isArabicDigit(text.charCodeAt(i + 1)) || isCnDigitChar(text[i + 1]) || SMALL_MAG[text[i + 1]] !== undefined;
  return true;
}

/** All numerals in text, left to right, non-overlapping. Linear in text length. */
export function scanNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!(CHAR_SETS[text.charCodeAt(i)] & START) || !canStart(text, i)) {
      i++;
      continue;
    }
    const num = readNumeral(text, i);
    if (num && num.end > i) {
      out.push(num);
      i = num.end;
    } else i++;
  }
  return out;
}

/** Value of a whole string read as one numeral ('88.85亿' -> 8885000000), or null. */
export function parseChineseNumber(s: string): number | null {
  const num = readNumeral(s.trim(), 0);
  return num && num.end === s.trim().length ? num.value : null;
}
