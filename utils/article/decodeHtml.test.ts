import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decodeHtml';

const gbk = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('decodeHtml', () => {
  const changcheng = gbk('b3a4b3c7cdf8'); // 长城网 in GBK
  it('follows meta charset gb2312 (decoded as gb18030)', () => {
    const r = decodeHtml(
      concat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>'), changcheng),
    );
    expect(r.charset).toBe('gb18030');
    expect(r.html).toContain('长城网');
  });
  it('prefers the Content-Type header', () => {
    expect(decodeHtml(concat(ascii('<p>'), changcheng), 'text/html; charset=GBK').html).toContain('长城网');
  });
  it('handles UTF-8 and UTF-16 BOMs', () => {
    expect(decodeHtml(concat(gbk('efbbbf'), ascii('<p>ok'))).html).toBe('<p>ok');
    expect(decodeHtml(gbk('fffe3c0070003e00')).html).toBe('<p>');
  });
  it('sniffs: valid UTF-8 stays UTF-8, otherwise gb18030', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>长城网')).charset).toBe('utf-8');
    const r = decodeHtml(concat(ascii('<p>'), changcheng));
    expect(r).toEqual({ html: '<p>长城网', charset: 'gb18030' });
  });
});

describe('decodeHtml, the way browsers read it (issue 9 §3)', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const changcheng = gbk('b3a4b3c7cdf8'); // 长城网 in GBK

  it('declared UTF-8 with a few invalid bytes: UTF-8, U+FFFD where they are', () => {
    const bytes = concat(utf8('<meta charset="utf-8"><p>长城'), gbk('ff'), utf8('网，唐'), gbk('e594'), utf8('山'));
    expect(decodeHtml(bytes)).toEqual({ html: '<meta charset="utf-8"><p>长城\ufffd网，唐\ufffd山', charset: 'utf-8' });
  });

  it('a meta naming UTF-16 on ASCII-compatible bytes means UTF-8', () => {
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>长城网'))).toEqual({
      html: '<meta charset="utf-16"><p>长城网',
      charset: 'utf-8',
    });
    expect(
      decodeHtml(utf8('<meta http-equiv="Content-Type" content="text/html; charset=UTF-16LE"><p>长城网')).charset,
    ).toBe('utf-8');
  });

  it('declared GB2312 whose bytes are UTF-8 is read as UTF-8', () => {
    const r = decodeHtml(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>长城网'));
    expect(r.charset).toBe('utf-8');
    expect(r.html).toContain('<p>长城网');
  });

  it('declared UTF-8 whose non-ASCII text is all GBK is the GBK page it is', () => {
    const r = decodeHtml(concat(ascii('<meta charset="utf-8"><p>'), changcheng, changcheng, changcheng));
    expect(r).toEqual({ html: '<meta charset="utf-8"><p>长城网长城网长城网', charset: 'gb18030' });
  });

  it('undeclared non-UTF-8 bytes keep the GB18030 fallback; undeclared ASCII is UTF-8', () => {
    expect(decodeHtml(concat(ascii('<p>'), changcheng)).charset).toBe('gb18030');
    expect(decodeHtml(ascii('<p>plain')).charset).toBe('utf-8');
  });
});
