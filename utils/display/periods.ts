/**
 * A date figure shown as the period it is: 8月末 (2024-08-21/2024-08-31) -> 2024年8月下旬（8月21日–31日）,
 * 一季度 (2024-Q1) -> 2024年一季度, 1—5月 (2024-01/2024-05) -> 2024年1—5月. Input: the engine's ISO forms
 * (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, and A/B ranges of them; XXXX for an unknown year).
 */

const QUARTERS = ['一', '二', '三', '四'];

interface Point {
  year: string;
  month?: number;
  day?: number;
  quarter?: number;
  half?: 1 | 2;
}

function parsePoint(iso: string): Point | null {
  const m = /^(\d{4}|XXXX)(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/.exec(iso);
  if (!m) return null;
  return {
    year: m[1],
    month: m[2] ? Number(m[2]) : undefined,
    day: m[3] ? Number(m[3]) : undefined,
    quarter: m[4] ? Number(m[4]) : undefined,
    half: m[5] ? (Number(m[5]) as 1 | 2) : undefined,
  };
}

const yearText = (year: string) => (year === 'XXXX' ? '' : `${year}年`);

function lastDayOf(year: string, month: number): number {
  const y = year === 'XXXX' ? 2001 : Number(year); // an unknown year: not a leap year
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

function pointText(p: Point, withYear = true): string {
  const year = withYear ? yearText(p.year) : '';
  if (p.quarter) return `${year}${QUARTERS[p.quarter - 1]}季度`;
  if (p.half) return `${year}${p.half === 1 ? '上' : '下'}半年`;
  if (p.month && p.day) return `${year}${p.month}月${p.day}日`;
  if (p.month) return `${year}${p.month}月`;
  return year || '';
}

/** Ten-day parts of a month as Chinese news names them: 上旬 1–10, 中旬 11–20, 下旬 21–end. */
function decadeOf(year: string, month: number, from: number, to: number): string | null {
  const last = lastDayOf(year, month);
  if (from === 1 && to === last) return '';
  if (from === 1 && to === 10) return '上旬';
  if (from === 11 && to === 20) return '中旬';
  if (from === 21 && to === last) return '下旬';
  return null;
}

function rangeText(a: Point, b: Point): string {
  const sameYear = a.year === b.year;
  if (a.month && a.day && b.month && b.day && sameYear && a.month === b.month) {
    const decade = decadeOf(a.year, a.month, a.day, b.day);
    const days = `${a.month}月${a.day}日–${b.day}日`;
    if (decade === '') return `${yearText(a.year)}${a.month}月`;
    if (decade) return `${yearText(a.year)}${a.month}月${decade}（${days}）`;
    return `${yearText(a.year)}${days}`;
  }
  if (a.month && !a.day && b.month && !b.day && sameYear) return `${yearText(a.year)}${a.month}—${b.month}月`;
  if (!a.month && !a.quarter && !a.half && !b.month && !b.quarter && !b.half) {
    return `${a.year}—${b.year}年`;
  }
  if (a.quarter && b.quarter && sameYear) {
    return a.quarter === 1
      ? `${yearText(a.year)}前${QUARTERS[b.quarter - 1]}季度`
      : `${pointText(a)}至${pointText(b, false)}`;
  }
  return `${pointText(a)}—${pointText(b, !sameYear)}`;
}

/** The period as a reader writes it; an unknown form comes back as given. */
export function formatPeriod(iso: string): string {
  const parts = iso.split('/');
  if (parts.length === 2) {
    const [a, b] = parts.map(parsePoint);
    return a && b ? rangeText(a, b) : iso;
  }
  const point = parsePoint(iso);
  return point ? pointText(point) || iso : iso;
}

/** The engine's date spans a stretch of time (a month, a quarter, a range), not one day. */
export function isPeriod(iso: string): boolean {
  return iso.includes('/') || /^(\d{4}|XXXX)(-(\d{2}|Q[1-4]|H[12]))?$/.test(iso);
}
