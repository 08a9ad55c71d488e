/**
 * capturePage vs Readability alone per page in headless Chromium (native DOM), as the extension runs them in a
 * tab: the CWCED pages (../shared/eval/cwced, when there) and the fixture pages, each served decoded as UTF-8 by
 * a local server (page scripts refused by CSP, other hosts refused). The modules the extractor is built from are
 * bundled with esbuild and run in the page; per page, runs alternate (BENCH_RUNS each, default 5, the minimum kept):
 *   Readability  new Readability(document.cloneNode(true)).parse(), defaults (what a reader extension runs)
 *   capture      capturePage(document, url, {force: true}) (the article and its figures)
 *   article      extractArticle alone (what the popup shows first; the figures follow in a second call)
 * The heap is collected before each timed call (Chromium runs with --expose-gc), as in the jsdom bench.
 * Prints the per-page ratio distribution (median, p90, max) with the load average, the article first: it is what
 * the popup shows, and so what a user waits for (issue 9 §6). Needs Debian's chromium.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { decodeHtml } from '../utils/article/decodeHtml';
import { chromiumPath, fixturePages, ROOT } from '../scripts/browser';

interface Timing {
  rb: number;
  cp: number;
  art: number;
}

/** The extractor's modules and Readability in one script for the page: window.__ccBench(runs). */
async function bundle(): Promise<string> {
  const { build } = await import('esbuild');
  const entry = `
    import { Readability } from '@mozilla/readability';
    import { capturePage, extractArticle } from './utils/pipeline/capture';
    import * as st from './utils/article/stages';
    import { sanitizeArticleElement } from './utils/article/sanitize';
    import { joinParagraphs, paragraphsOf } from './utils/article/text';
    import { extractFigures } from './utils/figures';
    // BENCH_STAGES: the pipeline's stages one by one (ms), to see where the time goes.
    globalThis.__ccStages = () => {
      const url = location.href;
      const ts = {};
      let t = performance.now();
      const lap = (k) => { const n = performance.now(); ts[k] = n - t; t = n; };
      const page = st.preparePage(document, url); lap('prepare');
      st.listVerdict(page, true); lap('verdict');
      const around = st.readAroundTitle(page); lap('around');
      const body = st.findBody(page); lap('findBody');
      if (!body) return ts;
      const removed = st.cleanBody(page, body); lap('clean');
      st.readCandidates(page, around, body, removed); lap('candidates');
      const text = joinParagraphs(paragraphsOf(body.content)); lap('text');
      sanitizeArticleElement(body.content, page.win); lap('sanitize');
      extractFigures(text, {}); lap('figures');
      return ts;
    };
    globalThis.__ccArticle = (runs) => {
      for (let i = 0; i < runs; i++) extractArticle(document, location.href, { force: true });
    };
    globalThis.__ccBench = (runs) => {
      const url = location.href;
      const out = { rb: Infinity, cp: Infinity, art: Infinity };
      const time = (key, fn) => {
        globalThis.gc?.(); // neither side pays for the garbage the other left (Chromium runs with --expose-gc)
        const t = performance.now();
        try { fn(); } catch (e) { out.error = key + ': ' + (e.stack || e).toString().split('\\n', 4).join(' | '); }
        out[key] = Math.min(out[key], performance.now() - t);
      };
      for (let i = 0; i < runs; i++) {
        time('rb', () => new Readability(document.cloneNode(true)).parse());
        time('cp', () => capturePage(document, url, { force: true }));
        time('art', () => extractArticle(document, url, { force: true }));
      }
      return out;
    };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: !process.env.BENCH_DEBUG,
    // As the built extractor (wxt.config.ts): no Public Suffix List in the page.
    alias: { tldts: path.join(ROOT, 'utils/platform/noPublicSuffixList.ts') },
  });
  return result.outputFiles[0].text;
}

function pages(): Array<{ name: string; file: string }> {
  const out = fixturePages().map((p) => ({ name: `fixture/${p.name}`, file: p.file }));
  const dir = path.resolve(ROOT, process.env.CHANGCHENG_SHARED ?? '../shared', 'eval/cwced/original');
  const cwced = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
  if (!cwced.length) console.log(`note: ${dir} is not there; fixture pages only.`);
  return [...cwced.sort().map((f) => ({ name: `cwced/${f}`, file: path.join(dir, f) })), ...out];
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

export async function runChromiumCaptureBench(): Promise<void> {
  const executablePath = chromiumPath();
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const only = process.env.BENCH_ONLY;
  const list = pages().filter((p) => !only || p.name.includes(only));
  const script = await bundle();
  const server = createServer((req, res) => {
    const page = list[Number((req.url ?? '').split('/')[1])];
    if (!page) return void res.writeHead(404).end();
    // Page scripts never run (as in the CLI); the bench's own script is evaluated by the browser's debugger.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
    res.end(decodeHtml(new Uint8Array(readFileSync(page.file))).html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  const rows: Array<Timing & { name: string }> = [];
  const stages: Array<Record<string, number>> = [];
  const profiles: unknown[] = [];
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) =>
      new URL(route.request().url()).host === `127.0.0.1:${port}` ? route.continue() : route.abort(),
    );
    const tab = await context.newPage();
    // BENCH_PROFILE=FILE: a CPU profile of extractArticle alone over every page (Chrome DevTools format).
    const profiler = process.env.BENCH_PROFILE ? await context.newCDPSession(tab) : null;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const [i, page] of list.entries()) {
      await tab.goto(`http://127.0.0.1:${port}/${i}/page.html`, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(script);
      const t = (await tab.evaluate(`__ccBench(${runs})`)) as Timing & { error?: string };
      if (t.error) console.log(`${page.name}: ${t.error}`);
      rows.push({ name: page.name, ...t });
      if (process.env.BENCH_STAGES) stages.push((await tab.evaluate('__ccStages()')) as Record<string, number>);
      if (profiler) {
        await profiler.send('Profiler.start');
        await tab.evaluate(`__ccArticle(${runs})`);
        profiles.push((await profiler.send('Profiler.stop')).profile);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  report(rows);
  if (stages.length) reportStages(rows, stages);
  if (profiles.length) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profiles));
}

