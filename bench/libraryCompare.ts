/**
 * `LIBRARY_COMPARE=DIR_A,DIR_B npm run bench -- library-compare`: two builds of the extension (e.g. a copy of
 * main's .output/chrome-mv3 and this checkout's), measured interleaved in one run on the same 10,000 captures, so
 * the machine's load falls on both alike: per round and build, a fresh Chromium, 5 reloads (first screen) and
 * the 60 search queries of the library bench, then the other build. Both copies get one manifest key, so each
 * build has the same extension id whatever its folder; each keeps its own profile (a build may upgrade the
 * database): LIBRARY_BENCH_PROFILE=DIR keeps them (DIR-0, DIR-1) for the next run, else they are made and imported
 * into each time. Prints `name value unit` lines suffixed _a / _b, and the renderer's and browser's CPU time.
 */
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, startFixtureServer } from '../scripts/browser';
import { createBackup } from '../utils/export/backup';
import type { Capture } from '../utils/types';
import { queriesFrom } from './library';
import { countStored, importAll } from './libraryChromium';
import { COUNT, generateLibrary } from './libraryData';
import { line, median, percentile, timeChange } from './libraryTiming';

const ROUNDS = Number(process.env.LIBRARY_COMPARE_ROUNDS ?? 3);
const RELOADS = 5;

/** Copies of the builds with one manifest key (kept beside kept profiles): one extension id for both, every run. */
export function keyedCopies(dirs: string[], work: string, keyFile?: string): string[] {
  let key = keyFile && existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '';
  if (!key) {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    if (keyFile) writeFileSync(keyFile, key);
  }
  return dirs.map((dir, i) => {
    const copy = path.join(work, `build-${i}`);
    cpSync(dir, copy, { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(copy, 'manifest.json'), 'utf8'));
    writeFileSync(path.join(copy, 'manifest.json'), JSON.stringify({ ...manifest, key }));
    return copy;
  });
}

const firstRowAt = () =>
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.cc-lib-item')) return;
    (window as { __firstRow?: number }).__firstRow = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });

interface Tally {
  first: number[];
  search: number[];
  cpu: Record<string, number>;
}

async function round(dir: string, profile: string, files: string[], queries: string[], port: number, tally: Tally) {
  const browser = await launchWithExtension(port, dir, profile);
  try {
    const page: Page = await browser.context.newPage();
    page.setDefaultTimeout(600_000);
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(firstRowAt);
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await page.locator('.cc-lib-count').waitFor();
    if ((await countStored(page)) < COUNT) await importAll(page, files);
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const cpu = async () => {
      const info = (await cdp.send('SystemInfo.getProcessInfo' as never)) as {
        processInfo: Array<{ type: string; cpuTime: number }>;
      };
      const by: Record<string, number> = {};
      for (const process of info.processInfo) by[process.type] = (by[process.type] ?? 0) + process.cpuTime * 1000;
      return by;
    };
    const before = await cpu();
    for (let i = 0; i < RELOADS; i++) {
      await page.reload();
      await page.locator('.cc-lib-item').first().waitFor();
      tally.first.push(await page.evaluate(() => (window as { __firstRow?: number }).__firstRow ?? Number.NaN));
    }
    await page.waitForTimeout(1500); // every summary read (the menus), as before the bench's searches
    for (const query of queries) tally.search.push(await timeChange(page, 'search', query, `${query}|`));
    const after = await cpu();
    for (const type of ['renderer', 'browser']) tally.cpu[type] = (tally.cpu[type] ?? 0) + after[type] - before[type];
  } finally {
    await browser.close();
  }
}

export interface CompareSetup {
  /** A temporary folder for the run (the caller removes it). */
  work: string;
  captures: Capture[];
  /** The captures as backup files of 1,000, for the page's import. */
  files: string[];
  /** The two builds of LIBRARY_COMPARE, copied with one manifest key. */
  builds: string[];
  /** Each build's Chromium profile: kept at LIBRARY_BENCH_PROFILE-N when set, else in `work`. */
  profiles: string[];
}

/** What every two-build comparison starts from: the builds, their profiles and the 10,000 captures to import. */
export function compareSetup(prefix: string): CompareSetup {
  const dirs = (process.env.LIBRARY_COMPARE ?? '').split(',').filter(Boolean);
  if (dirs.length !== 2 || !dirs.every((dir) => existsSync(path.join(dir, 'manifest.json'))))
    throw new Error('LIBRARY_COMPARE=DIR_A,DIR_B: two built chrome-mv3 folders');
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const captures = generateLibrary(COUNT);
  const files = Array.from({ length: Math.ceil(captures.length / 1000) }, (_, i) => {
    const file = path.join(work, `library-${i}.json`);
    writeFileSync(file, createBackup(captures.slice(i * 1000, i * 1000 + 1000)));
    return file;
  });
  const keep = process.env.LIBRARY_BENCH_PROFILE;
  const builds = keyedCopies(dirs, work, keep && `${keep}.key`);
  const profiles = builds.map((_, i) => (keep ? `${keep}-${i}` : path.join(work, `profile-${i}`)));
  return { work, captures, files, builds, profiles };
}

export async function runLibraryCompareBench(): Promise<void> {
  const { work, captures, files, builds, profiles } = compareSetup('cc-compare-');
  const { server, port } = await startFixtureServer();
  try {
    const queries = queriesFrom(captures);
    const tallies: Tally[] = builds.map(() => ({ first: [], search: [], cpu: {} }));
    line('load_average_1min_start', loadavg()[0], 'load');
    for (let r = 0; r < ROUNDS; r++)
      for (let b = 0; b < builds.length; b++) await round(builds[b], profiles[b], files, queries, port, tallies[b]);
    tallies.forEach((tally, b) => {
      const suffix = b === 0 ? 'a' : 'b';
      line(`library_first_screen_chromium_${suffix}`, median(tally.first), 'ms');
      line(`library_search_p50_chromium_${suffix}`, median(tally.search), 'ms');
      line(`library_search_p95_chromium_${suffix}`, percentile(tally.search, 95), 'ms');
      line(`library_search_max_chromium_${suffix}`, Math.max(...tally.search), 'ms');
      for (const [type, ms] of Object.entries(tally.cpu))
        line(`library_cpu_${type}_per_round_${suffix}`, ms / ROUNDS, 'ms');
    });
    line('load_average_1min_end', loadavg()[0], 'load');
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
