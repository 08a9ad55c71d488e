import { describe, expect, it } from 'vitest';
import { makeFigure } from '../testing/articleFactory';
import { rekeyFigureEdits } from './figureEditKeys';

const figure = (text: string, start: number, sentence: string) =>
  makeFigure({ text, start, end: start + text.length, sentence });

describe('rekeyFigureEdits', () => {
  it('moves edits to the same figure at its new offsets, keeps edits whose figure is gone', () => {
    const before = [
      figure('50亿元', 10, '总投资50亿元。'),
      figure('20个', 30, '项目20个。'),
      figure('3万人', 50, '培训3万人。'),
    ];
    // A paragraph of 100 characters added above; 3万人 no longer in the article; a second 20个 elsewhere.
    const after = [
      figure('20个', 90, '另有20个。'),
      figure('50亿元', 110, '总投资50亿元。'),
      figure('20个', 130, '项目20个。'),
    ];
    const edits = [
      { key: '10:14', pinned: true },
      { key: '30:33', corrected: { label: '签约项目' } },
      { key: '50:53', hidden: true },
    ];
    expect(rekeyFigureEdits(edits, before, after)).toEqual([
      { key: '110:114', pinned: true },
      { key: '130:133', corrected: { label: '签约项目' } },
      { key: '50:53', hidden: true },
    ]);
    expect(rekeyFigureEdits([], before, after)).toEqual([]);
  });
});
