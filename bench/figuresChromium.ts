/**
 * The figures engine in headless Chromium, as a tab runs it: per real article text (bench/figuresTexts.ts), a
 * fresh page loads the engine (bundled with esbuild, evaluated in the page: `load`), reads the text once
 * (`cold`: the first call, as the content script makes it) and then BENCH_RUNS times more (`warm`: the least;
 * what the capture bench's stage timings see after its five captures).
 * Times are wall time in the page (a renderer's CPU time cannot be read per call that finely): on a shared
 * machine compare two engines with FIGURES_BASE=<another checkout>. Both then load into the same page,
 * interleaved (which goes first alternates per text), and the median of the per-text speed-ups is the figure to
 * read — the same code against itself gives 0.95–1.05×. Also prints the medians per text and per 1,000 chars.
 * FIGURES_THIS=<checkout> times another checkout as "this"; BENCH_SETS=cwced skips the corpora.
 *   FIGURES_BASE=/tmp/main-copy npm run bench -- figures-chromium
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, ROOT } from '../scripts/browser';
import { type BenchText, corpusTexts, cwcedTexts } from './figuresTexts';

type Times = { load: number; cold: number; warm: number };

async function bundle(root: string, name: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: [
        "import { extractFigures } from './utils/figures';",
        `globalThis.__figs[${JSON.stringify(name)}] = extractFigures;`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** In the page: load each engine, then time its first call and the least of `runs` more (ms). */
const IN_PAGE = `async ({ scripts, text, options, runs }) => {
  globalThis.__figs = {};
  const out = {};
  for (const [name, src] of scripts) {
    let t = performance.now();
    (0, eval)(src);
    out[name] = { load: performance.now() - t };
  }
  for (const [name] of scripts) {
    const t = performance.now();
    globalThis.__figs[name](text, options);
    out[name].cold = performance.now() - t;
  }
  for (const [name] of scripts) out[name].warm = Infinity;
  for (let i = 0; i < runs; i++)
    for (const [name] of i % 2 ? [...scripts].reverse() : scripts) {
      const t = performance.now();
      globalThis.__figs[name](text, options);
      out[name].warm = Math.min(out[name].warm, performance.now() - t);
    }
  return out;
}`;

/** Times one text in a fresh page: every engine's load, first call and least of `runs` more. */
async function timeText(page: Page, scripts: [string, string][], t: BenchText, runs: number) {
  const arg = JSON.stringify({
    scripts,
    text: t.text,
    options: { referenceDate: t.publishedAt, title: t.title },
    runs,
  });
  return (await page.evaluate(`(${IN_PAGE})(${arg})`)) as Record<string, Times>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function report(set: string, names: string[], texts: BenchText[], rows: Record<string, Times>[]): void {
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  console.log(`\n${set}: ${texts.length} texts, ${chars.toLocaleString('en')} chars`);
  for (const key of ['load', 'cold', 'warm'] as const) {
    const parts = names.map((n) => {
      const sum = rows.reduce((s, r) => s + r[n][key], 0);
      const per1k = median(rows.map((r, i) => (r[n][key] / texts[i].text.length) * 1000));
      const med = median(rows.map((r) => r[n][key]));
      return `${n} median ${med.toFixed(2)} ms (${per1k.toFixed(3)}/1k chars), sum ${sum.toFixed(0)}`;
    });
    let line = `  ${key.padEnd(4)} ${parts.join(' | ')}`;
    if (names.length === 2) {
      const ratio = rows.map((r) => r[names[1]][key] / Math.max(r[names[0]][key], 0.05));
      const long = [...texts.keys()].sort((i, j) => texts[j].text.length - texts[i].text.length);
      const top = long.slice(0, Math.max(1, Math.ceil(texts.length / 10))).map((i) => ratio[i]);
      line += ` | speed-up median ${median(ratio).toFixed(2)}×, longest tenth ${median(top).toFixed(2)}×`;
    }
    console.log(line);
  }
}

export async function runFiguresChromiumBench(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const scripts: [string, string][] = [['this', await bundle(path.resolve(process.env.FIGURES_THIS ?? ROOT), 'this')]];
  if (process.env.FIGURES_BASE) scripts.push(['base', await bundle(path.resolve(process.env.FIGURES_BASE), 'base')]);
  const names = scripts.map(([n]) => n);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`load average ${load()} (before)`);
  try {
    const context = await browser.newContext();
    const only = process.env.BENCH_SETS;
    for (const [set, texts] of [
      ['CWCED article texts', await cwcedTexts()],
      ['figures corpora', only === 'cwced' ? [] : corpusTexts()],
    ] as const) {
      const rows: Record<string, Times>[] = [];
      for (const [i, t] of texts.entries()) {
        const page = await context.newPage();
        rows.push(await timeText(page, i % 2 ? [...scripts].reverse() : scripts, t, runs));
        await page.close();
      }
      if (texts.length) report(set, names, texts, rows);
    }
  } finally {
    await browser.close();
  }
  console.log(`load average ${load()} (after)`);
}
