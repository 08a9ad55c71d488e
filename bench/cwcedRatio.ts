/**
 * capturePage vs Readability alone per CWCED page (../shared/eval/cwced, skipped when absent), as the CLI runs
 * them: each on its own freshly parsed jsdom document (parsing untimed; capturePage is handed the document, as
 * the CLI does), runs alternating (BENCH_RUNS each, default 1, the minimum kept): the per-page ratio
 * distribution (median, p90, max) and the batch ratio (sum over sum), with the load average.
 */
import { loadavg } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../utils/article/decodeHtml';
import { capturePage } from '../utils/pipeline/capture';

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

export async function runCwcedRatioBench(): Promise<void> {
  const dir = path.resolve(process.cwd(), '../shared/eval/cwced/original');
  if (!existsSync(dir)) return void console.log(`note: ${dir} is not there; skipped.`);
  const runs = Number(process.env.BENCH_RUNS ?? 1);
  const ratios: number[] = [];
  let [rbSum, cpSum] = [0, 0];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const url = `http://example.cn/${file}`;
    const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(dir, file))));
    const parse = () => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    let [rb, cp] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let i = 0; i < runs; i++) {
      let doc = parse();
      let t = performance.now();
      try {
        new Readability(doc).parse();
      } catch {
        /* timed all the same */
      }
      rb = Math.min(rb, performance.now() - t);
      doc = parse();
      t = performance.now();
      capturePage(doc, url, { force: true, ownsDocument: true });
      cp = Math.min(cp, performance.now() - t);
    }
    rbSum += rb;
    cpSum += cp;
    ratios.push(cp / rb);
  }
  const f = (x: number) => x.toFixed(2);
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  console.log(
    `CWCED ${ratios.length} pages, capturePage / Readability: median ${f(quantile(ratios, 0.5))}, ` +
      `p90 ${f(quantile(ratios, 0.9))}, max ${f(Math.max(...ratios))}; batch ${f(cpSum / rbSum)} ` +
      `(${(cpSum / 1000).toFixed(1)} s vs ${(rbSum / 1000).toFixed(1)} s); load ${load}`,
  );
}
