/** Figures as the user sees them in exports: hidden ones out, corrections applied, pinned first. */
import { figureKey, type Article, type Capture, type Figure, type FigureEdit } from '../types';

export interface DisplayFigure extends Figure {
  pinned: boolean;
}

function editsOf(article: Article | Capture): FigureEdit[] {
  return 'figureEdits' in article && Array.isArray(article.figureEdits) ? article.figureEdits : [];
}

/** Pinned figures first (in their order), then the rest by score, highest first; stable otherwise. */
export function displayFigures(article: Article | Capture): DisplayFigure[] {
  const edits = new Map(editsOf(article).map((edit) => [edit.key, edit]));
  const shown: DisplayFigure[] = [];
  for (const figure of article.figures ?? []) {
    const edit = edits.get(figureKey(figure));
    if (edit?.hidden) continue;
    shown.push({ ...figure, ...(edit?.corrected ?? {}), pinned: edit?.pinned === true });
  }
  const order = new Map(shown.map((figure, index) => [figure, index]));
  return shown.sort((a, b) => Number(b.pinned) - Number(a.pinned)
    || (a.pinned ? 0 : (b.score ?? 0) - (a.score ?? 0))
    || order.get(a)! - order.get(b)!);
}

/** Plain decimal, never exponent notation (8885000000, not 8.885e9). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
}

const QUALIFIER_SIGNS: Partial<Record<Figure['qualifier'], string>> = {
  approx: '约', moreThan: '>', atLeast: '≥', atMost: '≤', lessThan: '<',
};

/** "约36000", "3–5", "≥100"; a date figure shows its resolved date. */
export function formatFigureValue(figure: Figure): string {
  if (figure.kind === 'date' && figure.date) return figure.date;
  if (figure.value === null || figure.value === undefined) return '';
  const range = typeof figure.max === 'number' ? `${formatNumber(figure.value)}–${formatNumber(figure.max)}` : formatNumber(figure.value);
  return `${QUALIFIER_SIGNS[figure.qualifier] ?? ''}${range}`;
}

/** Normalised unit and the measure word as written, e.g. "CNY", "人次". */
export function formatFigureUnit(figure: Figure): string {
  return [...new Set([figure.unit, figure.measure].filter((part): part is string => !!part))].join(' ');
}
