/**
 * Stage 2c: multipliers and ratios (issue 8, item 8), kind "ratio".
 *
 * | written                        | value            | unit  |
 * | ------------------------------ | ---------------- | ----- |
 * | 2.3倍, 两倍多 (units.ts)         | 2.3, 2 moreThan  | times |
 * | 翻番, 翻一番, 翻了两番, 翻三番     | 2, 2, 4, 8       | times |
 * | 男女比例105∶100, 师生比为1∶15.6  | 1.05, 0.0641…    | ratio |
 * A ratio a∶b (∶ : ： 比) needs a ratio word before it in its clause (比例, 性别比, 师生比, 配比, 之比, 按, or a
 * noun + 比 + a verb: 收入比缩小至2.03∶1):
 * a match score (以2∶0获胜, 3比1逆转) has none and is no figure.
 */
import type { Numeral } from './stageTypes';

export interface RatioHit {
  start: number;
  end: number;
  value: number;
  unit: 'times' | 'ratio';
}

// 翻 + optional 了 + optional count + 番: 翻番, 翻一番, 翻了两番.
const FANFAN = /翻了?([一两二三四五]?)番/g;
const TIMES: Record<string, number> = { '': 1, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };
const RATIO_SEP = '∶:：比';
// A ratio word shortly before the first number, e.g. 男女比例为105∶100, 生师比达到13:1, 按1:1配套.
const RATIO_WORD = /(?:比例|性别比|师生比|生师比|配比|比值|之比|比率|按)[^，。；！？\n]{0,4}$/;
// Or any noun + 比 and a verb of being or changing (城乡居民收入比缩小至2.03∶1), but not 比分, 对比, 相比, 评比.
const NOUN_BI = /[\u4e00-\u9fff](?<![对相评赛分])比(?:为|是|达到?|缩小至|扩大至|降至|升至|保持在|约为)?$/;

/** 翻番 forms: value 2^n times. */
export function fanfanHits(text: string): RatioHit[] {
  const out: RatioHit[] = [];
  FANFAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FANFAN.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length, value: 2 ** TIMES[m[1]], unit: 'times' });
  }
  return out;
}

/** a∶b after a ratio word: marks both numerals in `used` and returns the hit (value a/b). */
export function ratioHits(text: string, nums: Numeral[], used: Uint8Array): RatioHit[] {
  const out: RatioHit[] = [];
  for (let j = 0; j + 1 < nums.length; j++) {
    const a = nums[j],
      b = nums[j + 1];
    if (used[j] || used[j + 1] || b.start !== a.end + 1 || !RATIO_SEP.includes(text[a.end])) continue;
    if (a.value <= 0 || b.value <= 0 || a.max !== undefined || b.max !== undefined) continue;
    const before = text.slice(Math.max(0, a.start - 10), a.start);
    if (!RATIO_WORD.test(before) && !NOUN_BI.test(before)) continue;
    used[j] = used[j + 1] = 1;
    out.push({ start: a.start, end: b.end, value: Number((a.value / b.value).toPrecision(12)), unit: 'ratio' });
    j++;
  }
  return out;
}

/** Marks the numerals inside the hits (两 of 翻两番) as used. */
export function markInside(hits: RatioHit[], nums: Numeral[], used: Uint8Array): void {
  let h = 0;
  for (let j = 0; j < nums.length && h < hits.length; j++) {
    while (h < hits.length && hits[h].end <= nums[j].start) h++;
    if (h < hits.length && nums[j].start < hits[h].end && nums[j].end > hits[h].start) used[j] = 1;
  }
}
