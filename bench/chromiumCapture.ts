/**
 * capturePage vs Readability alone per page in headless Chromium (native DOM), as the extension runs them in a
 * tab: the CWCED pages (../shared/eval/cwced, when there) and the fixture pages, each served decoded as UTF-8 by
 * a local server (page scripts refused by CSP, other hosts refused). The modules the extractor is built from are
 * bundled with esbuild and run in the page; per page, runs alternate (BENCH_RUNS each, default 5, the minimum kept):
 *   Readability  new Readability(document.cloneNode(true)).parse(), defaults (what a reader extension runs)
 *   capture      capturePage(document, url, {force: true}) (the article and its figures)
 *   article      extractArticle alone, its body sanitised in place in the page (the CLI's and the background's)
 *   raw          extractRawArticle: the page's part of a toolbar click (extractor.js, no sanitiser)
 *   shown        raw, then sanitizeRawArticle (here in the page; in the extension it runs in the popup, once, as
 *                what the popup shows): all a click costs before the popup renders, and so the headline
 * Per page it also checks that `shown` gives the same Article as extractArticle (byte for byte, as JSON).
 * CAPTURE_BENCH_AGAINST=DIR (another checkout, e.g. main's, with node_modules): its extractArticle is timed in the
 * same loop, alternating, so before and after see the same machine load ("base").
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
  raw: number;
  shown: number;
  base: number;
}

/** The extractor's modules and Readability in one script for the page: window.__ccBench(runs). */
async function bundle(): Promise<string> {
  const entry = `
    import { Readability } from '@mozilla/readability';
    import { capturePage, extractArticle } from './utils/pipeline/capture';
    import { extractRawArticle } from './utils/article/raw';
    import { sanitizeRawArticle } from './utils/article/sanitize';
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
      const out = { rb: Infinity, cp: Infinity, art: Infinity, raw: Infinity, shown: Infinity, base: Infinity };
      const base = globalThis.__ccBaseArticle;
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
        if (base) time('base', () => base(document, url));
        time('raw', () => extractRawArticle(document, url, { force: true }));
        time('shown', () => {
          const raw = extractRawArticle(document, url, { force: true });
          if (!raw.notAnArticle) sanitizeRawArticle(raw, window);
        });
      }
      const raw = extractRawArticle(document, url, { force: true });
      const shown = raw.notAnArticle ? raw : sanitizeRawArticle(raw, window);
      out.same = JSON.stringify(shown) === JSON.stringify(extractArticle(document, url, { force: true }));
      return out;
    };`;
  return (await esbuild(entry, ROOT)).text;
}

/** main's (or any checkout's) extractArticle for the same loop: window.__ccBaseArticle(document, url). */
async function bundleAgainst(dir: string): Promise<string> {
  const entry = `
    import { extractArticle } from './utils/article';
    globalThis.__ccBaseArticle = (doc, url) => extractArticle(doc, url, { force: true });`;
  return (await esbuild(entry, dir)).text;
}

async function esbuild(contents: string, root: string) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: !process.env.BENCH_DEBUG,
    // As the built extractor (wxt.config.ts): no Public Suffix List in the page.
    alias: { tldts: path.join(root, 'utils/platform/noPublicSuffixList.ts') },
  });
  return result.outputFiles[0];
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
  const against = process.env.CAPTURE_BENCH_AGAINST;
  const baseScript = against ? await bundleAgainst(path.resolve(against)) : null;
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
      if (baseScript) await tab.evaluate(baseScript);
      const t = (await tab.evaluate(`__ccBench(${runs})`)) as Timing & { error?: string; same: boolean };
      if (t.error) console.log(`${page.name}: ${t.error}`);
      if (!t.same) console.log(`${page.name}: the article shown differs from extractArticle's`);
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
  report(rows, !!baseScript);
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

const WHAT: Record<'shown' | 'raw' | 'art' | 'base' | 'cp', string> = {
  shown: 'ARTICLE SHOWN (page read + popup sanitise)',
  raw: '  page part of a click (extractRawArticle)',
  art: '  extractArticle, sanitised in the page (CLI)',
  base: '  CAPTURE_BENCH_AGAINST extractArticle',
  cp: '  full capture (capturePage, with figures)',
};

/**
 * The headline is the article a click shows (`shown`): the page's read and the popup's sanitising, what a user
 * waits for before the popup renders; the figures follow from a second script when they are ready.
 */
function report(all: Array<Timing & { name: string }>, against: boolean): void {
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
    for (const key of ['shown', 'raw', 'art', ...(against ? (['base'] as const) : []), 'cp'] as const) {
      const ratios = rows.map((r) => r[key] / Math.max(r.rb, 0.1));
      const worst = rows[ratios.indexOf(Math.max(...ratios))];
      console.log(
        `${group} ${rows.length} pages, ${WHAT[key]} / Readability: median ${f(quantile(ratios, 0.5))}, ` +
          `p90 ${f(quantile(ratios, 0.9))}, max ${f(Math.max(...ratios))} (${worst.name})`,
      );
    }
    const med = (key: keyof Timing) => ms(quantile(rows.map((r) => r[key]).filter(Number.isFinite), 0.5));
    console.log(
      `  median ms: Readability ${med('rb')}, shown ${med('shown')}, raw ${med('raw')}, extractArticle ${med('art')}` +
        `${against ? `, against ${med('base')}` : ''}, capturePage ${med('cp')}; ` +
        `slowest capturePage ${ms(Math.max(...rows.map((r) => r.cp)))} ms`,
    );
  }
  console.log(`load ${load}`);
}
