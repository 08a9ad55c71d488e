import { describe, expect, it } from 'vitest';
import { formatNormalisedValue } from './figureView';
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

describe('formatNormalisedValue', () => {
  it('shows ranges, qualifiers, dates and large numbers without exponents', () => {
    expect(formatNormalisedValue(makeFigure({ value: 3, max: 5, qualifier: 'range' }))).toBe('3–5');
    expect(formatNormalisedValue(makeFigure({ value: 1000, qualifier: 'moreThan' }))).toBe('>1000');
    expect(formatNormalisedValue(makeFigure({ value: 1e21 }))).toBe('1000000000000000000000');
    expect(formatNormalisedValue(makeFigure({ kind: 'date', value: null, date: '2019-01-26' }))).toBe('2019-01-26');
    expect(formatNormalisedValue(makeFigure({ value: null }))).toBe('');
  });
});
