import { describe, expect, it } from 'vitest';
import { findLabel } from './labels';

describe('findLabel', () => {
  it.each([
    ['推介洽谈会上，共签约项目52个', '52', '签约项目'],
    ['其中，大厂共签约项目19个', '19', '签约项目'],
    ['意向投资额超过300亿元', '超过', '意向投资额'],
    ['计划总投资88.85亿元', '88', '计划总投资'],
    ['积极走访企业，深入对接洽谈项目20个', '20', '对接洽谈项目'],
    ['外贸进出口总值达到1.2万亿元', '1.2', '外贸进出口总值'],
    ['。52个', '52', undefined],
  ])('%s', (text, at, want) => {
    expect(findLabel(text, text.indexOf(at), 0)).toBe(want);
  });

  it('does not reach back past the previous figure', () => {
    const t = '签约项目52个意向企业50余家';
    expect(findLabel(t, t.indexOf('50'), t.indexOf('个') + 1)).toBe('意向企业');
  });
});
