/**
 * `LIBRARY_COMPARE=DIR_A,DIR_B npm run bench -- library-figures-compare`: the 数字 tab of two builds, measured
 * interleaved in one run on the same 10,000 captures (as library-compare does for the first screen and search):
 * per round and build, a fresh Chromium, then 3 times a reload, the first list row, and the click on 数字 timed to
 * its first rows and to every row (bench/libraryFigures.ts). LIBRARY_BENCH_PROFILE=DIR keeps the two profiles
 * (DIR-0, DIR-1) for the next run. LIBRARY_BENCH_CPUPROFILE=DIR writes each build's last 数字 click's V8 profile.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, startFixtureServer } from '../scripts/browser';
import { compareSetup } from './libraryCompare';
import { countStored, importAll } from './libraryChromium';
import { COUNT } from './libraryData';
import { figuresTab } from './libraryFigures';
import { line, median } from './libraryTiming';

const ROUNDS = Number(process.env.LIBRARY_COMPARE_ROUNDS ?? 3);
const CLICKS = 3;
const PROFILE_DIR = process.env.LIBRARY_BENCH_CPUPROFILE;

interface Tally {
  first: number[];
  all: number[];
  rows: number;
}

async function round(dir: string, profile: string, files: string[], port: number, tally: Tally, name: string) {
  const browser = await launchWithExtension(port, dir, profile);
  try {
    const page: Page = await browser.context.newPage();
    page.setDefaultTimeout(600_000);
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await page.locator('.cc-lib-count').waitFor();
    if ((await countStored(page)) < COUNT) {
      const started = performance.now();
      await importAll(page, files);
      line(`library_import_all_${name}`, (performance.now() - started) / 1000, 's');
    }
    const cdp = await browser.context.newCDPSession(page);
    for (let i = 0; i < CLICKS; i++) {
      await page.reload();
      await page.locator('.cc-lib-item').first().waitFor();
      const profiling = PROFILE_DIR && i === CLICKS - 1;
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const [first, all, rows] = await figuresTab(page);
      if (profiling) {
        const { profile: cpu } = await cdp.send('Profiler.stop');
        mkdirSync(PROFILE_DIR, { recursive: true });
        writeFileSync(path.join(PROFILE_DIR, `figures-${name}.cpuprofile`), JSON.stringify(cpu));
      }
      tally.first.push(first);
      tally.all.push(all);
      tally.rows = rows;
      await page.evaluate(() => {
        location.hash = '';
      });
    }
  } finally {
    await browser.close();
  }
}

export async function runLibraryFiguresCompareBench(): Promise<void> {
  const { work, files, builds, profiles } = compareSetup('cc-figcompare-');
  const { server, port } = await startFixtureServer();
  try {
    const tallies: Tally[] = builds.map(() => ({ first: [], all: [], rows: 0 }));
    const names = ['a', 'b'];
    line('load_average_1min_start', loadavg()[0], 'load');
    for (let r = 0; r < ROUNDS; r++)
      for (let b = 0; b < builds.length; b++) await round(builds[b], profiles[b], files, port, tallies[b], names[b]);
    tallies.forEach((tally, b) => {
      line(`library_figures_rows_${names[b]}`, tally.rows, 'rows');
      line(`library_figures_first_screen_chromium_${names[b]}`, median(tally.first), 'ms');
      line(`library_figures_first_screen_max_chromium_${names[b]}`, Math.max(...tally.first), 'ms');
      line(`library_figures_all_rows_chromium_${names[b]}`, median(tally.all), 'ms');
      line(`library_figures_all_rows_max_chromium_${names[b]}`, Math.max(...tally.all), 'ms');
      console.log(
        `  (${names[b]} first: ${tally.first.map(Math.round).join(' ')}; all: ${tally.all.map(Math.round).join(' ')})`,
      );
    });
    line('load_average_1min_end', loadavg()[0], 'load');
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
