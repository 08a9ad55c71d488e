/**
 * The 数字 tab's light records (store `figrows`, v5): per capture, its shown figures as the panel lists them
 * (utils/display/figureRows.ts listedFigures) and the few capture fields the table shows. Written with the
 * capture in every save, update, edit, delete and import, so the tab never reads an article body.
 */
import { listedFigures, type ListedFigure } from '../display/figureRows';
import type { Capture } from '../types';

export interface FigureRowsRecord {
  captureId: string;
  capturedAt: string;
  title: string;
  /** The canonical URL (the CSV's 网址). */
  url: string;
  publishedAt: string | null;
  tags: string[];
  rows: ListedFigure[];
}

/** The capture's figure rows; `listed` when the caller has them already (the summary counts them too). */
export function figureRowsRecord(capture: Capture, listed = listedOf(capture)): FigureRowsRecord {
  return {
    captureId: capture.id,
    capturedAt: typeof capture.capturedAt === 'string' ? capture.capturedAt : '',
    title: typeof capture.title === 'string' ? capture.title : '',
    url: capture.canonicalUrl || capture.url,
    publishedAt: capture.publishedAt ?? null,
    tags: Array.isArray(capture.tags) ? capture.tags : [],
    rows: listed,
  };
}

/** The capture's figures as every view lists them (a record this version cannot read has none). */
export function listedOf(capture: Capture): ListedFigure[] {
  const figures = Array.isArray(capture.figures) ? capture.figures : [];
  const edits = Array.isArray(capture.figureEdits) ? capture.figureEdits : [];
  return listedFigures(figures, edits, typeof capture.text === 'string' ? capture.text : '');
}
