/**
 * The figures panel's rows: each figure once (the same figure stated twice is one row with both places),
 * its value as the article wrote it, a label that says what it is, its own period, in key or article order.
 */
import { figureKey, type EditedFigure, type Figure, type FigureEdit } from '../types';
import { applyFigureEdits } from './figureEdits';
import { clauseSnippet, figureLabel } from './figureLabels';
import { formatFigureUnit, formatFigureValue } from './figureValue';
import { formatPeriod } from './periods';

export type FigureOrder = 'key' | 'article';

export interface FigureRow {
  /** The figure the row stands for (the first in key order). */
  figure: EditedFigure;
  /** Every place the figure is stated, in text order. */
  places: EditedFigure[];
  /** As written: 1.21万亿元, 逾210亿元; a date as its period. */
  value: string;
  /** The normalised value for a tooltip: "= 1210000000000 CNY". */
  normalised: string;
  /** What the number is; '' when the text says nothing more. */
  label: string;
  /** The period the figure belongs to (截至2024年8月下旬, 2024年一季度), for non-date figures. */
  period: string;
}

/** 今年, 去年同期 … alone: a time word, not a date worth listing (it still gives figures their period). */
const BARE_RELATIVE_DATE = /^(?:今|去|明|前|当|本|上)年(?:同期|以来|底|初)?$/u;

/** 二期 as in 二期工程 / 一期、二期: a stage of a project, not a count of 2. */
function isStageNumber(figure: Figure, text: string): boolean {
  if (figure.kind !== 'count' || figure.measure !== '期' || !/^第?[一二三四五六七八九十]期$/u.test(figure.text))
    return false;
  if (figure.text.startsWith('第')) return true;
  const after = text.slice(figure.end, figure.end + 2);
  const before = text.slice(Math.max(0, figure.start - 2), figure.start);
  return /^(?:[工项正已在建扩投完开、]|续建)/u.test(after) || /(?:项目|工程|、)$/u.test(before);
}

/** Figures the panel lists (bare time words and stage numbers are not figures a reader copies). */
export function isListedFigure(figure: Figure, text: string): boolean {
  if (figure.kind === 'date' && BARE_RELATIVE_DATE.test(figure.text)) return false;
  return !isStageNumber(figure, text);
}

function sameFigure(a: FigureRow, figure: EditedFigure, label: string): boolean {
  const f = a.figure;
  if (f.kind !== figure.kind) return false;
  if (f.kind === 'date') return !!f.date && f.date === figure.date;
  if (f.value == null || f.value !== figure.value || f.max !== figure.max) return false;
  if (f.unit !== figure.unit || (f.measure ?? '') !== (figure.measure ?? '') || f.qualifier !== figure.qualifier)
    return false;
  return !!a.label && !!label && (a.label.includes(label) || label.includes(a.label));
}

/** The period stated before the figure in its sentence (一季度，…增长5.6%), with 截至 when the text says so. */
function periodOf(figure: Figure, all: readonly Figure[], text: string): string {
  let best: Figure | null = null;
  for (const other of all) {
    if (other.kind !== 'date' || !other.date || other.sentence !== figure.sentence || other.start >= figure.start)
      continue;
    if (!best || other.start > best.start) best = other;
  }
  if (!best?.date || best.date.includes('X')) return '';
  const until = /(?:截至|截止|到)$/u.test(text.slice(Math.max(0, best.start - 2), best.start)) ? '截至' : '';
  return `${until}${formatPeriod(best.date)}`;
}

/** What a correction may change that the words of the article then no longer say. */
const NUMBER_FIELDS = ['value', 'max', 'unit', 'qualifier', 'kind', 'measure'] as const;

/** The keys of the figures whose number the user corrected (not only its label). */
function renumberedKeys(edits: readonly FigureEdit[]): Set<string> {
  const keys = new Set<string>();
  for (const edit of edits)
    if (edit.corrected && NUMBER_FIELDS.some((field) => field in edit.corrected!)) keys.add(edit.key);
  return keys;
}

/**
 * Rows for the panel. `figures` come with the user's edits applied, in key order (applyFigureEdits). Give the
 * `edits` too where corrections are shown: a figure whose number the user corrected reads as its corrected value
 * (55 亿元), not as the article wrote it (50亿元), which the corrections list keeps beside it.
 */
export function figureRows(
  figures: readonly EditedFigure[],
  text: string,
  order: FigureOrder = 'key',
  edits: readonly FigureEdit[] = [],
): FigureRow[] {
  const renumbered = renumberedKeys(edits);
  const rows: FigureRow[] = [];
  for (const figure of figures) {
    if (!isListedFigure(figure, text)) continue;
    const label = figureLabel(figure, { text });
    const twin = rows.find((row) => sameFigure(row, figure, label));
    if (twin) {
      twin.places = [...twin.places, figure].sort((a, b) => a.start - b.start);
      twin.period ||= periodOf(figure, figures, text);
      continue;
    }
    const unit = formatFigureUnit(figure);
    const normalised = formatFigureValue(figure, 'normalised');
    rows.push({
      figure,
      places: [figure],
      value: renumbered.has(figureKey(figure))
        ? formatFigureValue(figure, 'reader')
        : formatFigureValue(figure, 'asWritten', text),
      normalised: normalised ? `= ${normalised}${unit && figure.kind !== 'date' ? ` ${unit}` : ''}` : '',
      label: label || (text.slice(figure.start, figure.end) === figure.text ? clauseSnippet(figure, text) : ''),
      period: figure.kind === 'date' ? '' : periodOf(figure, figures, text),
    });
  }
  if (order === 'article') rows.sort((a, b) => a.places[0].start - b.places[0].start);
  return rows;
}

/** One figure of a capture as every view lists it: the panel's row without its places. */
export interface ListedFigure {
  /** The figure with the user's corrections applied (its score dropped: the order is kept instead). */
  figure: EditedFigure;
  /** The user corrected it (the original stays in Capture.figures). */
  corrected: boolean;
  label: string;
  value: string;
  normalised: string;
  period: string;
}

/**
 * A capture's shown figures, one per panel row (hidden ones out, repeats merged), in the panel's key order:
 * the one definition the popup, the library's figure count, the 数字 table and its store share.
 */
export function listedFigures(
  figures: readonly Figure[] | undefined,
  edits: readonly FigureEdit[] | undefined,
  text: string,
): ListedFigure[] {
  const correctedKeys = new Set((edits ?? []).filter((edit) => edit.corrected).map((edit) => edit.key));
  return figureRows(applyFigureEdits(figures ?? [], edits ?? []), text).map((row) => {
    const { score: _score, ...figure } = row.figure;
    return {
      figure: figure as EditedFigure,
      corrected: correctedKeys.has(figureKey(row.figure)),
      label: row.label,
      value: row.value,
      normalised: row.normalised,
      period: row.period,
    };
  });
}
