import { describe, expect, it } from 'vitest';
import { foldForSearch } from '@/utils/store/search';
import { foldChar, splitByTerms } from './Highlighted';

describe('splitByTerms', () => {
  it('marks every occurrence, folding case and full-width forms like search does', () => {
    expect(splitByTerms('河北GDP与ＧＤＰ', ['gdp'])).toEqual([
      { text: '河北', hit: false },
      { text: 'GDP', hit: true },
      { text: '与', hit: false },
      { text: 'ＧＤＰ', hit: true },
    ]);
  });

  it('keeps offsets right after characters that fold to several (… -> ...)', () => {
    expect(splitByTerms('…近日，赤麻鸭在湖面…', ['赤麻鸭'])).toEqual([
      { text: '…近日，', hit: false },
      { text: '赤麻鸭', hit: true },
      { text: '在湖面…', hit: false },
    ]);
  });

  it('leaves text without terms whole', () => {
    expect(splitByTerms('正文', [])).toEqual([{ text: '正文', hit: false }]);
    expect(splitByTerms('正文', ['无'])).toEqual([{ text: '正文', hit: false }]);
  });
});

describe('foldChar', () => {
  it('folds every character as foldForSearch does (its shortcuts for ideographs and ASCII change nothing)', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0x2ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (foldChar(char) !== foldForSearch(char)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
