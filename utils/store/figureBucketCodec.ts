/**
 * A figure-row bucket as stored (figureBuckets.ts): its captures' fields, and every row's values in one flat
 * array, each figure's keys written once per distinct key list ("shape") instead of once per row. The structured
 * clone IndexedDB stores writes every key of every object: at ~17 keys a row, the names were about as many bytes
 * as the values, and the browser's read cost goes with the bytes (Chromium, 100,000 rows: about half the time).
 * Exact: any figure field is kept, in its order; the round trip is tested on random libraries.
 */
import type { ListedFigure } from '../display/figureRows';
import type { EditedFigure } from '../types';
import type { FigureRowsRecord } from './figureRowRecords';

export type BucketEntry = Omit<FigureRowsRecord, 'rows'> & { rowCount: number };

export interface FigureBucket {
  /** The captures, ascending by table key (the table shows them backwards). */
  entries: BucketEntry[];
  /** Distinct figure key lists. */
  shapes: string[][];
  /** Per row, in entry order: shape index, corrected, label, value, normalised, period, the figure's values. */
  cells: unknown[];
}

export function packBucket(records: readonly FigureRowsRecord[]): FigureBucket {
  const shapeIndex = new Map<string, number>();
  const shapes: string[][] = [];
  const cells: unknown[] = [];
  const entries = records.map(({ rows, ...entry }): BucketEntry => {
    for (const row of rows) {
      const keys = Object.keys(row.figure);
      const name = keys.join('\u0000');
      let shape = shapeIndex.get(name);
      if (shape === undefined) {
        shape = shapes.length;
        shapeIndex.set(name, shape);
        shapes.push(keys);
      }
      cells.push(shape, row.corrected, row.label, row.value, row.normalised, row.period);
      const figure = row.figure as unknown as Record<string, unknown>;
      for (const key of keys) cells.push(figure[key]);
    }
    return { ...entry, rowCount: rows.length };
  });
  return { entries, shapes, cells };
}

export function unpackBucket(bucket: FigureBucket): FigureRowsRecord[] {
  const { shapes, cells } = bucket;
  let at = 0;
  return bucket.entries.map(({ rowCount, ...entry }) => {
    const rows: ListedFigure[] = new Array(rowCount);
    for (let r = 0; r < rowCount; r++) {
      const keys = shapes[cells[at] as number];
      const row = {
        figure: {} as Record<string, unknown>,
        corrected: cells[at + 1] as boolean,
        label: cells[at + 2] as string,
        value: cells[at + 3] as string,
        normalised: cells[at + 4] as string,
        period: cells[at + 5] as string,
      };
      at += 6;
      for (const key of keys) row.figure[key] = cells[at++];
      rows[r] = row as unknown as ListedFigure & { figure: EditedFigure };
    }
    return { ...entry, rows };
  });
}
