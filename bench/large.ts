/**
 * Capture time per MB on generated 长城网-shaped pages (bench/generatePage.ts) at 0.1, 1, 10 and 30 MB
 * (BENCH_SIZES=0.1,1 to choose), as the CLI's captureFile runs it: the page bounded (utils/pipeline/boundPage.ts: past
 * --max-page, default 1M characters, read without scripts, styles and inline data and cut at an element boundary),
 * parsed by jsdom, then handed to capturePage (ownsDocument: no copy). Wall and CPU seconds (the machine is
 * shared), per MB of the input, peak RSS of the process so far, the load average. Readability alone on the whole
 * page (what reading it unbounded would cost, without anything of ours) for pages up to BENCH_RB_MAX MB (default 2).
 */
import { loadavg } from 'node:os';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { boundPage, DEFAULT_MAX_PAGE_CHARS } from '../utils/pipeline/boundPage';
import { capturePage } from '../utils/pipeline/capture';
import { isNotAnArticle } from '../utils/types';
import { generatePage } from './generatePage';

const URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

const cpuS = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Readability alone on the whole page, CPU seconds (parse untimed). */
function readabilityAlone(html: string): number {
  const doc = new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document;
  const t = cpuS();
  new Readability(doc).parse();
  return cpuS() - t;
}

export async function runLargeBench(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '0.1,1,10,30').split(',').map(Number);
  const rbMax = Number(process.env.BENCH_RB_MAX ?? 2);
  console.log(`--max-page ${DEFAULT_MAX_PAGE_CHARS} characters`);
  console.log(
    'MB    | total s | cpu s | s/MB  | cpu s/MB | bound+parse s | capture s | cut        | text chars | ' +
      'peak rss MB | Readability alone cpu s | load',
  );
  for (const mb of sizes) {
    const html = generatePage(mb * 1e6);
    const [t0, c0] = [performance.now(), cpuS()];
    const bounded = boundPage(html, DEFAULT_MAX_PAGE_CHARS);
    const dom = new JSDOM(bounded.html, { url: URL, virtualConsole: new VirtualConsole() });
    const parse = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const r = capturePage(dom.window.document, URL, { ownsDocument: true });
    const cap = (performance.now() - t1) / 1000;
    const total = (performance.now() - t0) / 1000;
    const cpu = cpuS() - c0;
    dom.window.close();
    const chars = isNotAnArticle(r) ? r.reason : String(r.text.length);
    const cut = bounded.cut
      ? `${(bounded.cut.keptChars / 1e6).toFixed(1)}/${(bounded.cut.totalChars / 1e6).toFixed(1)}M`
      : 'no';
    const peak = (process.resourceUsage().maxRSS / 1e3).toFixed(0);
    const rb = mb <= rbMax ? readabilityAlone(html).toFixed(1) : '-';
    const cells = [
      mb.toString().padEnd(5),
      total.toFixed(1).padStart(7),
      cpu.toFixed(1).padStart(5),
      (total / mb).toFixed(2).padStart(5),
      (cpu / mb).toFixed(2).padStart(8),
      parse.toFixed(1).padStart(13),
      cap.toFixed(1).padStart(9),
      cut.padEnd(10),
      chars.padStart(10),
      peak.padStart(11),
      rb.padStart(23),
      loadavg()[0].toFixed(1),
    ];
    console.log(cells.join(' | '));
  }
}
