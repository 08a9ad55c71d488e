/**
 * Capture time per MB on generated 长城网-shaped pages (bench/generatePage.ts) at 0.1, 1, 10 and 30 MB
 * (BENCH_SIZES=0.1,1 to choose), as the CLI runs it: the page parsed by jsdom (timed apart: it is not the
 * capture's), then handed to capturePage (ownsDocument: no copy). CPU seconds per MB beside the wall clock (the
 * machine is shared); peak RSS is the process's so far, with the load average.
 */
import { loadavg } from 'node:os';
import { JSDOM, VirtualConsole } from 'jsdom';
import { capturePage } from '../utils/pipeline/capture';
import { isNotAnArticle } from '../utils/types';
import { generatePage } from './generatePage';

const URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

export async function runLargeBench(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '0.1,1,10,30').split(',').map(Number);
  console.log('MB    | parse s | capture s | capture s/MB | cpu s/MB | text chars | rss MB | peak rss MB | load');
  for (const mb of sizes) {
    const html = generatePage(mb * 1e6);
    let t = performance.now();
    const dom = new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() });
    const parse = (performance.now() - t) / 1000;
    t = performance.now();
    const cpu0 = process.cpuUsage();
    const r = capturePage(dom.window.document, URL, { ownsDocument: true });
    const cap = (performance.now() - t) / 1000;
    const { user, system } = process.cpuUsage(cpu0);
    const cpu = (user + system) / 1e6 / mb;
    const chars = isNotAnArticle(r) ? r.reason : String(r.text.length);
    const rss = (process.memoryUsage().rss / 1e6).toFixed(0);
    const peak = (process.resourceUsage().maxRSS / 1e3).toFixed(0);
    const load = loadavg()[0].toFixed(1);
    const cells = [
      mb.toString().padEnd(5),
      parse.toFixed(1).padStart(7),
      cap.toFixed(1).padStart(9),
      (cap / mb).toFixed(2).padStart(12),
      cpu.toFixed(2).padStart(8),
      chars.padStart(10),
      rss.padStart(6),
      peak.padStart(11),
      load,
    ];
    console.log(cells.join(' | '));
    dom.window.close();
  }
}
