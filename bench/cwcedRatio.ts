/**
 * capturePage vs Readability alone per CWCED page (../shared/eval/cwced, skipped when absent), as the CLI runs
 * them: each on its own freshly parsed jsdom document (parsing untimed; capturePage is handed the document, as
 * the CLI does), runs alternating (BENCH_RUNS each, default 1, the minimum kept): the per-page ratio
 * distribution (median, p90, max) and the batch ratio (sum over sum), with the load average. Times are this
 * process's CPU time (process.cpuUsage), not wall time: on a shared machine other work then barely moves them.
 */
import { loadavg } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../utils/article/decodeHtml';
import { capturePage } from '../utils/pipeline/capture';

/** CPU milliseconds this process has used (all its threads: jsdom's work and the collector's). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

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
      let t = cpuMs();
      try {
        new Readability(doc).parse();
      } catch {
        /* timed all the same */
      }
      rb = Math.min(rb, cpuMs() - t);
      doc = parse();
      t = cpuMs();
      capturePage(doc, url, { force: true, ownsDocument: true });
      cp = Math.min(cp, cpuMs() - t);
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
