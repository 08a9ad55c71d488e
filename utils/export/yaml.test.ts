import { describe, expect, it } from 'vitest';
import { formatFigureValue } from './figureView';
import { frontMatter, yamlString } from './yaml';
import { makeFigure } from '../testing/articleFactory';

describe('yamlString', () => {
  it('escapes what YAML forbids raw or reads as a line break', () => {
    expect(yamlString('a\u0085b\u007fc\u2029d\ufeff')).toBe('"a\\u0085b\\u007fc\\u2029d\\ufeff"');
    expect(yamlString('lone \ud800 surrogate')).toBe('"lone \\ud800 surrogate"');
    expect(yamlString('tab\tbell\u0007')).toBe('"tab\\tbell\\u0007"');
  });

  it('writes lists and skips missing values', () => {
    expect(
      frontMatter([
        ['a', ['x', 'y']],
        ['b', null],
        ['c', []],
        ['d', 'z'],
      ]),
    ).toBe('---\na:\n  - "x"\n  - "y"\nc: []\nd: "z"\n---');
  });
});

describe('formatFigureValue, normalised', () => {
  it('shows ranges, qualifiers, dates and large numbers without exponents', () => {
    expect(formatFigureValue(makeFigure({ value: 3, max: 5, qualifier: 'range' }), 'normalised')).toBe('3–5');
    expect(formatFigureValue(makeFigure({ value: 1000, qualifier: 'moreThan' }), 'normalised')).toBe('>1000');
    expect(formatFigureValue(makeFigure({ value: 1e21 }), 'normalised')).toBe('1000000000000000000000');
    expect(formatFigureValue(makeFigure({ kind: 'date', value: null, date: '2019-01-26' }), 'normalised')).toBe(
      '2019-01-26',
    );
    expect(formatFigureValue(makeFigure({ value: null }), 'normalised')).toBe('');
  });
});
