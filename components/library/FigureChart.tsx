/**
 * One label and unit over publication date (e.g. 总投资 per article), drawn as hand-written SVG: a line through
 * the points in date order, round value ticks in 万/亿, date ticks. A point opens its article at the figure.
 */
import { useMemo } from 'preact/hooks';
import type { FigureRow } from '@/utils/export/figureRows';
import { formatChineseMagnitude } from '@/utils/display/figureValue';
import { t } from '@/utils/platform/i18n';
import { figureSeries, niceTicks, type FigureSeries } from './chartData';
import { isolated } from '@/utils/display/bidi';

/** A series as the menu names it; the label and unit are the page's words, isolated (bidi.ts). */
function seriesName(s: { label: string; unit: string; articles: number }): string {
  const unit = s.unit ? ` (${isolated(s.unit)})` : '';
  return `${isolated(s.label)}${unit} · ${t('figuresChartArticles', String(s.articles))}`;
}

const WIDTH = 720;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 24, bottom: 36, left: 64 };

interface Props {
  rows: readonly FigureRow[];
  seriesKey: string | null;
  onSeriesChange: (key: string) => void;
  onOpen: (row: FigureRow) => void;
}

function dayLabel(time: number, span: number): string {
  const iso = new Date(time).toISOString();
  return span > 400 * 86_400_000 ? iso.slice(0, 7) : iso.slice(0, 10);
}

export function FigureChart({ rows, seriesKey, onSeriesChange, onOpen }: Props) {
  const all = useMemo(() => figureSeries(rows), [rows]);
  const series: FigureSeries | undefined = all.find((s) => s.key === seriesKey) ?? all[0];
  if (!series) return <p class="cc-fig-chart-empty">{t('figuresChartEmpty')}</p>;

  const { points } = series;
  const values = points.map((p) => p.value);
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(...values));
  const yMin = yTicks[0];
  const yMax = yTicks[yTicks.length - 1] === yMin ? yMin + 1 : yTicks[yTicks.length - 1];
  const tMin = points[0].time;
  const tMax = points[points.length - 1].time;
  const span = tMax - tMin;
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (time: number) => MARGIN.left + (span === 0 ? innerW / 2 : ((time - tMin) / span) * innerW);
  const y = (value: number) => MARGIN.top + innerH - ((value - yMin) / (yMax - yMin)) * innerH;
  const xTicks = span === 0 ? [tMin] : [0, 0.25, 0.5, 0.75, 1].map((f) => tMin + f * span);
  const unit = series.unit ? ` (${isolated(series.unit)})` : '';
  const name = `${isolated(series.label)}${unit}`;

  return (
    <figure class="cc-fig-chart">
      <label class="cc-fig-chart-pick">
        {t('figuresChartSeries')}
        <select value={series.key} onChange={(e) => onSeriesChange((e.currentTarget as HTMLSelectElement).value)}>
          {all.slice(0, 50).map((s) => (
            <option key={s.key} value={s.key}>
              {seriesName(s)}
            </option>
          ))}
        </select>
      </label>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('figuresChartLabel', [name, String(points.length)])}
        data-testid="figures-chart"
      >
        {yTicks.map((tick) => (
          <g key={`y${tick}`} class="cc-chart-grid">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} text-anchor="end" dominant-baseline="middle">
              {formatChineseMagnitude(tick)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text key={`x${tick}`} class="cc-chart-axis" x={x(tick)} y={HEIGHT - 12} text-anchor="middle">
            {dayLabel(tick, span)}
          </text>
        ))}
        <polyline class="cc-chart-line" points={points.map((p) => `${x(p.time)},${y(p.value)}`).join(' ')} />
        {points.map((point) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>; it acts as one.
          <circle
            key={point.row.id}
            class="cc-chart-point"
            cx={x(point.time)}
            cy={y(point.value)}
            r={4.5}
            tabIndex={0}
            role="button"
            aria-label={`${point.day} ${point.row.title}: ${point.row.figure.text}`}
            onClick={() => onOpen(point.row)}
            onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && onOpen(point.row)}
          >
            <title>{`${point.day} ${point.row.title}\n${point.row.figure.text}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>{t('figuresChartCaption', [name, String(series.articles)])}</figcaption>
    </figure>
  );
}
