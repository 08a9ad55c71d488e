/**
 * The key-figures engine: plain text -> Figure[]. Pure and DOM-free.
 * Stages: scan numerals -> resolve dates -> attach unit / qualifier / range -> judge (negatives)
 * -> label + sentence -> rank. Every stage is linear in the text (no backtracking regexes).
 *
 * Values are expressed in the figure's own `unit`: 176平方公里 -> 176 km2, 88.85亿元 -> 8885000000 CNY,
 * 3.6万人次 -> 36000 (measure 人次), 三成 -> 30 %, 3个百分点 -> 3 pp, 为期三年 -> 3 year.
 */
import type { Article, Figure, FigureKind, Qualifier } from '../types';
import { scanNumerals } from './numerals';
import type { Numeral } from './stageTypes';
import { attachUnit } from './units';
import { measure, readSmall, tidy, type Measured } from './measure';
import { comparisonAround, modalBound, qualifierAfter, qualifierBefore, reachBefore, recentSpan } from './qualifiers';
import { joinBounds } from './bounds';
import { isKeyYearWord, parseReferenceDate, resolveDates } from './dates';
import { findUrlSpans, isTimestamp, judgeNumeral, type Verdict } from './negatives';
import { labelOf } from './labels';
import { rankFigures } from './rank';
import { mergeDurations } from './durations';
import { sentenceBounds, sentenceOf } from './sentences';
import { fanfanHits, markInside, ratioHits } from './ratios';
import { bareCount, idiomPairs } from './names';

export interface ExtractFiguresOptions {
  /** Anchor for relative dates (今年, 3月5日): the article's publishedAt (ISO) or a YYYY-MM-DD date. */
  referenceDate?: string | null;
  /** Also return bare numbers (kind "other"), not only key figures. */
  all?: boolean;
  /** The article's title: figures repeated there rank higher. */
  title?: string;
}

interface Candidate {
  fig: Figure;
  /** 'minor': a real figure, but not a key one (一场, 一条条): only with `all`, kept as read. */
  verdict: Verdict | 'minor';
  /** The numeral alone, used when a number that is not a key figure is returned with `all`. */
  num?: Numeral;
}

const RANGE_SEP = '至到-—–~～－';
const MEASURED = new Set<FigureKind>(['length', 'weight', 'area', 'volume']);

function baseFigure(
  text: string,
  start: number,
  end: number,
  kind: FigureKind,
  value: number | null,
  unit: string,
  qualifier: Qualifier,
): Figure {
  return { text: text.slice(start, end), start, end, kind, value, unit, qualifier, sentence: '', score: 0 };
}

/** Second numeral of a range (3至5年, 20%-30%, 20和30之间), or null. */
function readRange(
  text: string,
  a: Measured,
  nums: Numeral[],
  j: number,
  used: Uint8Array,
  small: ReturnType<typeof readSmall>,
) {
  let skip = 1;
  let b = nums[j + 1];
  if (!b || used[j + 1]) return null;
  let p = a.end;
  while (text[p] === ' ') p++;
  const sep = text[p];
  const between = sep === '和' || sep === '与';
  if (!RANGE_SEP.includes(sep) && !between) return null;
  let q = p + 1;
  while (text[q] === ' ') q++;
  if (between && text[q] === '第' && text[a.start - 1] === '第') q++; // 第十和第十五之间
  if (
    a.def?.kind === 'temperature' &&
    text.startsWith('零下', q) &&
    b.start === q &&
    b.end === q + 1 &&
    nums[j + 2] &&
    !used[j + 2]
  ) {
    q += 2; // 零下8℃至零下3℃: its 零 was read as a numeral of its own
    b = nums[j + 2];
    skip = 2;
  }
  // 20%-30%: the dash was read as the sign of 30.
  const signed = b.start === p && b.value < 0 && sep !== '至' && sep !== '到';
  if ((b.start !== q || b.value < 0) && !signed) return null;
  let mb = measure(text, signed ? { ...b, value: -b.value, start: b.start + 1 } : b, small);
  // 10000与20000间: 间 closes the range, it is not the measure word of rooms.
  if (between && mb.def?.word === '间' && !a.def) mb = { ...mb, end: b.end, def: null };
  if (a.def && mb.def && (a.def.unit !== mb.def.unit || a.def.kind !== mb.def.kind || a.def.word !== mb.def.word))
    return null;
  if (a.def && !mb.def) return null;
  let end = mb.end;
  if (between) {
    const tail = text.startsWith('之间', end) ? 2 : text[end] === '间' ? 1 : 0;
    if (!tail) return null;
    end += tail;
  }
  return { b, mb, end, skip };
}

