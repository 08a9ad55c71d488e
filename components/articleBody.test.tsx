/** @vitest-environment jsdom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle } from '@/utils/testing/articleFactory';
import { DEFAULT_SETTINGS } from '@/utils/platform/settings';
import { prepareBody, warmUpBody } from './articleBody';
import { ReaderView } from './ReaderView';

const para = (text: string) => `<p>${text}</p>`;
const serialise = (fragment: DocumentFragment) => {
  const div = document.createElement('div');
  div.append(fragment.cloneNode(true));
  return div.innerHTML;
};

describe('prepareBody', () => {
  it('keeps every block, in order', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => para(`第${i}段${'字'.repeat(50)}`));
    const body = prepareBody(paragraphs.join(''), []);
    expect(body.childNodes).toHaveLength(12);
    expect(body.textContent).toBe(paragraphs.map((p) => p.slice(3, -4)).join(''));
  });

  it('readies the text before display: full-width punctuation, captions marked', () => {
    const html = `${para('大厂:打造副中心(记者 张三)')}${para('<img src="https://a.cn/1.jpg">')}${para('大厂影视小镇。')}`;
    const out = serialise(prepareBody(html, [{ src: 'https://a.cn/1.jpg', caption: '大厂影视小镇。' }] as never));
    expect(out).toContain('大厂：打造副中心（记者 张三）');
    expect(out).toContain('<p class="cc-caption">大厂影视小镇。</p>');
  });

  it('marks the first block holding text for Element Timing, not a picture or a wrapper', () => {
    const html = `${para('<img src="https://a.cn/1.jpg">')}<div><p>正文开头</p></div>${para('后文')}`;
    const out = serialise(prepareBody(html, []));
    expect(out).toContain('<p elementtiming="cc-body">正文开头</p>');
    expect(out.match(/elementtiming/g)).toHaveLength(1);
  });

  it('gives nodes of the page it is shown in', () => {
    const body = prepareBody(para('<img src="https://a.cn/1.jpg">正文'), []);
    expect(body.ownerDocument).toBe(document);
    expect(body.querySelector('img')?.ownerDocument).toBe(document);
  });

  it('warms up without touching the page or loading anything', () => {
    const before = document.body.innerHTML;
    const seen: string[] = [];
    warmUpBody((html) => {
      seen.push(html);
      return html;
    });
    expect(seen).toHaveLength(1);
    expect(document.body.innerHTML).toBe(before);
    // Nothing in the sample can fetch: no picture, no source, no address but the page's own.
    expect(seen[0]).not.toMatch(/<(img|source|video|audio|iframe|link)\b|src=|srcset=|https?:|\/\//i);
  });
});

describe('ReaderView body', () => {
  let host: HTMLElement | null = null;
  afterEach(() => {
    if (host) render(null, host);
    host?.remove();
    host = null;
  });

  it('renders page HTML only sanitised', async () => {
    const hostile =
      '<p>开头<img src="x" onerror="alert(1)"><script>alert(2)</script></p>' +
      Array.from({ length: 12 }, (_, i) => `<p onclick="alert(3)">第${i}段${'字'.repeat(100)}</p>`).join('') +
      '<iframe src="https://evil.example/"></iframe><p><a href="javascript:alert(4)">链接</a>结尾</p>';
    const article = makeArticle({ contentHtml: hostile, images: [] });
    host = document.createElement('div');
    document.body.append(host);
    let whole: HTMLElement | null = null;
    await act(() => {
      render(<ReaderView article={article} settings={DEFAULT_SETTINGS} bodyRef={(el) => (whole = el)} />, host!);
    });
    const body = host.querySelector<HTMLElement>('[data-testid="article-body"]')!;
    expect(whole).toBe(body);
    expect(body.textContent).toContain('开头');
    expect(body.textContent).toContain('结尾');
    const html = body.innerHTML;
    for (const bad of ['<script', 'onerror', 'onclick', '<iframe', 'javascript:']) expect(html).not.toContain(bad);
  });
});
