/** The data behind the figures chart: one series per label and unit, points by publication date. Pure. */
import type { FigureRow } from '@/utils/export/figureRows';
import { rowUnit } from '@/utils/export/figureRows';

export interface ChartPoint {
  /** Milliseconds of the publication day (UTC midnight of the day the page wrote). */
  time: number;
  day: string;
  value: number;
  row: FigureRow;
}

export interface FigureSeries {
  key: string;
  label: string;
  unit: string;
  points: ChartPoint[];
  /** Distinct articles in the series. */
  articles: number;
}

/** Series of figures that share a label and unit and have a value and a publication date, most articles first. */
export function figureSeries(rows: readonly FigureRow[]): FigureSeries[] {
  const byKey = new Map<string, FigureSeries>();
  for (const row of rows) {
    const { figure } = row;
    const label = row.label.trim();
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(row.publishedAt ?? '')?.[1];
    if (!label || !day || typeof figure.value !== 'number' || !Number.isFinite(figure.value)) continue;
    if (figure.kind === 'date') continue;
    const unit = rowUnit(row);
    const key = `${label}\u0000${unit}`;
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { key, label, unit, points: [], articles: 0 }));
    series.points.push({ time: Date.parse(`${day}T00:00:00Z`), day, value: figure.value, row });
  }
  for (const series of byKey.values()) {
    series.points.sort((a, b) => a.time - b.time || a.value - b.value);
    series.articles = new Set(series.points.map((point) => point.row.captureId)).size;
  }
  return [...byKey.values()].sort(
    (a, b) => b.articles - a.articles || b.points.length - a.points.length || a.label.localeCompare(b.label, 'zh-CN'),
  );
}

/** About `count` round tick values covering [min, max] (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? power * 10;
  const ticks: number[] = [];
  // From the step at or below min to the first step at or above max, so every point lies inside.
  for (let value = Math.floor(min / step) * step; ticks.length < 50; value += step) {
    ticks.push(Number(value.toPrecision(12)));
    if (value >= max - step * 1e-9) break;
  }
  return ticks;
}
