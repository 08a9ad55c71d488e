/**
 * Stage 3: qualifiers around a figure — 约/近/超过/至少/不到 before it, 左右/以上/以内 after it.
 * Fixed word lists checked by lookup at the figure's edges: no scanning.
 */
import type { Qualifier } from '../types';
import { CHAR_SETS, charSet } from './chars';

// Longest first: 超过了 before 超过 before 超.
const BEFORE: [string, Qualifier][] = (
  [
    ['大约', 'approx'],
    ['约占', 'approx'],
    ['约为', 'approx'],
    ['约合', 'approx'],
    ['约', 'approx'],
    ['将近', 'approx'],
    ['接近', 'approx'],
    ['近', 'approx'],
    ['大概', 'approx'],
    ['超过了', 'moreThan'],
    ['超过', 'moreThan'],
    ['超出', 'moreThan'],
    ['超', 'moreThan'],
    ['逾', 'moreThan'],
    ['突破', 'moreThan'],
    ['多于', 'moreThan'],
    ['高于', 'moreThan'],
    ['大于', 'moreThan'],
    ['至少有', 'atLeast'],
    ['至少', 'atLeast'],
    ['不少于', 'atLeast'],
    ['不低于', 'atLeast'],
    ['最少', 'atLeast'],
    ['最多为', 'atMost'],
    ['最多', 'atMost'],
    ['最高', 'atMost'],
    ['最低', 'atLeast'],
    ['至多', 'atMost'],
    ['不超过', 'atMost'],
    ['不高于', 'atMost'],
    ['不到', 'lessThan'],
    ['不足', 'lessThan'],
    ['少于', 'lessThan'],
    ['低于', 'lessThan'],
    ['小于', 'lessThan'],
    ['未满', 'lessThan'],
    // Comparisons with equality, the verb after 至少/最多, and the signs (≥50, <12).
    ['大于等于', 'atLeast'],
    ['大于或等于', 'atLeast'],
    ['大于或者等于', 'atLeast'],
    ['不小于', 'atLeast'],
    ['小于等于', 'atMost'],
    ['小于或等于', 'atMost'],
    ['小于或者等于', 'atMost'],
    ['不大于', 'atMost'],
    ['不多于', 'atMost'],
    ['至少是', 'atLeast'],
    ['至少为', 'atLeast'],
    ['至少达', 'atLeast'],
    ['最少有', 'atLeast'],
    ['最少为', 'atLeast'],
    ['最少是', 'atLeast'],
    ['最多有', 'atMost'],
    ['最多是', 'atMost'],
    ['至多为', 'atMost'],
    ['高于了', 'moreThan'],
    ['≥', 'atLeast'],
    ['>=', 'atLeast'],
    ['≤', 'atMost'],
    ['<=', 'atMost'],
    ['>', 'moreThan'],
    ['＞', 'moreThan'],
    ['<', 'lessThan'],
    ['＜', 'lessThan'],
    ['过', 'moreThan'],
    ['等于', 'exact'],
  ] as [string, Qualifier][]
).sort((a, b) => b[0].length - a[0].length);

// Characters that turn the qualifier into another word: 签约, 节约, 最近, 附近, 赶超.
const NOT_AFTER: Record<string, string> = {
  约: '签合节制预公条特邀相履违毁解婚规隐契',
  近: '最附接将靠临亲贴就邻',
  超: '赶高',
  逾: '',
  最高: '',
  最低: '',
  最多: '',
};
// 过 is "more than" only after a measured quantity (占比过20, 总量过万): 经过, 通过, 超过 are other words.
const GUO_AFTER = '比率重量额数值';

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Where the qualifier word starts (before) or ends (after). */
  at: number;
  word: string;
}

// Indexed by last character: most positions are rejected with one lookup.
const BEFORE_BY_LAST = new Map<string, [string, Qualifier][]>();
for (const entry of BEFORE) {
  const last = entry[0][entry[0].length - 1];
  BEFORE_BY_LAST.set(last, [...(BEFORE_BY_LAST.get(last) ?? []), entry]);
}
const BEFORE_LAST = charSet([...BEFORE_BY_LAST.keys()].join(''));

// A negation before a comparison turns it over: 不得低于18℃ is at least 18, 不宜超过80公里 at most 80.
const NEGATIONS = ['不得', '不能', '不应', '不宜', '不会', '不可', '不准', '不要', '不许', '不', '未'];
const FLIPPED: Partial<Record<Qualifier, Qualifier>> = { moreThan: 'atMost', lessThan: 'atLeast' };
const COMPARATIVE_START = '超高多大低少小';

