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
