/** Stage 3b': relative years, half-years and days written as words (今年, 上半年, 昨天, 今晨, 前晚). */
import type { DateHit, RefDate } from './stageTypes';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * 今年/去年/明年 standing alone as the time of a statement (今年以来, 去年，全省…): a key date, unlike a
 * written year (2019年 is read by itself) or a comparison base (比去年, 较去年, 去年同期).
 */
export function isKeyYearWord(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !(text.slice(start, end) in RELATIVE_YEAR) || text[start] === '本' || text[start] === '当')
    return false;
  return !'比较同与和跟于至到'.includes(text[start - 1] ?? '。') && text[end] !== '同' && text[end] !== '的';
}
export const yearStr = (y: number | null): string => (y === null ? 'XXXX' : String(y).padStart(4, '0'));

const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2, 本年: 0, 当年: 0 };
// Days, with the parts of a day that name one (今晨, 昨晚, 前晚: issue 8; 当天/次日 are in anchored.ts).
const RELATIVE_DAY: Record<string, number> = {
  ...{ 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 明天: 1, 前天: -2, 后天: 2 },
  ...{
    今晨: 0,
    今早: 0,
    今晚: 0,
    今夜: 0,
    昨晚: -1,
    昨夜: -1,
    昨晨: -1,
    前晚: -2,
    前夜: -2,
    明晨: 1,
    明早: 1,
    明晚: 1,
  },
};
// Precompiled, alternation of fixed words only: linear.
const WORDS =
  /今年|去年|明年|前年|上半年|下半年|今天|今日|昨天|昨日|明天|前天|后天|今晨|今早|今晚|今夜|昨晚|昨夜|昨晨|前晚|前夜|明晨|明早|明晚/g;

export function relativeYearBefore(
  text: string,
  p: number,
  ref: RefDate | null,
): { start: number; y: number | null } | null {
  if (text[p - 1] !== '年') return null; // every word of RELATIVE_YEAR ends in 年: most numbers stop here
  const w = text.slice(p - 2, p);
  const off = RELATIVE_YEAR[w];
  if (off === undefined) return null;
  return { start: p - 2, y: ref ? ref.y + off : null };
}

/** Adds to `hits` (sorted) the relative words without numerals: 今年, 上半年, 昨天, 今晨. */
export function wordHits(text: string, hits: DateHit[], ref: RefDate | null): void {
  WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let h = 0;
  while ((m = WORDS.exec(text))) {
    const s = m.index,
      e = s + m[0].length;
    while (h < hits.length && hits[h].end <= s) h++;
    if (h < hits.length && hits[h].start < e) continue; // already inside a numeral date (去年8月)
    const w = m[0];
    if (text[s - 1] === '大' && (w === '前天' || w === '后天')) continue; // 大前天: a relative word of its own
    let date: string;
    let yearOnly = false;
    let hs = s;
    if (w in RELATIVE_YEAR) {
      date = yearStr(ref ? ref.y + RELATIVE_YEAR[w] : null);
      yearOnly = true;
    } else if (w === '上半年' || w === '下半年') {
      const rel = relativeYearBefore(text, s, ref);
      const prev = hits[hits.length - 1];
      if (rel && prev && prev.end === s && prev.yearOnly) hits.pop(); // 今年上半年: one period
      if (rel) hs = rel.start;
      date = `${yearStr(rel ? rel.y : (ref?.y ?? null))}-${w[0] === '上' ? 'H1' : 'H2'}`;
    } else {
      if (!ref) continue;
      const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + RELATIVE_DAY[w]));
      date = `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
    }
    hits.push({ start: hs, end: e, date, yearOnly });
  }
}