/** The qualifier word ending right before `start` (one space allowed), or null. */
export function qualifierBefore(text: string, start: number): QualifierMatch | null {
  let p = start;
  if (text[p - 1] === ' ') p--;
  const spaced = text[p - 1] === '于' || text[p - 1] === '=' ? spacedBefore(text, p) : null;
  if (spaced) return spaced;
  if (!(CHAR_SETS[text.charCodeAt(p - 1)] & BEFORE_LAST)) return null;
  for (const [word, qualifier] of BEFORE_BY_LAST.get(text[p - 1]) ?? []) {
    const s = p - word.length;
    if (s < 0 || text.slice(s, p) !== word) continue;
    const bad = NOT_AFTER[word];
    if (bad && s > 0 && bad.includes(text[s - 1])) continue;
    if (word === '过' && !GUO_AFTER.includes(text[s - 1] ?? '\0')) continue;
    const flipped = FLIPPED[qualifier];
    if (flipped && COMPARATIVE_START.includes(word[0])) {
      const neg = NEGATIONS.find((w) => text.startsWith(w, s - w.length));
      if (neg) return { qualifier: flipped, at: s - neg.length, word: neg + word };
    }
    return { qualifier, at: s, word };
  }
  return null;
}

// Compound comparisons are sometimes written with spaces between their parts: 小于 或 等于100, < = 100.
const SPACED = BEFORE.filter(([w]) => w.includes('或') || w.includes('='));

function spacedBefore(text: string, p: number): QualifierMatch | null {
  let compact = '';
  const at: number[] = [];
  for (let i = p - 1; i >= 0 && i >= p - 12 && compact.length < 6; i--) {
    if (text[i] === ' ' || text[i] === '\u3000') continue;
    compact = text[i] + compact;
    at.unshift(i);
  }
  if (at.length && at[at.length - 1] - at[0] + 1 === compact.length) return null; // no space inside: not this form
  for (const [word, qualifier] of SPACED) {
    if (compact.endsWith(word)) return { qualifier, at: at[compact.length - word.length], word };
  }
  return null;
}

const AFTER = new Map<string, Qualifier>([
  ['左右', 'approx'],
  ['上下', 'approx'],
  ['开外', 'moreThan'],
  ['有余', 'moreThan'],
  ['以上', 'atLeast'],
  ['之上', 'atLeast'],
  ['以下', 'atMost'],
  ['以内', 'atMost'],
  ['之内', 'atMost'],
  ['之下', 'atMost'],
]);

// 比三十大, 比 170 低, 比二分之一小: a comparison with the number in the middle.
const BIGGER = '大高多';
const SMALLER = '小低少';
// …but not when the character starts a word: 比30多年前, 比5大关, 比10小时.
const NOT_ADJECTIVE_NEXT = '年学关型会时家众批量数项姐';

/**
 * 比 before the number (at `start`) and 大/高/多 or 小/低/少 after it (at `end`): the comparison, ending after the
 * adjective.
 */
export function comparisonAround(text: string, start: number, end: number): QualifierMatch | null {
  const s = text[start - 1] === ' ' ? start - 2 : start - 1;
  if (text[s] !== '比') return null;
  const e = text[end] === ' ' ? end + 1 : end;
  const adj = text[e];
  if (adj === undefined || NOT_ADJECTIVE_NEXT.includes(text[e + 1] ?? '\0')) return null;
  if (BIGGER.includes(adj)) return { qualifier: 'moreThan', at: e + 1, word: `比${adj}` };
  if (SMALLER.includes(adj)) return { qualifier: 'lessThan', at: e + 1, word: `比${adj}` };
  return null;
}

/** Where a comparison ending at `end` (比三十大) begins, or null. */
export function comparisonStart(text: string, end: number): number | null {
  const adj = text[end - 1];
  if (!BIGGER.includes(adj ?? '\0') && !SMALLER.includes(adj ?? '\0')) return null;
  for (let p = end - 2; p >= 0 && p >= end - 16; p--) if (text[p] === '比') return p;
  return null;
}

const OR_BEYOND = ['或者以上', '或者更多', '或者以下', '或者更少', '或以上', '或更多', '或以下', '或更少'];

// 多 after a physical unit is "and more" (一米多, 3斤多高) unless it starts a word (5公里多为山路, 多种).
const NOT_AFTER_DUO = '为是用数在由以种项个家次样少半';

