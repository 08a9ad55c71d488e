import { describe, expect, it } from 'vitest';
import { sentenceBounds, sentenceOf } from './sentences';

describe('sentenceOf', () => {
  it.each([
    ['第一句。共签约项目52个，意向企业50余家！第三句', '52', '共签约项目52个，意向企业50余家！'],
    ['无标点 52个', '52', '无标点 52个'],
    ['上一段\n  下一段有3个。', '3', '下一段有3个。'],
  ])('%s', (text, at, want) => {
    const s = text.indexOf(at);
    expect(sentenceOf(text, sentenceBounds(text), s, s + at.length)).toBe(want);
  });

  it('cuts a run-on sentence to a window around the figure', () => {
    const text = `${'x'.repeat(5000)}52个${'y'.repeat(5000)}`;
    expect(sentenceOf(text, sentenceBounds(text), 5000, 5003).length).toBeLessThanOrEqual(303);
  });
});
