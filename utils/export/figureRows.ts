/**
 * Every figure of the library as flat rows, and the table's filter and sort. One row per figure the popup's
 * panel lists (utils/display/figureRows.ts: hidden ones out, corrections applied, a figure stated twice is one
 * row, the panel's display label), so the list's count, the panel and the 数字 table agree. Pure, so the
 * figures table, its CSV, the store's figure-rows records and the bench share it.
 */
import { figureKey, type Article, type Capture, type FigureKind } from '../types';
import { listedFigures, type ListedFigure } from '../display/figureRows';

export interface FigureRow extends ListedFigure {
  /** `${captureId}|${start}:${end}`: unique in the library. */
  id: string;
  captureId: string;
  title: string;
  /** ISO with offset, as the article wrote it. */
  publishedAt: string | null;
  /** publishedAt as epoch milliseconds (NaN when unknown), computed once for sorting. */
  publishedTime: number;
  url: string;
  tags: readonly string[];
}

/** The part of a row that is the figure's own (the rest is its capture's): what the store keeps per figure. */
export type FigureRowCore = ListedFigure;

/** A capture's figures as the panel lists them, in the panel's key order. */
export function figureRowCores(capture: Source): FigureRowCore[] {
  const edits = 'figureEdits' in capture && Array.isArray(capture.figureEdits) ? capture.figureEdits : [];
  return listedFigures(capture.figures, edits, typeof capture.text === 'string' ? capture.text : '');
}

/** The capture-level fields of a row. */
export interface FigureRowContext {
  captureId: string;
  title: string;
  publishedAt: string | null;
  url: string;
  tags: readonly string[];
}

/**
 * Rows from a capture's context and its figures' cores (the store keeps them apart). The core's fields are
 * named, not spread: the 数字 tab makes 100,000 of these, and a literal of one shape is several times faster.
 */
export function rowsFromCores(context: FigureRowContext, cores: readonly FigureRowCore[]): FigureRow[] {
  const publishedTime = context.publishedAt ? Date.parse(context.publishedAt) : Number.NaN;
  return cores.map((core) => ({
    id: `${context.captureId}|${figureKey(core.figure)}`,
    captureId: context.captureId,
    title: context.title,
    publishedAt: context.publishedAt,
    publishedTime,
    url: context.url,
    tags: context.tags,
    figure: core.figure,
    corrected: core.corrected,
    label: core.label,
    value: core.value,
    normalised: core.normalised,
    period: core.period,
  }));
}

type Source = Article | Capture;

/** The capture-level fields of a row, read from a capture (or an article: `article-<index>` as its id). */
export function rowContextOf(capture: Source, index = 0): FigureRowContext {
  return {
    captureId: 'id' in capture && typeof capture.id === 'string' ? capture.id : `article-${index}`,
    title: typeof capture.title === 'string' ? capture.title : '',
    publishedAt: capture.publishedAt ?? null,
    url: capture.canonicalUrl || capture.url,
    tags: 'tags' in capture && Array.isArray(capture.tags) ? capture.tags : [],
  };
}

export function figureRowsOf(capture: Source, index = 0): FigureRow[] {
  return rowsFromCores(rowContextOf(capture, index), figureRowCores(capture));
}

/** All rows of many captures, in the captures' order. */
export function figureRows(captures: readonly Source[]): FigureRow[] {
  const rows: FigureRow[] = [];
  captures.forEach((capture, index) => {
    for (const row of figureRowsOf(capture, index)) rows.push(row);
  });
  return rows;
}

export interface FigureFilter {
  /** Words that must all appear in the label, figure text, sentence or title (case-insensitive). */
  query?: string;
  kind?: FigureKind | '';
  /** Normalised unit or measure word (CNY, %, 个 ...). */
  unit?: string;
  /** Text the label must contain. */
  label?: string;
  tag?: string;
  /** Publication date bounds, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

export type FigureSortKey = 'publishedAt' | 'label' | 'value' | 'kind' | 'unit' | 'title';

export function rowUnit(row: FigureRow): string {
  return row.figure.unit || row.figure.measure || '';
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

export function filterFigureRows(rows: readonly FigureRow[], filter: FigureFilter): FigureRow[] {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const label = filter.label?.trim().toLowerCase() ?? '';
  const unit = filter.unit ?? '';
  const { kind, tag, from, to } = filter;
  if (!words.length && !label && !unit && !kind && !tag && !from && !to) return rows.slice();
  return rows.filter((row) => {
    const f = row.figure;
    if (kind && f.kind !== kind) return false;
    if (unit && f.unit !== unit && f.measure !== unit) return false;
    if (label && !row.label.toLowerCase().includes(label)) return false;
    if (tag && !row.tags.includes(tag)) return false;
    if (from || to) {
      const published = day(row.publishedAt);
      if (!published || (from && published < from) || (to && published > to)) return false;
    }
    if (words.length) {
      const haystack = `${row.label}\n${f.text}\n${f.sentence}\n${row.title}\n${f.date ?? ''}\n${row.period}`;
      const folded = haystack.toLowerCase();
      if (!words.every((word) => folded.includes(word))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Sorted copy; rows without the sort key go last in either direction; ties keep the given order. */
export function sortFigureRows(rows: readonly FigureRow[], key: FigureSortKey, direction: 'asc' | 'desc'): FigureRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const text = (row: FigureRow): string => {
    if (key === 'label') return row.label;
    if (key === 'kind') return row.figure.kind;
    if (key === 'unit') return rowUnit(row);
    return row.title;
  };
  const decorated = rows.map((row, index) => ({
    row,
    index,
    key: key === 'value' ? row.figure.value : key === 'publishedAt' ? row.publishedTime : text(row),
  }));
  decorated.sort((a, b) => {
    const missingA = a.key === null || a.key === undefined || a.key === '' || Number.isNaN(a.key);
    const missingB = b.key === null || b.key === undefined || b.key === '' || Number.isNaN(b.key);
    if (missingA !== missingB) return missingA ? 1 : -1;
    if (!missingA) {
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key));
      if (order !== 0) return sign * order;
    }
    return a.index - b.index;
  });
  return decorated.map((entry) => entry.row);
}

/** The units and kinds present, for the filter menus (most frequent first). */
export function figureFacets(rows: readonly FigureRow[]): { units: string[]; kinds: FigureKind[]; tags: string[] } {
  const units = new Map<string, number>();
  const kinds = new Map<FigureKind, number>();
  const tags = new Set<string>();
  for (const row of rows) {
    const unit = rowUnit(row);
    if (unit) units.set(unit, (units.get(unit) ?? 0) + 1);
    kinds.set(row.figure.kind, (kinds.get(row.figure.kind) ?? 0) + 1);
    for (const tag of row.tags) tags.add(tag);
  }
  const byCount = <T>(map: Map<T, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
  return { units: byCount(units), kinds: byCount(kinds), tags: [...tags].sort(collator.compare) };
}