/**
 * The qualifier word starting at `end`, or null; `timeSpan` allows 多/余 (一年多) and 内 (2小时内) after a unit,
 * `measured` allows 多 after a physical unit (一米多).
 */
export function qualifierAfter(text: string, end: number, timeSpan = false, measured = false): QualifierMatch | null {
  if (timeSpan && (text[end] === '多' || text[end] === '余'))
    return { qualifier: 'moreThan', at: end + 1, word: text[end] };
  if (measured && text[end] === '多' && !NOT_AFTER_DUO.includes(text[end + 1] ?? '\0'))
    return { qualifier: 'moreThan', at: end + 1, word: '多' };
  if (timeSpan && text[end] === '内' && !'容部外地陆'.includes(text[end + 1]))
    return { qualifier: 'atMost', at: end + 1, word: '内' };
  if (text[end] === '及' && (text[end + 1] === '以' || text[end + 1] === '其')) {
    const three = text.slice(end, end + 3);
    if (three === '及以上') return { qualifier: 'atLeast', at: end + 3, word: three };
    if (three === '及以下') return { qualifier: 'atMost', at: end + 3, word: three };
  }
  if (text[end] === '或') {
    // 三十或者以上, 五百或更多, 5或以下: the number itself and beyond.
    for (const word of OR_BEYOND)
      if (text.startsWith(word, end))
        return {
          qualifier: word.endsWith('下') || word.endsWith('少') ? 'atMost' : 'atLeast',
          at: end + word.length,
          word,
        };
  }
  // One space is allowed before the word: 170 之下.
  const p = text[end] === ' ' ? end + 1 : end;
  const word = text.slice(p, p + 2);
  const qualifier = AFTER.get(word);
  return qualifier ? { qualifier, at: p + 2, word } : null;
}

/** The after-word (以上, 及以下, 或者更多 …) that ends exactly at `end` and starts at `from` or later, or null. */
export function qualifierEndingAt(text: string, end: number, from: number): QualifierMatch | null {
  for (let len = Math.min(4, end - from); len >= 2; len--) {
    const m = qualifierAfter(text, end - len);
    if (m && m.at === end) return m;
  }
  return null;
}

// 近3年累计…, 近两个月，…: 近 opening a clause before a span of time is "the last", not "nearly" (历时近3年).
const CLAUSE_OPEN = '，。；：、“（(\n在';

/** 近 at `at` starts a clause (or follows 在): the span after it is the recent one, exactly. */
export function recentSpan(text: string, at: number): boolean {
  return at === 0 || CLAUSE_OPEN.includes(text[at - 1]);
}

// A bound, a modal and a verb before the number: 每个账号最多可预约5人, 最高可达50毫米, 至少需培训3次.
const MODAL_BOUNDS: [string, Qualifier][] = [
  ['最多', 'atMost'],
  ['至多', 'atMost'],
  ['最高', 'atMost'],
  ['最长', 'atMost'],
  ['至少', 'atLeast'],
  ['最少', 'atLeast'],
  ['最低', 'atLeast'],
];
const MODALS = ['可以', '能够', '只能', '可', '能', '需', '须', '要'];
const MODAL_LAST = charSet('以够能可需须要');
const isHanAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
};

/** 最多可预约 / 至少要 ending at `start` (at most two characters of verb after the modal), or null. */
export function modalBound(text: string, start: number): QualifierMatch | null {
  for (let v = start; v >= start - 2; v--) {
    if (v < start && !isHanAt(text, v)) return null;
    if (!(CHAR_SETS[text.charCodeAt(v - 1)] & MODAL_LAST)) continue; // most numbers stop here
    for (const modal of MODALS) {
      const m = v - modal.length;
      if (text.slice(m, v) !== modal) continue;
      for (const [word, qualifier] of MODAL_BOUNDS) {
        if (text.slice(m - 2, m) === word) return { qualifier, at: m - 2, word: word + text.slice(m, start) };
      }
    }
  }
  return null;
}

/** 上千亩, 上万人, 上百万台套: 上 before a bare magnitude (no digit) is "reaches", at least (vague.ts). */
export function reachBefore(text: string, start: number, bare: boolean | undefined): QualifierMatch | null {
  if (!bare || text[start - 1] !== '上' || '以之向'.includes(text[start - 2] ?? '\0')) return null;
  return { qualifier: 'atLeast', at: start - 1, word: '上' };
}
