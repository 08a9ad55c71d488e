/**
 * Key figures of many articles as one CSV for spreadsheets: UTF-8 with BOM (so Excel reads Chinese),
 * RFC 4180 quoting and CRLF rows, and a guard against formula injection from page text.
 */
import type { Article, Capture } from '../types';
import { formatNumber } from './figureView';
import { figureRows, type FigureRow } from './figureRows';

export const FIGURES_CSV_HEADER = [
  '标题',
  '网址',
  '发布时间',
  '数字原文',
  '类型',
  '数值',
  '上限',
  '单位',
  '量词',
  '限定',
  '含义',
  '日期',
  '句子',
] as const;

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula gets a leading ': a cell starting with = + - @, tab or CR (the OWASP
 * CSV injection list), and also one where = + - @ come after leading whitespace (" =1+1", "\n@x", "\u3000=1"),
 * which some spreadsheets trim before they look for a formula.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per visible figure (hidden ones left out, corrections applied), articles in the order given. */
export function figuresToCsv(captures: ReadonlyArray<Article | Capture>): string {
  return figureRowsToCsv(figureRows(captures));
}

/** The rows given (a filtered, sorted or selected part of the figures table), in that order. */
export function figureRowsToCsv(figureRowList: readonly FigureRow[]): string {
  const rows: string[] = [FIGURES_CSV_HEADER.join(',')];
  for (const { title, url, publishedAt, figure, label } of figureRowList) {
    // Numbers are formatted here, not copied from the page, so they skip the guard (-5 stays a number).
    const cells = [
      guardFormula(title),
      guardFormula(url),
      guardFormula(publishedAt ?? ''),
      guardFormula(figure.text),
      guardFormula(figure.kind),
      formatOptionalNumber(figure.value),
      formatOptionalNumber(figure.max),
      guardFormula(figure.unit ?? ''),
      guardFormula(figure.measure ?? ''),
      guardFormula(figure.qualifier),
      guardFormula(label),
      guardFormula(figure.date ?? ''),
      guardFormula(figure.sentence ?? ''),
    ];
    rows.push(cells.map(csvField).join(','));
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

function formatOptionalNumber(value: number | null | undefined): string {
  return typeof value === 'number' ? formatNumber(value) : '';
}
