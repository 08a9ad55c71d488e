/**
 * Stage 3d: days named from another day (issue 8, item 10).
 *
 * | written                     | date                                                          |
 * | --------------------------- | ------------------------------------------------------------- |
 * | 今晨, 今早, 今晚, 今夜         | the reference day (dates.ts, like 今天)                          |
 * | 昨晚, 昨夜, 昨晨 / 前晚, 前夜   | the day before / two days before (dates.ts, like 昨天, 前天)      |
 * | 明晨, 明早, 明晚              | the day after (dates.ts, like 明天)                              |
 * | 当天, 当日, 当晚, 当夜         | the last day named before it in the text, else the reference day |
 * | 次日, 翌日, 次晚              | the day after that one                                         |
 * | 5月18日当天                   | one date: 当天 joins the day right before it                    |
 */
import type { DateHit, RefDate } from './stageTypes';

const ANCHORED = /当天|当日|当晚|当夜|次日|翌日|次晚/g;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (n: number): string => String(n).padStart(2, '0');

function shift(date: string, days: number): string {
  const m = DAY.exec(date)!;
  const t = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** Adds hits for 当天/次日 … to `hits` (sorted by start); returns the new sorted list. */
export function anchoredDays(text: string, hits: DateHit[], ref: RefDate | null): DateHit[] {
  const out: DateHit[] = [];
  let h = 0;
  let anchor: string | null = ref ? `${ref.y}-${pad2(ref.m)}-${pad2(ref.d)}` : null;
  ANCHORED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHORED.exec(text))) {
    const s = m.index,
      e = s + 2;
    while (h < hits.length && hits[h].start < s) {
      if (DAY.test(hits[h].date)) anchor = hits[h].date;
      out.push(hits[h++]);
    }
    if (h < hits.length && hits[h].start < e) continue; // inside another date
    const prev = out[out.length - 1];
    if (prev && prev.end === s && DAY.test(prev.date) && m[0][0] === '当') {
      prev.end = e; // 5月18日当天
      continue;
    }
    if (!anchor) continue;
    const date = m[0][0] === '当' ? anchor : shift(anchor, 1);
    out.push({ start: s, end: e, date, yearOnly: false });
  }
  while (h < hits.length) out.push(hits[h++]);
  return out;
}
