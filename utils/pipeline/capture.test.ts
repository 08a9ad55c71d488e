import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generateNestedPage, generatePage } from '../../bench/generatePage';
import { captureFile } from '../../cli/pipeline';
import { isNotAnArticle } from '../types';
import { capturePage } from './capture';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const docOf = (html: string) => new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document;

// Bounds are generous (10x and more what a loaded 2-core machine measured): they catch quadratic walks, not noise.
describe('capture on large and deep input', () => {
  it('a 1 MB page is captured in linear time (measured ~10 s loaded; quadratic walks took minutes)', () => {
    const doc = docOf(generatePage(1_000_000));
    const t = performance.now();
    const r = capturePage(doc, URL);
    expect(performance.now() - t).toBeLessThan(120_000);
    if (isNotAnArticle(r)) throw new Error(r.message);
    expect(r.text.length).toBeGreaterThan(250_000);
    expect(r.authors).toEqual(['白万军', '黄蕾']);
  }, 240_000);

  it('markup nested 1,500 levels deep gives the article (flattened past 128 levels), no stack overflow', () => {
    const doc = docOf(generateNestedPage(1500));
    const r = capturePage(doc, URL);
    if (isNotAnArticle(r)) throw new Error(r.message);
    expect(r.text).toContain('今年一季度，全县签约项目32个');
    expect(r.figures.length).toBeGreaterThan(0);
  }, 240_000);

  it('a page nested 5,000 levels deep (past jsdom’s recursive cloneNode): the article, the page untouched', () => {
    const doc = docOf(generateNestedPage(5000));
    const before = doc.getElementsByTagName('div').length;
    const r = capturePage(doc, URL);
    if (isNotAnArticle(r)) throw new Error(r.message);
    expect(r.text).toContain('今年一季度，全县签约项目32个');
    expect(doc.getElementsByTagName('div').length).toBe(before);
  }, 240_000);

  // jsdom's parser is quadratic in depth (16 s at 12,000 levels) and overflows past ~15,000: the CLI flattens what
  // lies deeper than browsers build (512 levels) before parsing, so both now take about 2 s of CPU.
  for (const levels of [12_000, 100_000]) {
    const depth = levels.toLocaleString('en');
    it(`the CLI gives the article of a page nested ${depth} levels deep, and says so`, async () => {
      const out = await captureFile(writePage(generateNestedPage(levels)), { url: URL });
      if (!out.ok) throw new Error(out.message);
      expect(out.article.text).toContain('今年一季度，全县签约项目32个');
      expect(out.article.figures.length).toBeGreaterThan(0);
      expect(out.article.warnings).toEqual([
        expect.stringMatching(/nested [\d,]+ levels deep: what lies deeper than 512 levels was read flattened/),
      ]);
    }, 120_000);
  }
});

function writePage(html: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'cc-deep-')), 'deep.html');
  writeFileSync(file, html);
  return file;
}
