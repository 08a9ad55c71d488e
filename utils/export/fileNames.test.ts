import { describe, expect, it } from 'vitest';
import { makeArticle, makeCapture } from '../testing/articleFactory';
import { backupFileName, csvFileName, markdownFileName, safeFileName, uniqueFileNames, zipFileName } from './fileNames';

describe('markdownFileName', () => {
  it('is date-title.md with the column tag dropped and the colon made safe', () => {
    expect(markdownFileName(makeArticle())).toBe('2019-05-24-大厂：打造北京城市副中心后花园.md');
  });

  it('uses the date as written in the article time zone', () => {
    expect(markdownFileName(makeArticle({ publishedAt: '2019-05-24T23:30:00+08:00', title: 'x' }))).toBe(
      '2019-05-24-x.md',
    );
  });

  it('falls back to the capture date, then to no date', () => {
    expect(
      markdownFileName(makeCapture({ publishedAt: null, title: 't', capturedAt: '2024-03-01T08:00:00.000Z' })),
    ).toBe('2024-03-01-t.md');
    expect(markdownFileName(makeArticle({ publishedAt: null, title: 't' }))).toBe('t.md');
  });

  it('keeps a title that is only a column tag', () => {
    expect(markdownFileName(makeArticle({ publishedAt: null, title: '【专题】' }))).toBe('【专题】.md');
  });
});

describe('safeFileName', () => {
  it('replaces characters Windows forbids and drops control characters', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'md')).toBe('a／b＼c：d＊e？f＂g＜h＞i｜j.md');
    expect(safeFileName('tab\there\u0000nul\u200bzw\nline', 'md')).toBe('tab herenulzw line.md');
  });

  it('trims dots and spaces at both ends and has a fallback for nothing left', () => {
    expect(safeFileName(' ..隐藏.. ', 'md')).toBe('隐藏.md');
    expect(safeFileName('...', 'md')).toBe('未命名.md');
    expect(safeFileName('', 'csv', 'export')).toBe('export.csv');
  });

  it('avoids reserved device names', () => {
    expect(safeFileName('CON', 'md')).toBe('_CON.md');
    expect(safeFileName('com1', 'md')).toBe('_com1.md');
    expect(safeFileName('lpt9.txt', 'md')).toBe('_lpt9.txt.md');
    expect(safeFileName('CONSOLE', 'md')).toBe('CONSOLE.md');
  });

  it('caps the length in characters and in UTF-8 bytes, never splitting a character', () => {
    const latin = safeFileName('a'.repeat(300), 'md');
    expect(latin.length).toBe(100);
    const chinese = safeFileName('长'.repeat(300), 'md');
    expect(new TextEncoder().encode(chinese).length).toBeLessThanOrEqual(240);
    expect(chinese.endsWith('长.md')).toBe(true);
    const emoji = safeFileName('😀'.repeat(80), 'md');
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(emoji.endsWith('.md')).toBe(true);
  });

  it('drops a dot or space left at the cut', () => {
    expect(safeFileName(`${'a'.repeat(96)}. b`, 'md')).toBe(`${'a'.repeat(96)}.md`);
  });
});

describe('download names', () => {
  it('stamp the local date', () => {
    const date = new Date(2024, 4, 1, 23, 59);
    expect(zipFileName(date)).toBe('changcheng-reader-markdown-2024-05-01.zip');
    expect(csvFileName(date)).toBe('changcheng-reader-figures-2024-05-01.csv');
    expect(backupFileName(date)).toBe('changcheng-reader-backup-2024-05-01.zip');
  });
});

describe('hostile titles', () => {
  it('a title with nothing usable reads 未命名 after the date', () => {
    expect(markdownFileName(makeArticle({ title: ' ... ' }))).toBe('2019-05-24-未命名.md');
    expect(markdownFileName(makeArticle({ title: '\u200b\u0000' }))).toBe('2019-05-24-未命名.md');
    expect(markdownFileName(makeArticle({ title: 'CON', publishedAt: null }))).toBe('_CON.md');
    expect(safeFileName('conin$', 'md')).toBe('_conin$.md');
    expect(safeFileName('AUX.tar', 'gz')).toBe('_AUX.tar.gz');
  });

  it('keeps emoji and Chinese whole', () => {
    expect(markdownFileName(makeArticle({ title: '😀 表情 🇨🇳 标题' }))).toBe('2019-05-24-😀 表情 🇨🇳 标题.md');
  });
});

describe('uniqueFileNames', () => {
  it('numbers clashes ignoring case and Unicode form (as Windows and macOS do)', () => {
    expect(uniqueFileNames(['a.md', 'A.md', 'e\u0301.md', '\u00e9.md'])).toEqual([
      'a.md',
      'A-2.md',
      'e\u0301.md',
      '\u00e9-2.md',
    ]);
  });

  it('shortens the stem so a numbered name stays within the caps', () => {
    const long = safeFileName('长'.repeat(300), 'md');
    const [first, second, third] = uniqueFileNames([long, long, long]);
    expect(first).toBe(long);
    expect(second.endsWith('-2.md')).toBe(true);
    expect(third.endsWith('-3.md')).toBe(true);
    for (const name of [second, third]) {
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(240);
      expect(name.length).toBeLessThanOrEqual(100);
    }
    expect(new Set([first, second, third]).size).toBe(3);
  });
});
