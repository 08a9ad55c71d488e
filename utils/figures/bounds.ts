/**
 * Stage 3b: two one-sided bounds that make one range (大于10小于20, 1000以上，1500以下, 最多100最少20个,
 * 不大于50不小于20), and the interval any figure stands for, with open and closed ends.
 *
 * Reading of the ends (民法典 第1259条: 以上、以下、以内、届满 include the number; 不满、超过、以外 do not):
 *   moreThan  (v, ∞)   超过 大于 高于 多于 逾 过 > 比v大 ; 多/余/几 in or after the numeral (五百多, 十几万)
 *   atLeast   [v, ∞)   至少 不少于 不低于 不小于 大于等于 ≥ ; 以上 及以上 或者以上 或者更多
 *   lessThan  (−∞, v)  不到 不足 少于 低于 小于 未满 < 比v小
 *   atMost    (−∞, v]  最多 不超过 不大于 小于等于 ≤ ; 以下 之下 以内 及以下
 *   range     [a, b]   3至5年, 20-30, 20和30之间 (both ends included); a two-bound range takes each end
 *                      from its own word.
 *   exact     [v, v]   only when written 等于 v; other exact and approx figures are no interval.
 */
import type { Figure, Qualifier } from '../types';
import { scanNumerals } from './numerals';
import {
  comparisonAround,
  comparisonStart,
  qualifierAfter,
  qualifierBefore,
  qualifierEndingAt,
  type QualifierMatch,
} from './qualifiers';

const LOWER = new Set<Qualifier>(['moreThan', 'atLeast']);
const UPPER = new Set<Qualifier>(['lessThan', 'atMost']);
const OPEN = new Set<Qualifier>(['moreThan', 'lessThan']);
const isBound = (q: Qualifier): boolean => LOWER.has(q) || UPPER.has(q);

// What may stand between two bounds besides spaces and commas: 大于100 并且小于300, 大于二十的同时小于等于三十五.
const CONNECTORS = new Set(['', '并', '且', '并且', '而', '而且', '同时', '的同时', '但', '但是', '又']);
const SKIPPED = ' \u3000,，、';

const bare = (f: Figure): boolean => f.kind === 'other' && f.unit === '' && !f.measure;

/**
 * `b` right after `a`, both one-sided and facing each other (a lower and an upper bound, low < high),
 * joined by nothing, a comma or 并/且/同时: the one range they make, else null.
 */
export function joinBounds(text: string, a: Figure, b: Figure): Figure | null {
  if (a.value === null || b.value === null || a.max !== undefined || b.max !== undefined) return null;
  if (!isBound(a.qualifier) || !isBound(b.qualifier) || LOWER.has(a.qualifier) === LOWER.has(b.qualifier)) return null;
  if (!bare(a) && !bare(b) && (a.kind !== b.kind || a.unit !== b.unit || a.measure !== b.measure)) return null;
  const bStart = qualifierBefore(text, b.start)?.at ?? comparedFrom(text, b) ?? b.start;
  if (bStart < a.end || bStart - a.end > 8) return null;
  let gap = '';
  for (let i = a.end; i < bStart; i++) if (!SKIPPED.includes(text[i])) gap += text[i];
  if (!CONNECTORS.has(gap)) return null;
  const [low, high] = LOWER.has(a.qualifier) ? [a.value, b.value] : [b.value, a.value];
  if (!(low < high)) return null; // 大于50小于12: two conditions, no range
  const unitOf = bare(a) ? b : a;
  const fig: Figure = {
    ...unitOf,
    text: text.slice(a.start, b.end),
    start: a.start,
    end: b.end,
    value: low,
    max: high,
    qualifier: 'range',
  };
  if (!unitOf.measure) delete fig.measure;
  return fig;
}

export interface Interval {
  /** Span of the expression: the words before it (超过, 至少是, 在…之间) in, a unit after the last numeral out. */
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  lowOpen: boolean;
  highOpen: boolean;
  /** The word that set each end: 超过, 以上, 最少 …; '多' for 五百多 / 十几万; '' for a range separator (到, -, 和…之间). */
  lowWord: string;
  highWord: string;
}

const BETWEEN_BEFORE = ['位于', '介于', '处于', '在'];

