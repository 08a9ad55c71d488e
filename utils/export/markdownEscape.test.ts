import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seededRandom';
import { escapeMarkdownText } from './markdownEscape';

/** The escape as it was before its shortcut for text with nothing to escape: the five replaces, always. */
function fullEscape(text: string): string {
  return text
    .replace(/[\\*_`[\]<|~$#]/g, '\\$&')
    .replace(/&(?=[#A-Za-z0-9]|$)/g, '\\&')
    .replace(/^(\s*)([-+=>])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([.)])(?=\s|$)/, '\\$1');
}

describe('escapeMarkdownText', () => {
  it('gives what the five replaces give, on random text of markup characters, digits, spaces and Chinese', () => {
    const next = seededRandom(11);
    const alphabet = ['\\', '*', '_', '`', '[', ']', '<', '|', '~', '$', '#', '&', '-', '+', '=', '>', '.', ')'];
    alphabet.push('1', '9', ' ', '\n', '\t', '\u3000', 'a', 'Z', '年', '亿', '；', '（', '。', '%');
    let escaped = 0;
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(next() * 8);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const expected = fullEscape(text);
      expect(escapeMarkdownText(text), JSON.stringify(text)).toBe(expected);
      if (expected !== text) escaped++;
    }
    expect(escaped).toBeGreaterThan(5_000); // the random texts did reach every escape, not only the shortcut
  });

  it('returns prose with nothing to escape as it is', () => {
    expect(escapeMarkdownText('今年一季度，全县签约项目32个。')).toBe('今年一季度，全县签约项目32个。');
    expect(escapeMarkdownText('2019年5月')).toBe('2019年5月');
    expect(escapeMarkdownText('12) 项')).toBe('12\\) 项');
  });
});