/** Per stage: the median of its time over Readability's on the same page, and its total. */
function reportStages(rows: Timing[], stages: Array<Record<string, number>>): void {
  for (const key of Object.keys(stages[0])) {
    const shares = stages.map((s, i) => (s[key] ?? 0) / Math.max(rows[i].rb, 0.1));
    const total = stages.reduce((sum, s) => sum + (s[key] ?? 0), 0);
    console.log(
      `  ${key.padEnd(11)} median ${quantile(shares, 0.5).toFixed(3)} of Readability, total ${total.toFixed(0)} ms`,
    );
  }
}

/**
 * The headline is the article stage (extractArticle): what the popup shows first, and so what a user waits for;
 * the figures follow from a second script when they are ready. The full capture (article and figures) follows.
 */
function report(all: Array<Timing & { name: string }>): void {
  const f = (x: number) => x.toFixed(2);
  const ms = (x: number) => x.toFixed(1);
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  for (const [group, rows] of [
    ['CWCED', all.filter((r) => r.name.startsWith('cwced/'))],
    ['fixtures', all.filter((r) => r.name.startsWith('fixture/'))],
  ] as const) {
    if (!rows.length) continue;
    for (const key of ['art', 'cp'] as const) {
      const ratios = rows.map((r) => r[key] / Math.max(r.rb, 0.1));
      const worst = rows[ratios.indexOf(Math.max(...ratios))];
      const what = key === 'art' ? 'ARTICLE SHOWN (extractArticle)' : '  full capture (capturePage, with figures)';
      console.log(
        `${group} ${rows.length} pages, ${what} / Readability: median ${f(quantile(ratios, 0.5))}, ` +
          `p90 ${f(quantile(ratios, 0.9))}, max ${f(Math.max(...ratios))} (${worst.name})`,
      );
    }
    const med = (key: keyof Timing) =>
      ms(
        quantile(
          rows.map((r) => r[key]),
          0.5,
        ),
      );
    console.log(
      `  median ms: Readability ${med('rb')}, extractArticle ${med('art')}, capturePage ${med('cp')}; ` +
        `slowest capturePage ${ms(Math.max(...rows.map((r) => r.cp)))} ms`,
    );
  }
  console.log(`load ${load}`);
}
