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

describe('escapeNoteHtml', () => {
  it('keeps links and pictures to http(s) and mailto, and shows those to any other scheme as written', async () => {
    const { render } = await import('../../tests/unit/markdownRender');
    const { escapeNoteHtml } = await import('./markdownEscape');
    const note = [
      '[a](javascript:alert(1)) [b]( JaVaScRiPt:alert(2)) [c](<javascript:alert(3)>) ![d](data:image/svg+xml,x)',
      '[e](file:///etc/passwd) [f](vbscript:x) [g](obsidian://open?vault=x) [h](\njavascript:alert(4))',
      '[ok](https://a.cn/) [mail](mailto:a@b.cn) [rel](#top) ![pic](http://a.cn/1.jpg)',
      '[ref]',
      '',
      '   [ref]: javascript:alert(5)',
      '[ref2]: https://a.cn/2',
    ].join('\n');
    const root = render(escapeNoteHtml(note));
    const targets = Array.from(root.querySelectorAll('a, img')).map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src'),
    );
    expect(targets).toEqual(['https://a.cn/', 'mailto:a@b.cn', '#top', 'http://a.cn/1.jpg']);
    // What was no link reads as the note had it.
    expect(root.textContent).toContain('[a](javascript:alert(1))');
    expect(root.textContent).toContain('[ref]: javascript:alert(5)');
    expect(escapeNoteHtml('记得核实 **数字** [来源](http://a.cn/)')).toBe('记得核实 **数字** [来源](http://a.cn/)');
  });
});
