import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeCapture, makeFigure } from '../testing/articleFactory';
import { hostileCaptures } from '../testing/hostileCaptures';
import { FIGURES_CSV_HEADER, figureRowsToCsv, figuresToCsv } from './figuresCsv';
import { figureFacets, figureRows, filterFigureRows, sortFigureRows } from './figureRows';

function library() {
  return [
    makeCapture({ id: 'a', title: '甲文', publishedAt: '2019-05-24T11:34:00+08:00', tags: ['廊坊'] }),
    makeCapture({
      id: 'b',
      title: '乙文',
      publishedAt: '2021-02-01T08:00:00+08:00',
      figures: [
        makeFigure({
          text: '12.3%',
          kind: 'percent',
          value: 12.3,
          unit: '%',
          label: '同比增长',
          sentence: '同比增长12.3%。',
        }),
        makeFigure({ text: '80亿元', value: 8e9, label: '总投资', sentence: '总投资80亿元。', start: 40, end: 44 }),
      ],
      figureEdits: [{ key: '40:44', corrected: { value: 9e9 } }],
    }),
    makeCapture({ id: 'c', title: '丙文', publishedAt: null, figures: [makeFigure({ value: null, label: '总投资' })] }),
  ];
}

describe('figureRows', () => {
  it('one row per visible figure, edits applied, with the article title and date', () => {
    const rows = figureRows(library());
    expect(rows).toHaveLength(6);
    expect(rows.find((row) => row.id === 'b|40:44')?.figure.value).toBe(9e9);
    expect(rows.filter((row) => row.captureId === 'a').map((row) => row.title)).toEqual(['甲文', '甲文', '甲文']);
    expect(new Set(rows.map((row) => row.id)).size).toBe(6);
  });

  it('filters by kind, unit, label text, tag, date range and words', () => {
    const rows = figureRows(library());
    const ids = (filter: Parameters<typeof filterFigureRows>[1]) => filterFigureRows(rows, filter).map((r) => r.id);
    expect(ids({ kind: 'percent' })).toEqual([expect.stringMatching(/^b\|/)]);
    expect(ids({ unit: '人次' })).toHaveLength(1);
    expect(ids({ label: '投资' }).map((id) => id[0])).toEqual(['a', 'b', 'c']);
    expect(ids({ tag: '廊坊' }).every((id) => id.startsWith('a|'))).toBe(true);
    expect(ids({ from: '2020-01-01' }).every((id) => id.startsWith('b|'))).toBe(true);
    expect(ids({ to: '2019-12-31' }).every((id) => id.startsWith('a|'))).toBe(true);
    expect(ids({ query: '总投资 乙文' })).toEqual(['b|40:44']);
    expect(ids({})).toHaveLength(6);
  });

  it('sorts by value, date and label with missing values last both ways', () => {
    const rows = figureRows(library());
    const desc = sortFigureRows(rows, 'value', 'desc').map((r) => r.figure.value);
    expect(desc).toEqual([9e9, 5e9, 36000, 20, 12.3, null]);
    expect(sortFigureRows(rows, 'value', 'asc').at(-1)?.figure.value).toBeNull();
    const byDate = sortFigureRows(rows, 'publishedAt', 'asc').map((r) => r.captureId);
    expect(byDate).toEqual(['a', 'a', 'a', 'b', 'b', 'c']);
    expect(sortFigureRows(rows, 'publishedAt', 'desc').map((r) => r.captureId)).toEqual(['b', 'b', 'a', 'a', 'a', 'c']);
  });

  it('lists units, kinds and tags for the filter menus', () => {
    const facets = figureFacets(figureRows(library()));
    expect(facets.units).toContain('CNY');
    expect(facets.kinds).toContain('percent');
    expect(facets.tags).toEqual(['廊坊']);
  });
});

describe('figures CSV read back with a real CSV parser', () => {
  it('gives back every cell of hostile text, formulas neutralised, BOM and one header row', () => {
    const captures = hostileCaptures();
    const csv = figuresToCsv(captures);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...body] = parsed.data;
    expect(header).toEqual([...FIGURES_CSV_HEADER]);
    const rows = figureRows(captures);
    expect(body).toHaveLength(rows.length);
    body.forEach((cells, index) => {
      const expected = rows[index];
      expect(cells).toHaveLength(FIGURES_CSV_HEADER.length);
      const unguard = (cell: string) => cell.replace(/^'(?=[\t\r]|\s*[=+\-@])/, '');
      expect(unguard(cells[0])).toBe(expected.title);
      expect(cells[1]).toBe(expected.url);
      expect(unguard(cells[3])).toBe(expected.figure.text);
      expect(unguard(cells[10])).toBe(expected.label);
      expect(unguard(cells[12])).toBe(expected.figure.sentence);
      for (const cell of cells) expect(cell).not.toMatch(/^[\t\r]|^\s*[=+@]|^\s*-(?!\d)|^\s+-/);
    });
  });

  it('exports a selection of rows in the order given', () => {
    const rows = sortFigureRows(figureRows(library()), 'value', 'desc').slice(0, 2);
    const parsed = Papa.parse<string[]>(figureRowsToCsv(rows).slice(1), { skipEmptyLines: true });
    expect(parsed.data.slice(1).map((cells) => cells[5])).toEqual(['9000000000', '5000000000']);
  });
});