export function extractFigures(text: string, options: ExtractFiguresOptions = {}): Figure[] {
  const all = options.all === true;
  const ref = parseReferenceDate(options.referenceDate);
  const nums = scanNumerals(text);
  const urls = findUrlSpans(text);
  const { hits, used } = resolveDates(text, nums, ref);
  const small = readSmall(text);
  const cands: Candidate[] = [];
  for (const h of hits) {
    const fig = baseFigure(text, h.start, h.end, 'date', null, '', h.date.includes('/') ? 'range' : 'exact');
    fig.date = h.date;
    const inUrl = urls.some(([s, e]) => h.start < e && h.end > s);
    const notKey = (h.yearOnly && !isKeyYearWord(text, h.start, h.end)) || isTimestamp(text, h.start, h.end);
    cands.push({ fig, verdict: inUrl ? 'drop' : notKey ? 'notKey' : 'keep' });
  }
  const fanfan = fanfanHits(text);
  markInside(fanfan, nums, used);
  for (const r of [...fanfan, ...ratioHits(text, nums, used)])
    cands.push({ fig: baseFigure(text, r.start, r.end, 'ratio', r.value, r.unit, 'exact'), verdict: 'keep' });
  const idioms = idiomPairs(text, nums); // 百企千项, 千家万户
  for (let j = 0; j < nums.length; j++) {
    if (used[j]) continue;
    const n = nums[j];
    const m = measure(text, n, small);
    let value = m.value;
    let max = n.max !== undefined ? tidy(n.max * (m.def?.factor ?? 1)) : undefined;
    let end = m.end;
    let def = m.def ?? bareCount(text, n, m.end); // 常住人口达745万
    let qualifier: Qualifier = max !== undefined ? 'range' : m.moreThan ? 'moreThan' : 'exact';
    const range = max === undefined ? readRange(text, m, nums, j, used, small) : null;
    if (range) {
      def = range.mb.def;
      value = m.def ? m.value : tidy(n.value * (def?.factor ?? 1));
      const big = range.b.lastBig;
      if (big && !n.lastBig && value * big <= range.mb.value) value *= big; // 3至5万元 = 3万..5万
      max = range.mb.value;
      end = range.end;
      qualifier = 'range';
      j += range.skip;
    }
    const before =
      qualifier === 'range'
        ? null
        : (qualifierBefore(text, m.start) ?? modalBound(text, m.start) ?? reachBefore(text, m.start, n.bare));
    if (before)
      qualifier =
        before.word === '近' && def?.kind === 'duration' && recentSpan(text, before.at) ? 'exact' : before.qualifier;
    // 多 after a physical unit, 成 or 倍 is "and more": 一米多, 三成多, 两倍多.
    const measured = def !== null && (MEASURED.has(def.kind) || def.word === '成' || def.word === '倍');
    const after =
      qualifier === 'range'
        ? null
        : (qualifierAfter(text, end, def?.kind === 'duration', measured) ?? comparisonAround(text, m.start, end));
    if (after) {
      qualifier = after.qualifier;
      end = after.at;
    }
    const kind: FigureKind = def ? def.kind : 'other';
    const fig = baseFigure(text, m.start, end, kind, value, def?.measure ? '' : (def?.unit ?? ''), qualifier);
    if (max !== undefined) fig.max = max;
    if (def?.measure) fig.measure = def.word;
    let verdict: Verdict | 'minor' = idioms.has(j) ? 'drop' : judgeNumeral(text, n, end, !!def, urls);
    if (verdict === 'keep') verdict = keyVerdict(text, n, fig);
    cands.push({ fig, verdict, num: n });
  }
  cands.sort((a, b) => a.fig.start - b.fig.start);
  joinCandidates(text, cands);
  const out: Figure[] = [];
  const bounds = sentenceBounds(text);
  let floor = 0;
  for (const c of cands) {
    const prevEnd = floor;
    floor = Math.max(floor, c.fig.end); // labels never reach back across another number, kept or not
    if (c.verdict === 'drop' || (c.verdict !== 'keep' && !all)) continue;
    let fig = c.fig;
    // A bare number keeps what was read around it (超过80, 一千到一千五百, 五百以上); one that is not a key
    // figure for another reason (第3名, a code) is only the numeral.
    const bare = fig.kind === 'other' && fig.unit === '' && !fig.measure;
    if (c.verdict === 'notKey' && c.num && fig.kind !== 'date' && !bare) {
      const n = c.num;
      fig = baseFigure(text, n.start, n.end, 'other', n.value, '', n.max !== undefined ? 'range' : 'exact');
      if (n.max !== undefined) fig.max = n.max;
    }
    if (fig.kind !== 'date' && fig.kind !== 'other') {
      const start = qualifierBefore(text, fig.start)?.at ?? fig.start;
      const label = labelOf(text, { start, end: fig.end, kind: fig.kind, measure: fig.measure }, prevEnd);
      if (label) fig.label = label;
    }
    fig.sentence = sentenceOf(text, bounds, fig.start, fig.end);
    out.push(fig);
  }
  return rankFigures(mergeDurations(out, text), text, { title: options.title, leadEnd: leadEnd(text) });
}

