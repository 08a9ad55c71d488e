/**
 * capturePage vs Readability alone per CWCED page (../shared/eval/cwced, skipped when absent), as the CLI runs
 * them: each on its own freshly parsed jsdom document (parsing untimed; capturePage is handed the document and a
 * way to parse the page again, as the CLI's captureFile does), runs alternating (BENCH_RUNS each, default 2, the
 * minimum kept): the per-page ratio distribution (median, p90, max) and the batch ratio (sum over sum), with the
 * load average. Times are this process's CPU time (process.cpuUsage), not wall time: on a shared machine other
 * work then barely moves them. The heap is collected before each timed call, so neither side pays for the
 * garbage the other (or the untimed parse) left. BENCH_AGAINST=DIR times DIR's capturePage (another checkout,
 * e.g. main before a change) in the same loop, so before and after are measured side by side.
 */
import { loadavg } from 'node:os';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../utils/article/decodeHtml';
import { capturePage } from '../utils/pipeline/capture';

type Capture = typeof capturePage;

/** CPU milliseconds this process has used (all its threads: jsdom's work and the collector's). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** CPU ms of `fn` on a fresh document, the heap collected first (the minimum over the runs is kept). */
function timed(parse: () => Document, fn: (doc: Document) => unknown): number {
  const doc = parse();
  gc();
  const t = cpuMs();
  try {
    fn(doc);
  } catch {
    /* timed all the same */
  }
  const ms = cpuMs() - t;
  doc.defaultView?.close(); // untimed: the window's memory goes back before the next collection
  return ms;
}

export async function runCwcedRatioBench(): Promise<void> {
  const dir = path.resolve(process.cwd(), '../shared/eval/cwced/original');
  if (!existsSync(dir)) return void console.log(`note: ${dir} is not there; skipped.`);
  const runs = Number(process.env.BENCH_RUNS ?? 2);
  const against = process.env.BENCH_AGAINST;
  const other: Capture | null = against
    ? (
        (await import(pathToFileURL(path.resolve(against, 'utils/pipeline/capture.ts')).href)) as {
          capturePage: Capture;
        }
      ).capturePage
    : null;
  const sides: Array<[string, Capture]> = [
    ['capturePage', capturePage],
    ...(other ? [['against', other]] : []),
  ] as Array<[string, Capture]>;
  const ratios = sides.map(() => [] as number[]);
  const sums = sides.map(() => 0);
  let rbSum = 0;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const url = `http://example.cn/${file}`;
    const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(dir, file))));
    const parse = () => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    let rb = Number.POSITIVE_INFINITY;
    const cp = sides.map(() => Number.POSITIVE_INFINITY);
    for (let i = 0; i < runs; i++) {
      rb = Math.min(
        rb,
        timed(parse, (doc) => new Readability(doc).parse()),
      );
      sides.forEach(([, capture], s) => {
        const ms = timed(parse, (doc) => capture(doc, url, { force: true, ownsDocument: true, reread: parse }));
        cp[s] = Math.min(cp[s], ms);
      });
    }
    rbSum += rb;
    sides.forEach((_, s) => {
      sums[s] += cp[s];
      ratios[s].push(cp[s] / rb);
    });
  }
  const f = (x: number) => x.toFixed(2);
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  sides.forEach(([name], s) => {
    const label = name === 'against' ? `${against} capturePage` : name;
    console.log(
      `CWCED ${ratios[s].length} pages, ${label} / Readability: median ${f(quantile(ratios[s], 0.5))}, ` +
        `p90 ${f(quantile(ratios[s], 0.9))}, max ${f(Math.max(...ratios[s]))}; batch ${f(sums[s] / rbSum)} ` +
        `(${(sums[s] / 1000).toFixed(1)} s vs ${(rbSum / 1000).toFixed(1)} s)`,
    );
  });
  console.log(`load ${load}`);
}
