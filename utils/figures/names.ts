/**
 * Names that contain numbers are not figures (issue 8, item 11), and bare 万/亿 counts (item 9).
 *
 * | written                                   | verdict                      |
 * | ----------------------------------------- | ---------------------------- |
 * | 3米板, 10米台, 4×100米接力, 5公里健康跑, 男子100米 | an event: not a key figure |
 * | U17队, G4部分路段, C919, MU5412             | a code (letter before it)    |
 * | 百企千项, 成千上万                          | two bare magnitudes: a slogan |
 * | 常住人口达745万, 观看量超过1.2亿              | count, no measure word        |
 * (双11, 5G, 12328热线, 3.0版, 冀A·D12345 are caught in negatives.ts as quotes, codes, phones and versions.)
 */
import type { Numeral } from './stageTypes';
import type { UnitDef } from './units';

// After a length: a diving board or platform, a relay, a run, a race, a swimming style (not 台阶, 跑道, 赛道).
const EVENT_AFTER =
  /^(?:板|台(?!阶)|接力|健康跑|迷你跑|跑(?!道)|赛(?![道段区])|自由泳|蛙泳|仰泳|蝶泳|混合泳|栏|障碍|决赛|预赛)/;
const LENGTH = /^(?:米|公里|千米)$/;

/** A sports event named by its distance: 3米板, 4×100米接力, 5公里健康跑, 男子100米. */
export function isEventName(text: string, n: Numeral, figEnd: number): boolean {
  if (!LENGTH.test(text.slice(n.end, figEnd))) return false;
  const prev = text[n.start - 1] ?? '';
  return (
    EVENT_AFTER.test(text.slice(figEnd, figEnd + 4)) ||
    /[男女]子$/.test(text.slice(n.start - 2, n.start)) ||
    (('×xX*' as string).includes(prev) && prev !== '')
  );
}

/** Indices of bare magnitudes paired with another one a character or two on (百企千项, 成千上万). */
export function idiomPairs(_text: string, nums: Numeral[]): Set<number> {
  const out = new Set<number>();
  for (let j = 0; j + 1 < nums.length; j++) {
    const a = nums[j],
      b = nums[j + 1];
    const gap = b.start - a.end;
    if (a.bare && b.bare && a.end - a.start === 1 && b.end - b.start === 1 && gap >= 1 && gap <= 2) {
      out.add(j);
      out.add(j + 1);
    }
  }
  return out;
}

const BIG_COUNT: UnitDef = { word: '', unit: '', kind: 'count' };
// Money words in the clause: a bare 亿 there is an amount written without 元, not a count.
const MONEY_WORDS =
  /元|资金|投资|收入|金额|营收|销售额|产值|利润|税|成本|资产|贷款|存款|融资|GDP|总值|预算|支出|补贴|价/;
const CLAUSE_STOP = '。；！？\n，,';

/**
 * A number written with 万/亿 last and nothing after it (常住人口达745万，) is a count (value in units). `end` is
 * where the numeral's attachments end (余/多 allowed). Returns the count def, or null.
 */
export function bareCount(text: string, n: Numeral, end: number): UnitDef | null {
  if (!n.lastBig || !'万亿'.includes(text[n.end - 1]) || n.value < 1e4 || n.per || n.fraction) return null;
  const tail = text.slice(n.end, end);
  if (tail !== '' && tail !== '余' && tail !== '多') return null;
  const next = text[end] ?? '';
  if (/[\u4e00-\u9fff]/.test(next) && !'左以的'.includes(next)) return null;
  let s = n.start;
  while (s > 0 && n.start - s < 16 && !CLAUSE_STOP.includes(text[s - 1])) s--;
  return MONEY_WORDS.test(text.slice(s, n.start)) || text[n.start - 1] === '第' ? null : BIG_COUNT;
}
