/**
 * Arabic digits for stage 1: ASCII and full-width, thousand separators, decimals, dotted groups.
 */

export function isArabicDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
function arabicDigitValue(c: number): number {
  return c >= 0xff10 ? c - 0xff10 : c - 48;
}
interface ArabicRun {
  end: number;
  value: number;
  raw?: string;
  decimal: boolean;
  dotted: boolean;
}

/** Arabic digits at p: 1,050,000 / ４，５６５ / 10.233 / 2.7890; stops before a second dot group. */
export function readArabic(text: string, p: number): ArabicRun | null {
  const n = text.length;
  let q = p;
  let digits = '';
  while (q < n && isArabicDigit(text.charCodeAt(q))) digits += arabicDigitValue(text.charCodeAt(q++));
  if (digits === '') return null;
  let separated = false;
  // Thousand separators: only groups of exactly three digits, after a head of 1-3 digits. The Chinese comma
  // separates thousands only between full-width digits (４，５６５); after ASCII digits it separates items ($20，300美圆).
  const wideComma = text.charCodeAt(p) >= 0xff10;
  if (digits.length <= 3) {
    while (q + 3 < n && (text[q] === ',' || (wideComma && text[q] === '，'))) {
      let ok = true;
      for (let k = 1; k <= 3; k++) if (!isArabicDigit(text.charCodeAt(q + k))) ok = false;
      if (!ok || isArabicDigit(text.charCodeAt(q + 4))) break;
      for (let k = 1; k <= 3; k++) digits += arabicDigitValue(text.charCodeAt(q + k));
      q += 4;
      separated = true;
    }
  }
  let decimal = false;
  let dotted = false;
  // After 2010. the next group is a date or version part (2010.01.29), never a decimal.
  const afterDot = (text[p - 1] === '.' || text[p - 1] === '．') && isArabicDigit(text.charCodeAt(p - 2));
  if (!afterDot && (text[q] === '.' || text[q] === '．') && isArabicDigit(text.charCodeAt(q + 1))) {
    let r = q + 1;
    let frac = '';
    while (r < n && isArabicDigit(text.charCodeAt(r))) frac += arabicDigitValue(text.charCodeAt(r++));
    if (text[r] === text[q] && isArabicDigit(text.charCodeAt(r + 1)))
      dotted = true; // 2010.01.29, 1.2.3
    else {
      digits += `.${frac}`;
      q = r;
      decimal = true;
    }
  }
  const raw = separated || decimal ? undefined : digits;
  return { end: q, value: Number(digits), raw, decimal, dotted };
}