/** The interval `fig` (found in `text`) stands for, or null for exact and approximate figures. */
export function figureInterval(text: string, fig: Figure): Interval | null {
  if (fig.value === null || fig.kind === 'date') return null;
  const nums = scanNumerals(text.slice(fig.start, fig.end)).map((n) => ({
    start: n.start + fig.start,
    end: n.end + fig.start,
  }));
  if (!nums.length) return null;
  const first = nums[0];
  const last = fig.max !== undefined && nums.length > 1 ? nums[1] : first;
  const before = qualifierBefore(text, fig.start);
  const tail = qualifierEndingAt(text, fig.end, fig.start);
  let start = before && (before.qualifier === fig.qualifier || isBound(before.qualifier)) ? before.at : fig.start;
  // Where the numbers stop: an after-word ends it (20万次以上); a unit after the last numeral is left out.
  let end = tail && isBound(tail.qualifier) ? fig.end : last.end;
  if (end === last.end && fig.qualifier === 'moreThan' && '多余来'.includes(text[end] ?? '\0')) end++;
  const make = (
    lw: QualifierMatch | null,
    hw: QualifierMatch | null,
    low: number | null,
    high: number | null,
    lowQ?: Qualifier,
    highQ?: Qualifier,
  ): Interval => ({
    start,
    end,
    low,
    high,
    lowOpen: lowQ !== undefined && OPEN.has(lowQ),
    highOpen: highQ !== undefined && OPEN.has(highQ),
    lowWord: lw?.word ?? '',
    highWord: hw?.word ?? '',
  });
  const v = fig.value;
  const compared = comparedFrom(text, fig);
  if (compared !== null) {
    // 比三十大, 比 170 低: from 比 to the adjective.
    start = compared;
    end = fig.end;
    const word = { qualifier: fig.qualifier, at: end, word: `比${text[end - 1]}` };
    return fig.qualifier === 'moreThan'
      ? make(word, null, v, null, 'moreThan')
      : make(null, word, null, v, undefined, 'lessThan');
  }
  if (fig.qualifier === 'exact')
    return before?.word === '等于' ? make(before, before, v, v, 'atLeast', 'atMost') : null;
  if (isBound(fig.qualifier)) {
    const word =
      tail?.qualifier === fig.qualifier
        ? tail
        : before?.qualifier === fig.qualifier
          ? before
          : { qualifier: fig.qualifier, at: end, word: '多' };
    return LOWER.has(fig.qualifier)
      ? make(word, null, v, null, fig.qualifier)
      : make(null, word, null, v, undefined, fig.qualifier);
  }
  if (fig.qualifier !== 'range' || fig.max === undefined) return null;
  // Two bounds: each end from its own word — the one before (大于) or after (以上) the first numeral,
  // the one before (小于) or after (以下) the second.
  const cmp1 = comparisonAround(text, first.start, first.end);
  const cmp2 = comparisonAround(text, last.start, last.end);
  const b1 = before && isBound(before.qualifier) ? before : (afterWordIn(text, first.end, last.start) ?? cmp1);
  const b2 = qualifierBefore(text, last.start) ?? (tail && isBound(tail.qualifier) ? tail : null) ?? cmp2;
  if (b1 && b2 && isBound(b1.qualifier) && isBound(b2.qualifier)) {
    if (b1 === cmp1) start = first.start - (text[first.start - 1] === ' ' ? 2 : 1); // 比四分之一大， 比二分之一小
    if (b2 === cmp2) end = cmp2.at;
    const [lw, hw] = LOWER.has(b1.qualifier) ? [b1, b2] : [b2, b1];
    return make(lw, hw, v, fig.max, lw.qualifier, hw.qualifier);
  }
  // A range written with a separator: 20到30, 20-100, 在第十和第十五之间.
  if (text.endsWith('间', fig.end)) {
    end = fig.end;
    if (text[start - 1] === '第') start--;
    const w = BETWEEN_BEFORE.find((x) => text.startsWith(x, start - x.length));
    if (w) start -= w.length;
  }
  return make(null, null, v, fig.max, 'atLeast', 'atMost');
}

/** A one-sided after-word (以上, 以下) between the two numerals of a range, after a unit if any. */
function afterWordIn(text: string, from: number, to: number): QualifierMatch | null {
  for (let p = from; p < to; p++) {
    const m = qualifierAfter(text, p);
    if (m && isBound(m.qualifier)) return m;
  }
  return null;
}

/** Where 比 stands when `fig` is a comparison written around its number (比三十大), else null. */
function comparedFrom(text: string, fig: Figure): number | null {
  if (fig.qualifier !== 'moreThan' && fig.qualifier !== 'lessThan') return null;
  const p = comparisonStart(text, fig.end);
  return p !== null && (p === fig.start - 1 || (p === fig.start - 2 && text[fig.start - 1] === ' ')) ? p : null;
}
