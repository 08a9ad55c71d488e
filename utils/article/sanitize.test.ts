import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { sanitizeArticleHtml } from './sanitize';

const win = new JSDOM('').window as unknown as Window;
const clean = (h: string) => sanitizeArticleHtml(h, win);

describe('sanitizeArticleHtml', () => {
  it('removes scripts, handlers, styles, ids and classes', () => {
    const out = clean(
      '<p id="a" class="b" style="background:url(javascript:x)" onclick="x()">正文</p><script>x()</script>',
    );
    expect(out).toBe('<p>正文</p>');
  });
  it('drops javascript:/data:/vbscript: URLs, including data: images', () => {
    expect(clean('<a href="javascript:alert(1)">a</a>')).toBe('<a>a</a>');
    expect(clean('<a href=" vbscript:x">a</a>')).toBe('<a>a</a>');
    expect(clean('<img src="data:image/png;base64,AAAA">')).toBe('');
  });
  it('opens links safely', () => {
    expect(clean('<a href="https://x.cn/">x</a>')).toBe(
      '<a href="https://x.cn/" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
  it('defuses mXSS, SVG and MathML', () => {
    const out = clean(
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>' +
        '<svg><script>alert(1)</script></svg>',
    );
    expect(out).not.toMatch(/onerror|<svg|<math|<script/i);
  });
  it('keeps text that looks like markup as text', () => {
    expect(clean('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
  it('removes forms, iframes and embeds', () => {
    expect(
      clean('<iframe srcdoc="<script>x</script>"></iframe><form><input><button>b</button></form><embed src="a.swf">'),
    ).not.toMatch(/iframe|form|input|button|embed/);
  });
});

describe('sanitizeArticleElement (in place, capture)', () => {
  it('applies the same policy as the string path', async () => {
    const { sanitizeArticleElement } = await import('./sanitize');
    const html =
      '<p onclick="x()" style="color:red" id="a">正文<img src="data:image/svg+xml,x">' +
      '<a href="javascript:alert(1)">链接</a></p>' +
      '<script>x()</script><iframe srcdoc="x"></iframe><div><td>孤立单元格</td></div>';
    const el = new JSDOM(`<body><div id="box">${html}</div></body>`).window.document.getElementById('box')!;
    const out = sanitizeArticleElement(el, win);
    expect(out).toBe('<p>正文<a>链接</a></p><div>孤立单元格</div>');
    expect(clean(out)).toBe(out);
  });
});
