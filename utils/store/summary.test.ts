/**
 * One count of a capture's figures everywhere: the library list's figure count (summary.figureCount), the
 * figure-rows record the 数字 tab shows and the open article's figures panel all count the panel's rows
 * (repeats merged, hidden ones out, bare time words out), on the repository's sample article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFigureEdits } from '../display/figureEdits';
import { figureRows } from '../display/figureRows';
import { extractFigures } from '../figures';
import { makeCapture } from '../testing/articleFactory';
import { figureRowsRecord } from './figureRowRecords';
import { summarize } from './summary';

const corpus = path.resolve(__dirname, '../../tests/figures-corpus/changcheng-dachang-2019-05-24.json');
const { text } = JSON.parse(readFileSync(corpus, 'utf8')) as { text: string };
const figures = extractFigures(text, {
  referenceDate: '2019-05-24T11:34:00+08:00',
  title: '大厂:打造北京城市副中心后花园',
});

/** What components/FigurePanel.tsx shows: rows of the edited figures, hidden ones greyed and not counted. */
function panelCount(capture: ReturnType<typeof makeCapture>): number {
  const rows = figureRows(applyFigureEdits(capture.figures, capture.figureEdits, { keepHidden: true }), capture.text);
  return rows.filter((row) => !row.figure.hidden).length;
}

describe('a capture has one figure count', () => {
  it('list, 数字 rows and the open panel agree on the sample, before and after hiding one', () => {
    const capture = makeCapture({ text, figures });
    const shown = panelCount(capture);
    // The sample states some figures twice and has bare time words: fewer rows than figures.
    expect(shown).toBeLessThan(figures.length);
    expect(summarize(capture, 1).figureCount).toBe(shown);
    expect(figureRowsRecord(capture).rows).toHaveLength(shown);

    const first = figureRowsRecord(capture).rows[0].figure;
    const hidden = { ...capture, figureEdits: [{ key: `${first.start}:${first.end}`, hidden: true }] };
    expect(panelCount(hidden)).toBe(shown - 1);
    expect(summarize(hidden, 1).figureCount).toBe(shown - 1);
    expect(figureRowsRecord(hidden).rows).toHaveLength(shown - 1);
  });

  it('the 数字 rows carry the panel labels, values as written and periods', () => {
    const capture = makeCapture({ text, figures });
    const panel = figureRows(applyFigureEdits(capture.figures, capture.figureEdits), capture.text);
    const rows = figureRowsRecord(capture).rows;
    expect(rows.map((row) => [row.label, row.value, row.normalised, row.period])).toEqual(
      panel.map((row) => [row.label, row.value, row.normalised, row.period]),
    );
  });
});
