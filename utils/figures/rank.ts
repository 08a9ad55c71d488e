/**
 * Stage 6: how "key" a figure is — its kind and size, where it stands (title, lead paragraph) and the
 * markers around it (共, 总, 累计, 同比, 增长 ...). Higher first.
 */
import type { Figure, FigureKind } from '../types';

const KIND_SCORE: Record<FigureKind, number> = {
  money: 5,
  percent: 4.5,
  ratio: 4.5,
  energy: 3,
  speed: 2.5,
  area: 4,
  count: 3,
  weight: 3,
  volume: 3,
  length: 3,
  temperature: 2.5,
  age: 2,
  duration: 2,
  date: 2,
  other: 0.5,
};
const MARKERS = [
  '共',
  '总',
  '累计',
  '合计',
  '同比',
  '增长',
  '增速',
  '下降',
  '突破',
  '超过',
  '达到',
  '创',
  '全年',
  '首次',
  '计划',
  '投资',
];

// Markers by first character: most positions are rejected with one lookup, and nothing is sliced.
const MARKER_BY_FIRST = new Map<string, string[]>();
for (const m of MARKERS) MARKER_BY_FIRST.set(m[0], [...(MARKER_BY_FIRST.get(m[0]) ?? []), m]);

/** Some marker lies wholly inside s[from, to). */
function hasMarker(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const list = MARKER_BY_FIRST.get(s[i]);
    if (!list) continue;
    for (const m of list) if (i + m.length <= to && s.startsWith(m, i)) return true;
  }
  return false;
}

export interface RankContext {
  title?: string;
  /** End of the lead (first) paragraph in the text. */
  leadEnd: number;
}

/** Score for one figure (pure): the caller sorts. */
export function scoreFigure(f: Figure, text: string, ctx: RankContext): number {
  let s = KIND_SCORE[f.kind];
  if (f.value !== null && (f.kind === 'money' || f.kind === 'count' || f.kind === 'area')) {
    s += Math.min(2, Math.log10(Math.abs(f.value) + 1) / 4);
  }
  if (f.kind === 'date') s += f.date && f.date.length >= 10 ? 0.5 : 0;
  if (f.qualifier !== 'exact') s += 0.2;
  if (f.label) s += 0.5;
  if (f.measure) s += 0.3;
  if (
    hasMarker(text, Math.max(0, f.start - 8), f.start) ||
    (f.label !== undefined && hasMarker(f.label, 0, f.label.length))
  )
    s += 1;
  if (ctx.title?.includes(f.text)) s += 3;
  if (f.start < ctx.leadEnd) s += 1;
  // Small counts written in Chinese (三项活动) matter less than written-out statistics.
  if (f.kind === 'count' && f.value !== null && f.value < 10 && !/[0-9]/.test(f.text)) s -= 1.5;
  return Math.round(s * 100) / 100;
}

/** Scores figures in place and sorts them: highest score first, then by position. */
export function rankFigures(figures: Figure[], text: string, ctx: RankContext): Figure[] {
  for (const f of figures) f.score = scoreFigure(f, text, ctx);
  return figures.sort((a, b) => b.score - a.score || a.start - b.start);
}
