/**
 * capturePage vs Readability alone (parse on a clone), same jsdom document, median of N runs.
 * `npx tsx bench/capture.ts` (N via BENCH_RUNS). Target: ratio ≤ 1.5 (aim 1.2).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { capturePage } from '../utils/pipeline/capture';
import { decodeHtml } from '../utils/article/decodeHtml';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up (JIT, DOMPurify instance)
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export async function runCaptureBench(): Promise<void> {
  const root = process.cwd();
  const runs = Number(process.env.BENCH_RUNS ?? 25);
  const pages: Array<[string, string, string]> = [
    [
      'sample (seed, utf-8)',
      'samples/changcheng-dachang-2019-05-24.html',
      'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml',
    ],
    [
      'fixture gb2312',
      'tests/fixtures/changcheng-dachang-2019-gb2312/source.html',
      'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml',
    ],
    [
      'fixture 2010 table (generic path)',
      'tests/fixtures/changcheng-2010-table/source.html',
      'http://www.hebei.com.cn/sy0320/xwzq/hbxw/ycxw/201010/t20101021_2359699.shtml',
    ],
    [
      'fixture generic JSON-LD',
      'tests/fixtures/generic-jsonld-news/source.html',
      'https://news.example.cn/2024/04/12/tianjin-port.html',
    ],
  ];
  console.log(`median of ${runs} runs, jsdom`);
  console.log('page                               | Readability ms | capturePage ms | ratio');
  for (const [name, file, url] of pages) {
    const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(root, file))));
    const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    const rb = time(() => void new Readability(doc.cloneNode(true) as Document).parse(), runs);
    const cp = time(() => void capturePage(doc, url), runs);
    console.log(
      `${name.padEnd(34)} | ${rb.toFixed(2).padStart(14)} | ${cp.toFixed(2).padStart(14)} | ${(cp / rb).toFixed(2)}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCaptureBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
