import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seededRandom';
import { DocText } from './docStores';
import { foldFree, plainTermKind, producerKinds } from './foldFree';
import { foldForSearch } from './search';

const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const DIGIT = /[0-9]/;

function* codePoints() {
  for (let code = 0; code <= 0x10ffff; code++) if (code < 0xd800 || code > 0xdfff) yield String.fromCodePoint(code);
}

describe('foldFree', () => {
  it('lists every character whose fold makes an ideograph or a digit (this runtime’s Unicode data)', () => {
    const missing: string[] = [];
    for (const char of codePoints()) {
      const folded = foldForSearch(char);
      if (folded === char) continue;
      if (folded === '') missing.push(`U+${char.codePointAt(0)!.toString(16)} (folds to nothing)`);
      const kinds = producerKinds(char);
      if (IDEOGRAPH.test(folded) && !(kinds & 1)) missing.push(`U+${char.codePointAt(0)!.toString(16)} (ideograph)`);
      if (DIGIT.test(folded) && !(kinds & 2)) missing.push(`U+${char.codePointAt(0)!.toString(16)} (digit)`);
    }
    expect(missing).toEqual([]);
  });

  it('plain terms are the characters folding never changes', () => {
    for (let code = 0x3400; code <= 0x9fff; code++) {
      if (code > 0x4dbf && code < 0x4e00) continue;
      const char = String.fromCharCode(code);
      if (foldForSearch(char) !== char) throw new Error(`U+${code.toString(16)} changes when folded`);
    }
    expect(plainTermKind('雄安新区')).toBe(1);
    expect(plainTermKind('2019')).toBe(2);
    expect(plainTermKind('2019年')).toBe(3);
    for (const term of ['gdp', '5g', '２０１９', '，', '人 民']) expect(plainTermKind(term), term).toBe(0);
  });

  it('says what a document holds: Kangxi radicals, ㍻, ㈠ make ideographs; ０, ², ①, ㎡ make digits', () => {
    for (const text of ['⼈民', '㍻', '㈠', '\u{2f800}']) expect(producerKinds(text) & 1, text).toBe(1);
    for (const text of ['０', '²', '①', '㎡']) expect(producerKinds(text) & 2, text).toBe(2);
    expect(producerKinds('河北省，GDP增长5.6%（全年）…℃')).toBe(0);
    expect(new DocText('', '⼈民日报').has('人民')).toBe(true);
    expect(new DocText('', '面积１２０㎡').has('120')).toBe(true);
    expect(new DocText('', '面积120㎡').has('m2')).toBe(true);
  });

  it('answers exactly as the folded text does, on random hostile texts (raw check only where fold-free)', () => {
    // Ideographs and digits beside everything that folds: full-width forms, producers, marks, Σ, ﾞ, jamo, emoji.
    const alphabet = [
      ...'河北省雄安新区人民日报一二三平成年月日点0123456789',
      ...'，。（）：；！？…　ＡＢＣａｂ０１２',
      ...'⼈⼀㈠㊀㍻㋀㏠¹²①㎡ℂ℃',
      ...'AbcΣσςｶﾞﾟ\u0301\u0308\u1100\u1161\u11a8\n ',
      '\u{1f210}',
      '\u{2f800}',
      '\u{1f600}',
      '\u{20000}',
    ];
    const next = seededRandom(2026);
    const pick = () => alphabet[Math.floor(next() * alphabet.length)];
    let rawChecks = 0;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 40) }, pick).join('');
      const doc = new DocText(pick() + pick(), text);
      const folded = foldForSearch(`${doc.meta}\n${doc.text}`);
      expect(doc.searchable).toBe(folded);
      const terms = [
        folded.slice(Math.floor(next() * folded.length)).slice(0, 1 + Math.floor(next() * 4)),
        Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join(''),
        '人民',
        '一',
        '12',
        '平成',
      ].map((term) => foldForSearch(term).trim());
      for (const term of terms.filter((t) => t && !/\s/.test(t))) {
        expect(doc.has(term), `${JSON.stringify(text)} ${JSON.stringify(term)}`).toBe(folded.includes(term));
        if (foldFree(term, doc.producers)) rawChecks++;
      }
    }
    // The shortcut is exercised, not only the fold.
    expect(rawChecks).toBeGreaterThan(1000);
  });
});
