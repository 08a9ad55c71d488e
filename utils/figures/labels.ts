/**
 * Stage 5: the label — what a figure measures. Two candidates, both short and bounded:
 * - before the number, the tail of its clause (共签约项目52个 -> 签约项目, 意向投资额超过300亿元 -> 意向投资额,
 *   计划总投资88.85亿元 -> 计划总投资), cut after clause words (共, 其中, 合作, 在 ...), stripped of
 *   adverbs and scope words (先后, 同比, 全市 ...) and of trailing verbs of being (达到, 为, 有 ...);
 * - after it, the noun the number qualifies (百余名企业家 -> 企业家, 176平方公里的土地 -> 土地,
 *   12大类58小项技能培训 -> 技能培训).
 * A count with a noun right after its measure word takes that noun; other figures take the phrase before
 * and the noun after 的 only when there is none. When unsure — a candidate that does not end like a noun,
 * or is too long — no label.
 */
import {
  ADVERBS,
  AFTER_STOP,
  AFTER_VERB_SET,
  BAD_END,
  CUT_AFTER,
  LEAD,
  NOUN_AFTER_VERB,
  NO_CUT_AFTER,
  NO_CUT_BEFORE,
  TRAIL,
  VERBAL_MEASURES,
} from './labelWords';
import { CHAR_SETS, charSet } from './chars';
import { readNumeral } from './numerals';
import { matchUnit } from './units';

// A label never crosses punctuation, quotes or digits.
const STOP = new Set([...'，。；：、,.;:！？!?（）()“”"\'‘’【】《》〈〉—…·\n\r\t 　0123456789０１２３４５６７８９%％']);
const WINDOW = 24;
const MAX_BEFORE = 10;
const MAX_AFTER = 6;

// CUT_AFTER by last character: the cut is found from the end of the phrase back, one lookup per character.
const CUT_BY_LAST = new Map<string, string[]>();
for (const w of CUT_AFTER) CUT_BY_LAST.set(w[w.length - 1], [...(CUT_BY_LAST.get(w[w.length - 1]) ?? []), w]);
const CUT_LAST = charSet([...CUT_BY_LAST.keys()].join(''));

/** Where the label starts in seg: after the rightmost clause word that is not part of a longer word, or 0. */
function rightmostCut(seg: string): number {
  for (let e = seg.length; e > 0; e--) {
    if (!(CHAR_SETS[seg.charCodeAt(e - 1)] & CUT_LAST)) continue;
    for (const w of CUT_BY_LAST.get(seg[e - 1]) ?? []) {
      const i = e - w.length;
      if (i < 0 || !seg.startsWith(w, i)) continue;
      const before = NO_CUT_BEFORE[w],
        after = NO_CUT_AFTER[w];
      const blocked =
        (before && e < seg.length && before.includes(seg[e])) ||
        (after && i > 0 && after.includes(seg[i - 1])) ||
        (e < seg.length && NOUN_AFTER_VERB.includes(seg[e])); // 覆盖率, 完成额: a noun, not a clause break
      if (!blocked) return e;
    }
  }
  return 0;
}

// A long phrase keeps only what follows these (规模以上工业增加值 -> 工业增加值).
const LONG_CUT = ['的', '以上', '以下', '之'];

function tidyLabel(seg: string): string | undefined {
  if (seg.length > MAX_BEFORE) {
    let cut = 0;
    for (const w of LONG_CUT) {
      const i = seg.lastIndexOf(w);
      if (i >= 0 && i + w.length > cut) cut = i + w.length;
    }
    seg = seg.slice(cut);
  }
  // 5G基站: the letters belong to a code whose digits a previous figure took.
  let a = 0;
  while (a < seg.length && /[A-Za-z]/.test(seg[a])) a++;
  if (a > 0 && a < seg.length) seg = seg.slice(a);
  let changed = true;
  while (changed && seg) {
    changed = false;
    for (const w of TRAIL)
      if (seg.endsWith(w) && seg.length > w.length) {
        seg = seg.slice(0, -w.length);
        changed = true;
      }
    for (const w of LEAD)
      if (seg.startsWith(w) && seg.length > w.length + 1) {
        seg = seg.slice(w.length);
        changed = true;
      }
  }
  if (seg.length < 2 || seg.length > MAX_BEFORE || ADVERBS.has(seg) || BAD_END.has(seg[seg.length - 1]))
    return undefined;
  return seg;
}

/** The label from the phrase before a figure starting at `start`; `floor` is where the previous figure ended. */
export function findLabel(text: string, start: number, floor: number): string | undefined {
  let b = start;
  while (b > floor && start - b < WINDOW && !STOP.has(text[b - 1])) b--;
  if (b === start) return undefined;
  const seg = text.slice(b, start);
  return tidyLabel(seg.slice(rightmostCut(seg)));
}

/** The noun right after `end` (after 的, and after further numbers with measure words: 12大类58小项技能培训). */
export function nounAfter(text: string, end: number): string | undefined {
  let p = end;
  if (text[p] === '的') p++;
  for (let k = 0; k < 3; k++) {
    const n = readNumeral(text, p);
    if (!n || n.start !== p) break;
    let q = n.end;
    if (text[q] === '余' || text[q] === '多') q++;
    const u = matchUnit(text, q);
    if (!u?.measure) return undefined;
    p = q + u.word.length;
  }
  let q = p;
  while (q < text.length && q - p <= MAX_AFTER) {
    const ch = text[q];
    if (STOP.has(ch) || AFTER_STOP.has(ch)) break;
    if (AFTER_VERB_SET.has(text.slice(q, q + 2))) break;
    q++;
  }
  if (q - p < 2 || q - p > MAX_AFTER) return undefined;
  return text.slice(p, q);
}

export interface LabelTarget {
  /** Start of the figure, before any qualifier word (约, 超过). */
  start: number;
  end: number;
  kind: string;
  measure?: string;
}

/** The label of a figure, or undefined; `floor` is where the previous figure ended. */
export function labelOf(text: string, f: LabelTarget, floor: number): string | undefined {
  const attributive = text[f.end] === '的';
  if (f.kind === 'count' && f.measure && !VERBAL_MEASURES.has(f.measure)) {
    const after = nounAfter(text, f.end);
    if (after) return after;
  }
  const before = findLabel(text, f.start, floor);
  if (before || !attributive || f.kind === 'duration' || f.kind === 'date') return before;
  return nounAfter(text, f.end);
}
