/**
 * `LIBRARY_COMPARE=DIR_A,DIR_B npm run bench -- library-export-compare`: the export of 1,000 captures to a zip
 * (libraryExportChromium.ts: 导出…, 开始导出, until the download) in two builds, interleaved round by round in one
 * run so the machine's load falls on both alike: a Chromium per build holding the same imported library, then
 * LIBRARY_COMPARE_ROUNDS (default 3) exports in each, alternating. Prints the medians suffixed _a / _b, the
 * renderer's CPU time per export (the page and its workers: load does not inflate it as it does wall time), the
 * load average, and whether the two zips hold the same files with the same bytes (names, order and contents).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { unzipSync } from 'fflate';
import { exportBrowser, type ExportRun } from './libraryExportChromium';
import { generateLibrary } from './libraryData';
import { line, median } from './libraryTiming';

const ROUNDS = Number(process.env.LIBRARY_COMPARE_ROUNDS ?? 3);

/** Renderer CPU milliseconds of the browser so far (the extension page and its workers run there). */
async function rendererCpu(browser: Awaited<ReturnType<typeof exportBrowser>>): Promise<number> {
  const cdp = await browser.page.context().browser()!.newBrowserCDPSession();
  const info = (await cdp.send('SystemInfo.getProcessInfo' as never)) as {
    processInfo: Array<{ type: string; cpuTime: number }>;
  };
  await cdp.detach();
  return info.processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime * 1000, 0);
}

function sameEntries(a: Record<string, Uint8Array>, b: Record<string, Uint8Array>): boolean {
  const names = Object.keys(a);
  if (names.join('\n') !== Object.keys(b).join('\n')) return false;
  return names.every((name) => Buffer.from(a[name]).equals(Buffer.from(b[name])));
}

export async function runLibraryExportCompareBench(): Promise<void> {
  const dirs = (process.env.LIBRARY_COMPARE ?? '').split(',').filter(Boolean);
  if (dirs.length !== 2) throw new Error('LIBRARY_COMPARE=DIR_A,DIR_B: two built chrome-mv3 folders');
  const captures = generateLibrary(1000);
  const browsers = [];
  for (const dir of dirs) browsers.push(await exportBrowser(captures, dir));
  const runs: ExportRun[][] = dirs.map(() => []);
  const cpu: number[][] = dirs.map(() => []);
  const zips: Array<Record<string, Uint8Array>> = [];
  line('load_average_1min_start', loadavg()[0], 'load');
  try {
    for (let round = 0; round < ROUNDS; round++)
      for (const [b, browser] of browsers.entries()) {
        const before = await rendererCpu(browser);
        const run = await browser.run();
        cpu[b].push((await rendererCpu(browser)) - before);
        runs[b].push(run);
        if (round === 0) zips[b] = unzipSync(readFileSync(run.file));
      }
    for (const [b, list] of runs.entries()) {
      const suffix = b === 0 ? 'a' : 'b';
      const of = (key: Exclude<keyof ExportRun, 'file'>) => median(list.map((run) => run[key]));
      line(`library_export_panel_shown_chromium_${suffix}`, of('panel'), 'ms');
      line(`library_export_zip_1000_chromium_${suffix}`, of('export'), 'ms');
      line(`library_export_zip_1000_with_read_chromium_${suffix}`, of('withRead'), 'ms');
      line(`library_export_zip_1000_longest_block_chromium_${suffix}`, of('longestBlock'), 'ms');
      line(`library_export_zip_1000_blocked_chromium_${suffix}`, of('blocked'), 'ms');
      line(`library_export_zip_1000_renderer_cpu_${suffix}`, median(cpu[b]), 'ms');
      line(`library_export_zip_1000_size_chromium_${suffix}`, of('bytes') / 1e6, 'MB');
    }
    line('library_export_zip_same_entries', sameEntries(zips[0], zips[1]) ? 1 : 0, 'bool');
    line('load_average_1min_end', loadavg()[0], 'load');
  } finally {
    for (const browser of browsers) await browser.close();
  }
}
