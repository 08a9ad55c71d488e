import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/generatePage';
import { boundPage, cutWarning } from './boundPage';

const para = (i: number) => `<p>第${i}段：全县签约项目32个，总投资额达88.85亿元。</p>`;
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head><title>标题</title>${head}</head><body>${body}</body></html>`;

describe('boundPage: a page over the limit is read without what no capture reads, then cut', () => {
  it('leaves a page within the limit untouched (the same string)', () => {
    const html = page('<script>var x = 1;</script><p>正文</p>');
    expect(boundPage(html, html.length)).toEqual({ html, cut: null });
  });

  it('leaves out scripts, styles, long comments and long data: addresses, and keeps JSON-LD and CMS markers', () => {
    const big = 'x'.repeat(5000);
    const ld = '<script type="application/ld+json">{"headline":"标题"}</script>';
    const marker = '<!--enorth cms block start [ name="v3.content" ]-->';
    const html = page(
      `${marker}<p>正文</p><script>${big}</script><style>p{}</style><!--${big}-->` +
        `<img alt="图" data-x="&quot;" src="data:image/png;base64,${big}"><img src="/a.jpg">`,
      ld,
    );
    const { html: out, cut } = boundPage(html, 2000);
    expect(cut).toBeNull();
    expect(out).toContain(ld);
    expect(out).toContain(marker);
    expect(out).toContain('<p>正文</p>');
    expect(out).not.toMatch(/xxxx|<style|<script>/);
    expect(out).toContain('<img alt="图" data-x="&quot;">');
    expect(out).toContain('<img src="/a.jpg">');
    expect(out.length).toBeLessThan(html.length / 5);
  });

  it('cuts past the limit at an element boundary, keeping the head and the start of the body', () => {
    const html = page(Array.from({ length: 2000 }, (_, i) => para(i)).join(''));
    const { html: out, cut } = boundPage(html, 10_000);
    expect(cut).toEqual({ keptChars: out.length, totalChars: html.length });
    expect(out.length).toBeGreaterThan(10_000);
    expect(out.length).toBeLessThan(10_000 + para(1999).length);
    expect(out).toMatch(/<\/p>$/);
    const doc = new JSDOM(out).window.document;
    expect(doc.title).toBe('标题');
    expect(doc.querySelectorAll('p')[0].textContent).toBe('第0段：全县签约项目32个，总投资额达88.85亿元。');
    expect(cutWarning(cut!)).toMatch(/only its first 0\.0 M of 0\.\d M characters were read/);
  });

  it('cuts a run of text with no tag for megabytes inside it', () => {
    const html = page(`<p>${'长'.repeat(1_000_000)}</p>`);
    const { html: out, cut } = boundPage(html, 50_000);
    expect(cut).not.toBeNull();
    expect(out.length).toBe(50_000);
  });

  it('a script left open runs to the end of the page, as in a browser', () => {
    const html = page(`<p>正文</p><script>${'x'.repeat(5000)}`);
    expect(boundPage(html, 1000).html).toBe('<!DOCTYPE html><html><head><title>标题</title></head><body><p>正文</p>');
  });

  it('reads a 30 MB generated page in one pass that stops at the cut', () => {
    const html = generatePage(30e6);
    const t = performance.now();
    const { html: out, cut } = boundPage(html, 1024 * 1024);
    expect(performance.now() - t).toBeLessThan(20_000); // measured ~0.3 s
    expect(cut?.totalChars).toBe(html.length);
    expect(out.length).toBeLessThan(1024 * 1024 + 1000);
    expect(out).toContain('<h1>全县重点项目建设提速</h1>');
  });
});
