/**
 * Stage 3d: date ranges the point reader leaves in pieces — months written as a range (1-4月, 今年1至5月份),
 * the first months of a year (今年前5个月)
 * and two date hits joined by 至/到/- across times of day (7月11日夜间至13日, 10日8时至11日8时, 7月底至8月初).
 */
import type { DateHit, RefDate } from './stageTypes';
import type { Numeral } from './stageTypes';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const SEP = '至到-—–~～－';
const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };

const isMonth = (n: Numeral | undefined): n is Numeral =>
  !!n && !n.approx && n.max === undefined && !n.per && Number.isInteger(n.value) && n.value >= 1 && n.value <= 12;

/**
 * 1-4月 / 1至5月份 at numeral j: a month range (2024-01/2024-04), with the year from 今年/去年 or a written
 * year right before it (2024年1-4月), else the reference year. Null when it is not one.
 */
export function readMonthRange(
  text: string,
  nums: Numeral[],
  j: number,
  ref: RefDate | null,
  prev: DateHit | undefined,
): { hit: DateHit; next: number; joinsPrev: boolean } | null {
  const a = nums[j],
    b = nums[j + 1];
  if (
    !isMonth(a) ||
    !isMonth(b) ||
    b.value <= a.value ||
    !SEP.includes(text[a.end]) ||
    b.start !== a.end + 1 ||
    text[b.end] !== '月'
  )
    return null;
  if (text[a.start - 1] === '第' || /[0-9０-９.]/.test(text[a.start - 1] ?? '')) return null;
  let end = b.end + 1;
  if (text[end] === '份') end++;
  let start = a.start;
  let y: number | null = ref ? ref.y : null;
  let joinsPrev = false;
  const word = text.slice(a.start - 2, a.start);
  if (word in RELATIVE_YEAR) {
    start -= 2;
    y = ref ? ref.y + RELATIVE_YEAR[word] : null;
  } else if (prev && prev.end === a.start && prev.yearOnly && /^\d{4}$/.test(prev.date)) {
    start = prev.start;
    y = Number(prev.date);
    joinsPrev = true;
  }
  const ys = y === null ? 'XXXX' : String(y);
  return {
    hit: { start, end, date: `${ys}-${pad2(a.value)}/${ys}-${pad2(b.value)}`, yearOnly: false },
    next: j + 2,
    joinsPrev,
  };
}

/**
 * 今年前5个月 / 2024年前4个月 / 前5个月， (at the start of a clause): the first N months of that year as a
 * period (2024-01/2024-05). Not 提前3个月 or 开业前3个月, which are durations.
 */
export function readFirstMonths(
  text: string,
  nums: Numeral[],
  j: number,
  ref: RefDate | null,
  prev: DateHit | undefined,
): { hit: DateHit; next: number; joinsPrev: boolean } | null {
  const n = nums[j];
  const p = n.start - 1;
  if (!isMonth(n) || n.value < 2 || text[p] !== '前') return null;
  let end = text.startsWith('个月', n.end) ? n.end + 2 : text[n.end] === '月' ? n.end + 1 : -1;
  if (end < 0) return null;
  if (text[end] === '份') end++;
  let start = p;
  let y: number | null = ref ? ref.y : null;
  let joinsPrev = false;
  const word = text.slice(p - 2, p);
  if (word in RELATIVE_YEAR) {
    start -= 2;
    y = ref ? ref.y + RELATIVE_YEAR[word] : null;
  } else if (prev && prev.end === p && prev.yearOnly && /^\d{4}$/.test(prev.date)) {
    start = prev.start;
    y = Number(prev.date);
    joinsPrev = true;
  } else if (p > 0 && !/[\s，。；：！？,;:]/.test(text[p - 1])) return null;
  const ys = y === null ? 'XXXX' : String(y);
  return { hit: { start, end, date: `${ys}-01/${ys}-${pad2(n.value)}`, yearOnly: false }, next: j + 1, joinsPrev };
}

// What may stand between the two ends of a range: times of day and clock times, then one separator
// (7月11日夜间至13日, 10日8时至11日8时, 10日8:00-11日).
const GAP_DAYPART = '上午|下午|中午|晚上|晚间|夜间|夜里|凌晨|早晨|清晨|白天|傍晚'; // 夜间
const GAP_CLOCK = '[0-9０-９]{1,2}(?:时|点)(?:[0-9０-９]{1,2}分)?|[0-9]{1,2}:[0-9]{2}'; // 8时30分, 8:00
const GAP = new RegExp(`^(?:${GAP_DAYPART}|${GAP_CLOCK})*\\s*[至到\\-—–~～－]\\s*$`);
const DAY_ONLY = /^([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日号]$/;
const YMD = /^(\d{4}|XXXX)-(\d{2})-\d{2}$/;

/** Joins in sorted hits two dates written as a range around times of day (7月11日夜间至13日). */
export function joinDateRanges(text: string, hits: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && !prev.yearOnly && !h.yearOnly && h.start > prev.end && h.start - prev.end <= 12) {
      const gap = text.slice(prev.end, h.start);
      if (GAP.test(gap) && /[至到\-—–~～－]/.test(gap)) {
        const from = prev.date.split('/')[0];
        let to = h.date.split('/').pop()!;
        const ym = YMD.exec(from);
        const day = DAY_ONLY.exec(text.slice(h.start, h.end));
        if (ym && day && YMD.test(to)) to = `${ym[1]}-${ym[2]}${to.slice(7)}`; // 13日 takes the month before it
        if (to >= from) {
          out[out.length - 1] = { start: prev.start, end: h.end, date: `${from}/${to}`, yearOnly: false };
          continue;
        }
      }
    }
    out.push(h);
  }
  return out;
}
