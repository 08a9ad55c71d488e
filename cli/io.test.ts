import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EXIT, oneLine, worstExit } from './errors';
import { splitLines, writeJsonArray } from './figures';
import { binaryReason, looksBinary, Output, OutputClosedError } from './io';
import type { Figure } from '../utils/types';

describe('looksBinary', () => {
  it('flags NUL bytes but not UTF-16 text', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('<p>正文</p>'))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x2d, 0x00]))).toBe(false);
  });

  it('names well-known formats and catches control-byte soup without NULs', () => {
    expect(binaryReason(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3'))).toMatch(/PDF/);
    expect(binaryReason(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]))).toMatch(/gunzip/);
    const soup = Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0x03 : 0x41 + (i % 26)));
    expect(binaryReason(soup)).toMatch(/binary/);
    expect(binaryReason(new TextEncoder().encode('第一行\r\n\t第二行\f'))).toBeNull();
  });
});

describe('splitLines', () => {
  it('splits on \\n and \\r\\n, keeps empty lines, ignores the final terminator', () => {
    expect(splitLines('a\r\n\r\nb\n')).toEqual(['a', '', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
  });
});

function collect(): { out: Output; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c) => (text += c));
  return { out: new Output(stream), text: () => text };
}

describe('writeJsonArray', () => {
  const figure = (i: number): Figure => ({
    text: `${i}亿元`,
    start: i,
    end: i + 3,
    kind: 'money',
    value: i * 1e8,
    unit: 'CNY',
    qualifier: 'exact',
    sentence: '“引号”\n换行',
    score: i,
  });

  it('writes valid JSON for none, one and many figures', async () => {
    for (const n of [0, 1, 5000]) {
      const { out, text } = collect();
      const figures = Array.from({ length: n }, (_, i) => figure(i));
      await writeJsonArray(out, figures);
      expect(JSON.parse(text())).toEqual(figures);
    }
  });
});

describe('Output', () => {
  it('reports a closed reader as OutputClosedError, not a crash', async () => {
    const stream = new PassThrough();
    const out = new Output(stream);
    stream.destroy();
    await expect(out.write('x')).rejects.toBeInstanceOf(OutputClosedError);
  });
});

describe('errors', () => {
  it('keeps the worst exit status', () => {
    expect(worstExit(EXIT.ok, EXIT.notAnArticle)).toBe(EXIT.notAnArticle);
    expect(worstExit(EXIT.notAnArticle, EXIT.failure)).toBe(EXIT.failure);
    expect(worstExit(EXIT.failure, EXIT.notAnArticle)).toBe(EXIT.failure);
    expect(worstExit(EXIT.failure, EXIT.usage)).toBe(EXIT.usage);
  });

  it('puts messages on one line', () => {
    expect(oneLine('bad\n  thing\r\nhappened ')).toBe('bad thing happened');
  });
});
