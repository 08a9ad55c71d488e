/**
 * Capture time per MB on generated 长城网-shaped pages (bench/generatePage.ts) at 0.1, 1, 10 and 30 MB
 * (BENCH_SIZES=0.1,1 to choose). jsdom's parse is timed apart: it is not the capture's.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { capturePage } from '../utils/pipeline/capture';
import { isNotAnArticle } from '../utils/types';
import { generatePage } from './generatePage';

const URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

export async function runLargeBench(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '0.1,1,10,30').split(',').map(Number);
  console.log('MB    | parse s | capture s | capture s/MB | text chars | rss MB');
  for (const mb of sizes) {
    const html = generatePage(mb * 1e6);
    let t = performance.now();
    const doc = new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document;
    const parse = (performance.now() - t) / 1000;
    t = performance.now();
    const r = capturePage(doc, URL);
    const cap = (performance.now() - t) / 1000;
    const chars = isNotAnArticle(r) ? r.reason : String(r.text.length);
    const rss = (process.memoryUsage().rss / 1e6).toFixed(0);
    const row = [mb.toString().padEnd(5), parse.toFixed(1).padStart(7), cap.toFixed(1).padStart(9)];
    console.log(`${row.join(' | ')} | ${(cap / mb).toFixed(2).padStart(12)} | ${chars.padStart(10)} | ${rss}`);
  }
}