/** An article's key figures: relative dates anchored on its date, figures in its title ranked higher. */
export function figuresOf(article: Pick<Article, 'text' | 'publishedAt' | 'title'>): Figure[] {
  return extractFigures(article.text, { referenceDate: article.publishedAt, title: article.title });
}

/** The numeral stage alone, after the negatives: every number in the text with its value. */
export function extractNumbers(text: string): { start: number; end: number; value: number }[] {
  const urls = findUrlSpans(text);
  const out: { start: number; end: number; value: number }[] = [];
  for (const n of scanNumerals(text)) {
    const att = attachUnit(text, n.end);
    if (judgeNumeral(text, n, att.end, att.def !== null, urls) !== 'drop')
      out.push({ start: n.start, end: n.end, value: n.value });
  }
  return out;
}

const VERDICT_ORDER: (Verdict | 'minor')[] = ['drop', 'notKey', 'minor', 'keep'];

/** Neighbouring bounds that make one range (大于10小于20, 最多100最少20个) become one figure. */
function joinCandidates(text: string, cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i],
      b = cands[i + 1];
    if (a.verdict === 'drop' || b.verdict === 'drop' || a.fig.kind === 'date' || b.fig.kind === 'date') continue;
    const fig = joinBounds(text, a.fig, b.fig);
    if (!fig) continue;
    const verdict = VERDICT_ORDER[Math.max(VERDICT_ORDER.indexOf(a.verdict), VERDICT_ORDER.indexOf(b.verdict))];
    cands.splice(i, 2, { fig, verdict });
  }
}

/** Numbers that read fine but are not key figures: bare numbers, lone 一, 一条条, ”三个互动. */
function keyVerdict(text: string, n: Numeral, fig: Figure): Verdict | 'minor' {
  if (fig.kind === 'other' && fig.unit === '') return 'notKey';
  const written = text.slice(n.start, n.end);
  const countLike = fig.kind === 'count' || fig.kind === 'duration' || fig.kind === 'age';
  if (written === '一' && countLike) return 'minor'; // 一场, 一年
  if (fig.measure && text[fig.end] === fig.measure[fig.measure.length - 1] && n.chinese && !n.arabic) return 'minor';
  if (fig.kind === 'count' && n.chinese && !n.arabic && fig.value !== null && fig.value < 10) {
    if (text[n.start - 1] === '”' || text[fig.end] === '“') return 'minor'; // names a list just quoted
    // 八类严重暴力案件, 两大类比赛: names kinds of things, it does not count them.
    if ((fig.measure === '类' || fig.measure === '大类') && /[\u4e00-\u9fff]/.test(text[fig.end] ?? '')) return 'minor';
  }
  return 'keep';
}

/** End of the first paragraph that has text: the lead. */
function leadEnd(text: string): number {
  let p = 0;
  while (p < text.length && /\s/.test(text[p])) p++;
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl;
}
