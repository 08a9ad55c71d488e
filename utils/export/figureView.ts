/** Figures as the user sees them in exports: hidden ones out, corrections applied, pinned first. */
import type { Article, Capture, Figure } from '../types';
import { applyFigureEdits, figureEditsOf, type EditedFigure } from '../display/figureEdits';

export type DisplayFigure = EditedFigure;

/** Figures as exported: the user's edits applied, hidden ones out, pinned first. */
export function displayFigures(article: Article | Capture): DisplayFigure[] {
  return applyFigureEdits(article.figures ?? [], figureEditsOf(article));
}

/** Plain decimal, never exponent notation (8885000000, not 8.885e9). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
}

const QUALIFIER_SIGNS: Partial<Record<Figure['qualifier'], string>> = {
  approx: '约',
  moreThan: '>',
  atLeast: '≥',
  atMost: '≤',
  lessThan: '<',
};

/** The normalised value as exported ("约36000", "3–5", "≥100"); a date figure shows its resolved date. Reading views use display/formatFigure. */
export function formatNormalisedValue(figure: Figure): string {
  if (figure.kind === 'date' && figure.date) return figure.date;
  if (figure.value === null || figure.value === undefined) return '';
  const range =
    typeof figure.max === 'number'
      ? `${formatNumber(figure.value)}–${formatNumber(figure.max)}`
      : formatNumber(figure.value);
  return `${QUALIFIER_SIGNS[figure.qualifier] ?? ''}${range}`;
}

/** Normalised unit and the measure word as written, e.g. "CNY", "人次". */
export function formatFigureUnit(figure: Figure): string {
  return [...new Set([figure.unit, figure.measure].filter((part): part is string => !!part))].join(' ');
}
